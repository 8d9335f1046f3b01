package org.disclosure.pipeline.disclosure;

/**
 * What a body row of a table is.
 *
 * @param row            the row's grid index in the table
 * @param role           total (合计/总计), subtotal (小计), item (a row with a subject code or a figure),
 *                       or label (a heading row such as 一、财政拨款收入 with nothing else)
 * @param code           the full subject code (2010301, 30101), or null
 * @param level          类, 款 or 项 for a code, or null
 * @param parent         the code one level up (20103 for 2010301), or null at 类 level
 * @param classification functional (功能分类, 2xx) or economic (经济分类, 3xx/5xx), or null
 * @param name           the row's name as printed (its first text cell), or null
 */
public record RowMeaning(int row, String role, String code, String level, String parent, String classification,
                         String name) {
}
