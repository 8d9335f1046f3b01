package org.disclosure.pipeline.disclosure;

import java.util.List;

/**
 * Whether a standard table the document should publish is there.
 *
 * @param status    present, empty (present with no figure, or only zeros) or missing
 * @param required  true when the document's kind must publish it; false when it often does
 * @param tableIds  the tables classified as this kind
 * @param explained for an empty or missing table: whether the document says why (本表为空表, 无…支出)
 * @param note      that explanation as printed, when found
 */
public record RequiredTable(String kind, String name, String status, boolean required, List<String> tableIds,
                            Boolean explained, String note) {

    public static final String PRESENT = "present";
    public static final String EMPTY = "empty";
    public static final String MISSING = "missing";
}
