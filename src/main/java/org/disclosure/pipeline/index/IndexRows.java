package org.disclosure.pipeline.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.contract.Corners;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.CheckSummary;

/** The rows one archived document.json contributes to the index: plain values, no database. */
record IndexRows(DocumentRow document, List<TableRow> tables, List<FigureRow> figures, List<CheckRow> checks,
                 List<String> terms) {

    /** The rows, with the free-text terms of what a search of words reads: file name, folder, titles, row labels. */
    IndexRows(DocumentRow document, List<TableRow> tables, List<FigureRow> figures, List<CheckRow> checks) {
        this(document, tables, figures, checks, SearchTerms.of(searchedTexts(document, tables, figures)));
    }

    private static List<String> searchedTexts(DocumentRow document, List<TableRow> tables, List<FigureRow> figures) {
        List<String> texts = new ArrayList<>(List.of(String.valueOf(document.fileName()), document.folder(),
                String.valueOf(document.title())));
        tables.forEach(t -> texts.add(t.title()));
        figures.forEach(f -> texts.add(f.rowLabel()));
        return texts;
    }

    record DocumentRow(String sha256, String folder, String fileName, String title, String unit, String normalisedUnit,
                       String region, Integer year, String kind, Integer pages, DocumentStatus status, BigDecimal coverage,
                       CheckSummary summary, boolean notChecked, boolean artefactFailed, String receivedAt,
                       String archivedAt, long recordModified, String headline, long crossChecksModified,
                       String supersededBy, int failedAcross) {
    }

    record TableRow(String tableId, String title, String standardKind, String moneyUnit, String pages) {
    }

    /** A table cell that states a figure, with what its row and column mean. */
    record FigureRow(String tableId, int row, int column, String rowCode, String rowLabel, String columnMeaning,
                     String columnHeader, BigDecimal amount, String moneyUnit, boolean percent, int page, List<Double> box) {
    }

    /**
     * @param counterpart the other document of a check across documents (its archive folder), else null
     * @param learned     true for a check a later document made with this one (cross-checks.json)
     */
    record CheckRow(int order, String rule, String status, String message, Integer page, String counterpart,
                    boolean learned) {
    }

    /**
     * @param folder         the archive folder's name
     * @param headline       the document's headline as JSON, what the console lists
     * @param recordModified when document.json was last written (epoch milliseconds): the archived time,
     *                       which a rebuild from the archive finds the same
     * @param crossChecks    the folder's cross-checks.json (empty when it has none), written when
     *                       {@code crossChecksModified} (0 when it has none)
     */
    static IndexRows of(String folder, DocumentRecord record, String headline, long recordModified,
                        CrossChecks crossChecks, long crossChecksModified) {
        String archivedAt = java.time.Instant.ofEpochMilli(recordModified).toString();
        var identity = record.document();
        String unit = identity == null ? null : identity.unit();
        CheckSummary summary = record.summary() == null ? new CheckSummary(0, 0, 0, 0, 0) : record.summary();
        List<Check> own = record.checks() == null ? List.of() : record.checks();
        List<Check> effective = crossChecks.effective(own);
        if (!crossChecks.learned().isEmpty() || crossChecks.superseded()) {
            // what later documents found counts as this document's finding too; a superseded version's own
            // checks across documents no longer count
            summary = CheckSummary.of(effective);
        }
        int failedAcross = (int) effective.stream()
                .filter(c -> CrossChecks.acrossDocuments(c) && c.status() == CheckStatus.FAIL)
                .count();
        boolean artefactFailed = record.artefacts() != null && record.artefacts().stream().anyMatch(a -> a.isFailed());
        DocumentRow document = new DocumentRow(record.source().sha256(), folder, record.source().fileName(),
                identity == null ? null : identity.title(), unit, UnitNames.normalise(unit), UnitNames.region(unit),
                identity == null ? null : identity.year(), identity == null ? null : identity.kind(),
                record.source().pages(), record.status(), record.ledger() == null ? null : record.ledger().coverage(),
                summary, record.notChecked(), artefactFailed,
                record.processing() == null ? null : record.processing().receivedAt(), archivedAt, recordModified, headline,
                crossChecksModified, crossChecks.superseded() ? crossChecks.supersededBy().folder() : null, failedAcross);
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
        // own checks keep their place in document.json; one a later version of its counterpart replaced is left out
        for (int i = 0; i < own.size(); i++) {
            Check check = own.get(i);
            if (!crossChecks.replaced(check)) {
                checks.add(new CheckRow(i, check.rule(), check.status().toString(), check.message(), firstPage(check.refs()),
                        counterpart(check), false));
            }
        }
        int order = own.size();
        for (CrossChecks.Learned learned : crossChecks.learned()) {
            for (Check check : learned.checks()) {
                checks.add(new CheckRow(order++, check.rule(), check.status().toString(), check.message(),
                        firstPage(check.refs()), learned.from(), true));
            }
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
                        table.unit(), Boolean.TRUE.equals(cell.percent()), cell.page(), Corners.of(cell.bbox())));
            }
        }
        return figures;
    }

    private static String at(List<String> list, int index) {
        return list == null || index < 0 || index >= list.size() ? null : list.get(index);
    }

    /** A check's first ref into this document's page, else its first. */
    private static Integer firstPage(List<CheckRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return null;
        }
        return refs.stream().filter(r -> !r.elsewhere()).findFirst().orElse(refs.get(0)).page();
    }

    /** The other document a check across documents was made with: its first ref elsewhere. */
    private static String counterpart(Check check) {
        return check.refs() == null ? null
                : check.refs().stream().filter(CheckRef::elsewhere).map(CheckRef::document).findFirst().orElse(null);
    }
}
