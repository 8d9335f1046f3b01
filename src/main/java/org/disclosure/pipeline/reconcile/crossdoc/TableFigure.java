package org.disclosure.pipeline.reconcile.crossdoc;

import java.math.BigDecimal;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.CheckRef;

/**
 * One figure of a standard table, as a check across documents compares it: which table (its standard
 * kind, title, money unit), which row (subject code, or the total), which column (its meaning and
 * header), the value as printed, and where it is. An index of the archive can store exactly this.
 *
 * @param tableKind     the standard table's kind (budget.general-public, final.three-public)
 * @param moneyUnit     the table's unit of money (元, 万元), or null when it declares none
 * @param rowKey        the row's subject code; {@link #TOTAL} for the total row; {@link #ONLY_ROW} for the one
 *                      body row of a table without codes (the 三公 table)
 * @param columnMeaning what the column holds (previous-year, budget, basic/previous-year, total)
 * @param doubt         why our reading of this table may be incomplete (numbers beside it that no cell took),
 *                      or null when it is clean
 */
public record TableFigure(String tableKind, String tableTitle, String tableId, String moneyUnit, String rowKey,
                          String rowName, String columnMeaning, String columnHeader, BigDecimal value, String text,
                          int page, int row, int column, Box bbox, String doubt) {

    public static final String TOTAL = "合计";
    public static final String ONLY_ROW = "唯一行";

    /** The part after budget./final.: the same table in a 预算 and in a 决算 (general-public, three-public). */
    public String tableSubject() {
        int dot = tableKind.indexOf('.');
        return dot < 0 ? tableKind : tableKind.substring(dot + 1);
    }

    /** How a finding names the row: 「2010301 行政运行」, 「合计」. */
    public String rowWords() {
        if (TOTAL.equals(rowKey) || ONLY_ROW.equals(rowKey)) {
            return "「" + (rowName == null ? rowKey : rowName.replaceAll("\\s+", "")) + "」";
        }
        return "「" + rowKey + (rowName == null ? "" : " " + rowName.replaceAll("\\s+", "")) + "」";
    }

    /** The column's last header level, as a reviewer reads it (上年预算数). */
    public String columnWords() {
        if (columnHeader == null) {
            return "第" + (column + 1) + "列";
        }
        String[] path = columnHeader.split("/");
        return "「" + path[path.length - 1].strip() + "」";
    }

    /** This figure as a place a check looked at; {@code document} names the archive folder, null for the checked one. */
    public CheckRef ref(String document) {
        return new CheckRef(tableTitle, tableId, row, column, TOTAL.equals(rowKey) || ONLY_ROW.equals(rowKey) ? rowName : rowKey,
                page, bbox, text, rowName, TOTAL.equals(rowKey) || ONLY_ROW.equals(rowKey) ? null : rowKey, columnHeader, document);
    }
}
