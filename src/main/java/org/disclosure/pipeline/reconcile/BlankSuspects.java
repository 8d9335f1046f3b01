package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;

/**
 * On a page read by OCR, a cell read as empty where its column (or its row) holds figures may be a
 * figure the engine missed altogether. For a failing sum, such a cell is a suspect when it is the
 * sum's total (the sum implies the parts' sum for it) or one of its parts and the total exceeds the
 * parts (the sum implies the shortfall for it). A shortfall a missed part cannot hold stays failed:
 * parts that already exceed the total, or a shortfall larger than every other figure of the blank's
 * column. A cell read as text that is no figure but holds the implied figure's digits is named the
 * same way. Only flagged, never filled in.
 */
final class BlankSuspects {

    /** Column sums: the total and its parts in one column of one table. */
    private static final Set<String> COLUMN_SUMS = Set.of(ClassTotalRule.ID, HierarchyRule.ID, SidesRule.ID);
    private static final String ROW_IDENTITIES = "row.";
    static final String WHY = "识别为空；可能是文字识别漏掉的数字 (read as empty; a figure OCR may have missed)";
    static final String WHY_UNREAD = "识别文字不是可读的数字，但含该数的各位数字 (read as no figure, yet holding its digits: "
            + "a speck or mark read with it)";
    private static final RowIdentityRule ROW_IDENTITY_DECLARATIONS = new RowIdentityRule();

    private BlankSuspects() {
    }

    /** A cell read empty and the value the failing sum implies for it. */
    record Blank(DisclosureTable table, DisclosureCell cell, BigDecimal implied) {
    }

    /** The blank cells on OCR'd pages whose missed figure would make {@code check} hold. */
    static List<Blank> of(Check check, DisclosureDocument document, Set<Integer> ocrPages) {
        CheckRef total = check.refs().get(0);
        DisclosureTable table = table(document, total.tableId());
        if (table == null || total.row() == null || total.column() == null) {
            return List.of();
        }
        List<Blank> blanks = new ArrayList<>();
        DisclosureCell totalCell = table.cellAt(total.row(), total.column());
        if (isMissedFigure(table, totalCell, ocrPages, check.expected()) && check.expected().signum() > 0) {
            blanks.add(new Blank(table, totalCell, check.expected()));
            return blanks;
        }
        BigDecimal shortfall = check.difference();
        if (shortfall.signum() <= 0) {
            return blanks;
        }
        for (DisclosureCell part : blankParts(check, table)) {
            if (isMissedFigure(table, part, ocrPages, shortfall) && shortfall.compareTo(largestInColumn(table, part)) <= 0) {
                blanks.add(new Blank(table, part, shortfall));
            }
        }
        return blanks;
    }

    /** Cells that would be parts of the sum had they held a figure. */
    private static List<DisclosureCell> blankParts(Check check, DisclosureTable table) {
        CheckRef total = check.refs().get(0);
        List<DisclosureCell> parts = new ArrayList<>();
        if (check.rule().startsWith(ROW_IDENTITIES)) {
            RowIdentityRule.Identity identity = ROW_IDENTITY_DECLARATIONS.identity(check.rule());
            if (identity == null) {
                return parts;
            }
            for (String meaning : identity.parts()) {
                int column = table.columnMeanings().indexOf(meaning);
                if (column >= 0) {
                    parts.add(table.cellAt(total.row(), column));
                }
            }
            return parts;
        }
        if (!COLUMN_SUMS.contains(check.rule()) || check.refs().size() < 2) {
            return parts;
        }
        // the parts' rows: between the first and the last part read, at the parts' level
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        Integer level = null;
        for (CheckRef ref : check.refs().subList(1, check.refs().size())) {
            if (ref.row() == null || !total.column().equals(ref.column()) || !total.tableId().equals(ref.tableId())) {
                return List.of();
            }
            first = Math.min(first, ref.row());
            last = Math.max(last, ref.row());
            String code = code(table, ref.row());
            level = code == null ? level : Integer.valueOf(code.length());
        }
        for (int row = first + 1; row < last; row++) {
            String code = code(table, row);
            boolean sameLevel = level == null || code != null && code.length() == level;
            if (row != total.row() && sameLevel) {
                parts.add(table.cellAt(row, total.column()));
            }
        }
        return parts;
    }

    /**
     * Read on an OCR'd page as empty, or as text that is no figure yet holds exactly the implied
     * figure's digits (a speck read as a mark glued to it: {@code ”388,287.23}), in a column or row that
     * holds figures elsewhere.
     */
    private static boolean isMissedFigure(DisclosureTable table, DisclosureCell cell, Set<Integer> ocrPages,
                                          BigDecimal implied) {
        if (cell == null || cell.hasValue() || cell.figure() != null || cell.code() != null
                || !ocrPages.contains(cell.page()) || cell.bbox() == null || cell.row() < table.headerRows()) {
            return false;
        }
        if (!isBlank(cell) && !digits(cell.text()).equals(digits(SumSuspects.format(implied, cell.text())))) {
            return false;
        }
        boolean columnHasFigures = false;
        boolean rowHasFigures = false;
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell other : row) {
                if (other == cell || !other.hasValue() || other.row() < table.headerRows()) {
                    continue;
                }
                columnHasFigures |= other.column() == cell.column();
                rowHasFigures |= other.row() == cell.row();
            }
        }
        return columnHasFigures || rowHasFigures;
    }

    /** The largest figure read in the cell's column (its total among them): what a missed part may hold at most. */
    private static BigDecimal largestInColumn(DisclosureTable table, DisclosureCell cell) {
        BigDecimal largest = BigDecimal.ZERO;
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell other : row) {
                if (other.hasValue() && other.column() == cell.column() && other.row() >= table.headerRows()) {
                    largest = largest.max(other.value().abs());
                }
            }
        }
        return largest;
    }

    static boolean isBlank(DisclosureCell cell) {
        return cell.text() == null || cell.text().isBlank();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    private static String code(DisclosureTable table, int row) {
        for (RowMeaning meaning : table.rowMeanings()) {
            if (meaning.row() == row && meaning.code() != null) {
                return meaning.code();
            }
        }
        for (List<DisclosureCell> cells : table.rows()) {
            for (DisclosureCell cell : cells) {
                if (cell.row() == row && cell.code() != null) {
                    return cell.code();
                }
            }
        }
        return null;
    }

    private static DisclosureTable table(DisclosureDocument document, String id) {
        if (id == null) {
            return null;
        }
        return document.tables().stream().filter(t -> id.equals(t.id())).findFirst().orElse(null);
    }
}
