package org.disclosure.pipeline.reconcile.crossdoc;

import java.io.IOException;
import java.util.List;

/**
 * The archived documents a check across documents compares with. Two questions only, so that a
 * folder scan (archive.ArchiveCounterparts) or an index of the archive can answer them.
 */
public interface Counterparts {

    /**
     * The archived documents of this year and kind (部门预算, 单位决算, 预算 …, as the identity reads it),
     * headlines only: which of them is the same unit is the rules' decision, shown in their checks.
     */
    List<ArchivedHeadline> candidates(int year, String kind) throws IOException;

    /** The figures of one of them. */
    ArchivedDocument read(ArchivedHeadline headline) throws IOException;

    /** An archived document as the candidates list it. */
    record ArchivedHeadline(String folder, String title, String unit, int year, String kind) {
    }

    /**
     * An archived document's figures and the units it says it is made of (a 部门's 单位, empty when it
     * names none).
     */
    record ArchivedDocument(ArchivedHeadline headline, List<TableFigure> figures, List<String> members) {
    }
}
