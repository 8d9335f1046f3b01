package org.disclosure.pipeline.disclosure;

import java.util.List;

/** The document as the pipeline understands it: identity, pages, tables and the figures of its running text. */
public record DisclosureDocument(DocumentIdentity identity, List<DisclosurePage> pages, List<DisclosureTable> tables,
                                 List<RequiredTable> requiredTables, List<PerformanceTarget> performanceTargets,
                                 List<ProjectLink> projects, List<NarrativeFigure> figures) {
}
