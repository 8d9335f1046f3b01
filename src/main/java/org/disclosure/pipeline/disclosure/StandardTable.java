package org.disclosure.pipeline.disclosure;

import java.util.List;

/**
 * One kind of standard disclosure table, as the catalogue (catalogue/standard-tables.json) lists it.
 *
 * @param kind       stable id, such as budget.overview or final.three-public
 * @param name       the national template's name for it
 * @param titles     title variants seen in practice, compared after normalisation
 * @param columns    header words a table of this kind normally has
 * @param requiredIn document kinds that must publish it
 * @param optionalIn document kinds that often do
 */
public record StandardTable(String kind, String name, List<String> titles, List<String> columns,
                            List<String> requiredIn, List<String> optionalIn) {

    public StandardTable {
        columns = columns == null ? List.of() : columns;
        requiredIn = requiredIn == null ? List.of() : requiredIn;
        optionalIn = optionalIn == null ? List.of() : optionalIn;
    }

    boolean forFinalAccounts() {
        return kind.startsWith("final.");
    }
}
