package org.disclosure.pipeline.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckSummary;

/** The rows one archived document.json contributes to the index: plain values, no database. */
record IndexRows(DocumentRow document, List<TableRow> tables, List<FigureRow> figures, List<CheckRow> checks) {

    record DocumentRow(String sha256, String folder, String fileName, String title, String unit, String normalisedUnit,
                       String region, Integer year, String kind, Integer pages, String status, BigDecimal coverage,
                       CheckSummary summary, boolean notChecked, boolean artefactFailed, String receivedAt,
                       String archivedAt, long recordModified, String headline) {
    }

    record TableRow(String tableId, String title, String standardKind, String moneyUnit, String pages) {
    }

    /** A table cell that states a figure, with what its row and column mean. */
    record FigureRow(String tableId, int row, int column, String rowCode, String rowLabel, String columnMeaning,
                     String columnHeader, BigDecimal amount, String moneyUnit, boolean percent, int page, List<Double> box) {
    }

    record CheckRow(int order, String rule, String status, String message, Integer page) {
    }

    /**
     * @param folder         the archive folder's name
     * @param headline       the document's headline as JSON, what the console lists
     * @param recordModified when document.json was last written (epoch milliseconds): the archived time,
     *                       which a rebuild from the archive finds the same
     */
    static IndexRows of(String folder, DocumentRecord record, String headline, long recordModified) {
        String archivedAt = java.time.Instant.ofEpochMilli(recordModified).toString();
        var identity = record.document();
        String unit = identity == null ? null : identity.unit();
        CheckSummary summary = record.summary() == null ? new CheckSummary(0, 0, 0, 0, 0) : record.summary();
        boolean artefactFailed = record.artefacts() != null && record.artefacts().stream().anyMatch(a -> a.isFailed());
        DocumentRow document = new DocumentRow(record.source().sha256(), folder, record.source().fileName(),
                identity == null ? null : identity.title(), unit, UnitNames.normalise(unit), UnitNames.region(unit),
                identity == null ? null : identity.year(), identity == null ? null : identity.kind(),
                record.source().pages(), record.status(), record.ledger() == null ? null : record.ledger().coverage(),
                summary, record.notChecked(), artefactFailed,
                record.processing() == null ? null : record.processing().receivedAt(), archivedAt, recordModified, headline);
        List<TableRow> tables = new ArrayList<>();
        List<FigureRow> figures = new ArrayList<>();
        List<DisclosureTable> all = record.tables() == null ? List.of() : record.tables();
        for (int n = 0; n < all.size(); n++) {
            DisclosureTable table = all.get(n);
            // a table without an id (a record made before ids) is known by its place
            String tableId = table.id() != null ? table.id() : "#" + (n + 1);
            tables.add(new TableRow(tableId, table.title(), table.standard() == null ? null : table.standard().kind(),
                    table.unit(), table.pages() == null ? null
                            : table.pages().stream().map(String::valueOf).collect(Collectors.joining(","))));
            figures.addAll(figuresOf(tableId, table));
        }
        List<CheckRow> checks = new ArrayList<>();
        List<Check> recorded = record.checks() == null ? List.of() : record.checks();
        for (int i = 0; i < recorded.size(); i++) {
            Check check = recorded.get(i);
            checks.add(new CheckRow(i, check.rule(), check.status().toString(), check.message(), firstPage(check.refs())));
        }
        return new IndexRows(document, tables, figures, checks);
    }

    private static List<FigureRow> figuresOf(String tableId, DisclosureTable table) {
        Map<Integer, RowMeaning> meanings = new HashMap<>();
        if (table.rowMeanings() != null) {
            table.rowMeanings().forEach(meaning -> meanings.put(meaning.row(), meaning));
        }
        List<FigureRow> figures = new ArrayList<>();
        for (List<DisclosureCell> row : table.rows() == null ? List.<List<DisclosureCell>>of() : table.rows()) {
            for (DisclosureCell cell : row) {
                if (!cell.hasValue() || cell.row() < table.headerRows()) {
                    continue;
                }
                RowMeaning meaning = meanings.get(cell.row());
                figures.add(new FigureRow(tableId, cell.row(), cell.column(),
                        meaning == null ? null : meaning.code(), meaning == null ? null : meaning.name(),
                        at(table.columnMeanings(), cell.column()), at(table.columns(), cell.column()), cell.value(),
                        table.unit(), Boolean.TRUE.equals(cell.percent()), cell.page(), cell.bbox()));
            }
        }
        return figures;
    }

    private static String at(List<String> list, int index) {
        return list == null || index < 0 || index >= list.size() ? null : list.get(index);
    }

    private static Integer firstPage(List<CheckRef> refs) {
        return refs == null || refs.isEmpty() ? null : refs.get(0).page();
    }
}
