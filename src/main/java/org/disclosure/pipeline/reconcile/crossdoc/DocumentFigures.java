package org.disclosure.pipeline.reconcile.crossdoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.disclosure.RowRole;
import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.ExtractionDoubts;
import org.disclosure.pipeline.reconcile.UncertainReading;

/**
 * The figures of a document's standard tables that a check across documents can name without doubt:
 * a row by its subject code (or as the total), a column by its meaning. A (row, column) that two cells
 * of a table of the same kind claim with different values (four columns all meaning "income") names no
 * one figure and is left out.
 */
public final class DocumentFigures {

    private DocumentFigures() {
    }

    public static List<TableFigure> of(List<DisclosureTable> tables, FigureLedger ledger) {
        return ofTables(tables, ledger);
    }

    /**
     * As above; a figure OCR read with low confidence ({@code uncertain}) carries that as its doubt, as
     * does every figure of a table with unread numbers beside it.
     */
    public static List<TableFigure> of(List<DisclosureTable> tables, FigureLedger ledger, List<UncertainReading> uncertain) {
        return ofTables(tables, ledger).stream().map(f -> withOcrDoubt(f, uncertain)).toList();
    }

    private static TableFigure withOcrDoubt(TableFigure figure, List<UncertainReading> uncertain) {
        if (figure.doubt() != null || figure.bbox() == null) {
            return figure;
        }
        for (UncertainReading reading : uncertain) {
            Box a = figure.bbox();
            Box b = reading.bbox();
            boolean overlap = reading.page() == figure.page() && b != null
                    && Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()) > TOUCHING
                    && Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()) > TOUCHING;
            if (overlap) {
                return new TableFigure(figure.tableKind(), figure.tableTitle(), figure.tableId(), figure.moneyUnit(),
                        figure.rowKey(), figure.rowName(), figure.columnMeaning(), figure.columnHeader(), figure.value(),
                        figure.text(), figure.page(), figure.row(), figure.column(), figure.bbox(),
                        "第" + reading.page() + "页的「" + reading.text() + "」由文字识别读出，置信度" + reading.confidence()
                                + "，数字可能有误 (read by OCR with low confidence: the digits may be misread)");
            }
        }
        return figure;
    }

    /** Shrunk by this many points before two boxes count as overlapping, as ExtractionDoubts does. */
    private static final double TOUCHING = 0.5;

    private static List<TableFigure> ofTables(List<DisclosureTable> tables, FigureLedger ledger) {
        Map<String, TableFigure> byKey = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<TableFigure> ordered = new ArrayList<>();
        for (DisclosureTable table : tables) {
            if (table.standard() == null || table.columnMeanings() == null || table.rowMeanings() == null) {
                continue;
            }
            String doubt = ExtractionDoubts.tableDoubt(table, ledger);
            for (TableFigure figure : figures(table, doubt)) {
                String key = figure.tableKind() + "|" + figure.rowKey() + "|" + figure.columnMeaning();
                TableFigure seen = byKey.putIfAbsent(key, figure);
                if (seen == null) {
                    ordered.add(figure);
                } else if (seen.value().compareTo(figure.value()) != 0) {
                    ambiguous.add(key);
                }
            }
        }
        return ordered.stream()
                .filter(f -> !ambiguous.contains(f.tableKind() + "|" + f.rowKey() + "|" + f.columnMeaning())).toList();
    }

    private static List<TableFigure> figures(DisclosureTable table, String doubt) {
        List<TableFigure> figures = new ArrayList<>();
        List<String> meanings = table.columnMeanings();
        List<Integer> panels = panelStarts(meanings);
        boolean coded = table.rowMeanings().stream().anyMatch(m -> m.code() != null);
        long itemRows = table.rowMeanings().stream().filter(m -> RowRole.ITEM.key().equals(m.role())).count();
        for (List<DisclosureCell> cells : table.rows()) {
            if (cells.isEmpty()) {
                continue;
            }
            RowMeaning row = table.rowMeanings().stream().filter(m -> m.row() == cells.get(0).row()).findFirst().orElse(null);
            if (row == null) {
                continue; // a header row
            }
            for (DisclosureCell cell : cells) {
                if (!cell.hasValue() || Boolean.TRUE.equals(cell.percent()) || cell.column() >= meanings.size()) {
                    continue;
                }
                String meaning = meanings.get(cell.column());
                if (meaning == null || meaning.startsWith(ColumnMeaning.CODE.key()) || meaning.equals(ColumnMeaning.NAME.key())) {
                    continue;
                }
                String[] key = rowKey(table, row, cells, cell.column(), panels, coded, itemRows);
                if (key == null) {
                    continue;
                }
                String header = table.columns().get(cell.column());
                meaning = refined(meaning, header);
                if (meaning == null) {
                    continue;
                }
                figures.add(new TableFigure(table.standard().kind(), table.title() != null ? table.title() : table.id(),
                        table.id(), table.unit(), key[0], key[1], meaning, header == null || header.isBlank() ? null : header,
                        cell.value(), cell.text(), cell.page(), cell.row(), cell.column(), cell.bbox(), doubt));
            }
        }
        return figures;
    }

    /**
     * The column's meaning, told apart where the model's words do not: 年初预算数 / 合计 is the opening
     * budget's total (total/budget), 上年预算数 / 基本支出 last year's (basic/previous-year); an adjusted
     * budget (调整预算数) is neither; a carry-over (上年结转, 上年结余) is income of this year, not last
     * year's figure, and is left out.
     */
    static String refined(String meaning, String header) {
        String words = header == null ? "" : header.replaceAll("\\s+", "");
        if (words.contains("结余") || words.contains("结转")) {
            return meaning.contains(ColumnMeaning.PREVIOUS_YEAR.key()) ? null : meaning;
        }
        if (words.contains("调整")) {
            return "adjusted-budget";
        }
        if (words.contains("上年") && !meaning.contains(ColumnMeaning.PREVIOUS_YEAR.key())) {
            return meaning + "/previous-year";
        }
        if (words.contains("年初预算") && !meaning.contains(ColumnMeaning.BUDGET.key())) {
            return meaning + "/budget";
        }
        return meaning;
    }

    /** Where each group of code columns starts: more than one in a table printed in two panels side by side. */
    private static List<Integer> panelStarts(List<String> meanings) {
        List<Integer> starts = new ArrayList<>();
        for (int c = 0; c < meanings.size(); c++) {
            boolean code = meanings.get(c) != null && meanings.get(c).startsWith(ColumnMeaning.CODE.key());
            boolean before = c > 0 && meanings.get(c - 1) != null && meanings.get(c - 1).startsWith(ColumnMeaning.CODE.key());
            if (code && !before) {
                starts.add(c);
            }
        }
        return starts;
    }

    /** {key, name} of the row the cell is in, for its panel; null when the row names no figure. */
    private static String[] rowKey(DisclosureTable table, RowMeaning row, List<DisclosureCell> cells, int column,
                                   List<Integer> panels, boolean coded, long itemRows) {
        int panel = -1;
        for (int start : panels) {
            if (start <= column) {
                panel = start;
            }
        }
        if (panels.size() > 1 && panel > panels.get(0)) {
            // the right panel: its own code and name, left of this cell
            String code = null;
            String name = null;
            for (DisclosureCell cell : cells) {
                if (cell.column() < panel || cell.column() >= column) {
                    continue;
                }
                if (cell.code() != null && code == null) {
                    code = cell.code();
                } else if (cell.code() == null && !cell.hasValue() && !cell.text().isBlank() && name == null) {
                    name = cell.text().strip();
                }
            }
            return code == null ? null : new String[] {code, name};
        }
        if (RowRole.TOTAL.key().equals(row.role())) {
            return new String[] {TableFigure.TOTAL, row.name()};
        }
        if (row.code() != null) {
            return new String[] {row.code(), row.name()};
        }
        if (!coded && itemRows == 1 && RowRole.ITEM.key().equals(row.role())) {
            return new String[] {TableFigure.ONLY_ROW, row.name()};
        }
        return null;
    }
}
