package org.disclosure.pipeline.disclosure;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One kind of standard disclosure table, as the catalogue (catalogue/standard-tables.json) lists it.
 *
 * @param standardKind which kind it is (its {@code kind} in the catalogue) or final.three-public
 * @param name       the national template's name for it
 * @param titles     title variants seen in practice, compared after normalisation
 * @param columns    header words a table of this kind normally has
 * @param requiredIn document kinds that must publish it
 * @param optionalIn document kinds that often do
 */
public record StandardTable(@JsonProperty("kind") StandardKind standardKind, String name, List<String> titles, List<String> columns,
                            List<String> requiredIn, List<String> optionalIn) {

    public StandardTable {
        columns = columns == null ? List.of() : columns;
        requiredIn = requiredIn == null ? List.of() : requiredIn;
        optionalIn = optionalIn == null ? List.of() : optionalIn;
    }

    boolean forFinalAccounts() {
        return standardKind.forFinalAccounts();
    }
}
