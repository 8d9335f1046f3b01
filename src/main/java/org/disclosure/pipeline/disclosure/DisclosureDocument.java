package org.disclosure.pipeline.disclosure;

import java.util.List;

/** The document as the pipeline understands it: identity, pages and tables. */
public record DisclosureDocument(DocumentIdentity identity, List<DisclosurePage> pages, List<DisclosureTable> tables) {
}
