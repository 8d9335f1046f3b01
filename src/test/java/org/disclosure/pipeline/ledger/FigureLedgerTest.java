package org.disclosure.pipeline.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentModeller;
import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.Reconciler;
import org.disclosure.pipeline.table.Cell;
import org.disclosure.pipeline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every printed number is a cell, a narrative figure or furniture; a number the extraction lost shows. */
class FigureLedgerTest {

    @TempDir
    Path folder;

    static Stream<String> specs() {
        return Stream.concat(SampleGenerator.SAMPLES.stream(), SampleGenerator.CORPUS.stream())
                .map(SampleGenerator.Sample::spec);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void everyNumberOfEveryPageOfEveryFixtureIsAccountedFor(String spec) throws Exception {
        Samples.Extracted read = Samples.extracted(spec, UnaryOperator.identity(), folder);
        DisclosureDocument document = new DocumentModeller().model(read.pdf(), read.tables());
        FigureLedger ledger = LedgerKeeper.account(read.pdf().pages(), read.tables(), document.figures());
        List<String> unaccounted = new ArrayList<>();
        for (PageLedger page : ledger.pages()) {
            page.unaccounted().forEach(n -> unaccounted.add("p" + page.page() + " " + n.text() + " | " + n.line()));
        }
        assertEquals(List.of(), unaccounted, spec);
        assertEquals(0, ledger.coverage().compareTo(java.math.BigDecimal.ONE), spec);
        assertTrue(ledger.pages().stream().anyMatch(p -> p.table() > 0), spec + ": tables' cells are counted as such");
    }

    @Test
    void eachKindOfPageHasItsNumbersInTheirPlace() throws Exception {
        Samples.Extracted read = Samples.extracted("seed-2022-unit-budget.spec", UnaryOperator.identity(), folder);
        DisclosureDocument document = new DocumentModeller().model(read.pdf(), read.tables());
        FigureLedger ledger = LedgerKeeper.account(read.pdf().pages(), read.tables(), document.figures());
        PageLedger cover = ledger.pages().get(0);
        assertEquals(cover.numbers(), cover.furniture(), "the cover and 目录: years and numbering only");
        PageLedger profile = ledger.pages().get(1);
        assertEquals(0, profile.table());
        assertTrue(profile.narrative() >= 3, "编制数 61, 实有人数 103人 … are the narrative's: " + profile);
        PageLedger table = ledger.pages().stream().filter(p -> p.table() > 20).findFirst().orElseThrow();
        assertEquals(table.numbers(), table.table() + table.furniture(), "a table page: cells, its title's year, page number");
    }

    @Test
    void aRowTheExtractionLostLeavesItsNumbersUnaccountedAndTheTablesChecksUnverified() throws Exception {
        Samples.Extracted read = Samples.extracted("seed-2022-unit-budget.spec", UnaryOperator.identity(), folder);
        List<Table> tables = new ArrayList<>(read.tables());
        int index = indexOf(tables, "单位支出总体情况表");
        Table whole = tables.get(index);
        tables.set(index, without(whole, "其他政府办公厅"));
        DisclosureDocument document = new DocumentModeller().model(read.pdf(), tables);
        FigureLedger ledger = LedgerKeeper.account(read.pdf().pages(), tables, document.figures());

        int page = whole.pages().get(0);
        List<String> lost = ledger.unaccountedOn(page).stream().map(UnaccountedNumber::text).toList();
        assertEquals(2, lost.stream().filter("157"::equals).count(), "the lost row's 157 and 157: " + lost);
        assertTrue(ledger.coverage().compareTo(java.math.BigDecimal.ONE) < 0);

        String id = document.tables().get(index).id();
        List<Check> blind = new Reconciler().check(document);
        assertTrue(blind.stream().anyMatch(c -> c.status() == CheckStatus.FAIL && touches(c, id)),
                "without the ledger, the lost row makes the table's sums fail");
        List<Check> judged = new Reconciler().check(document, ledger);
        assertFalse(judged.stream().anyMatch(c -> c.status() == CheckStatus.FAIL && touches(c, id)),
                "a fail our extraction caused is never reported as the document's");
        Check doubted = judged.stream().filter(c -> c.status() == CheckStatus.UNVERIFIED && touches(c, id))
                .findFirst().orElseThrow();
        assertTrue(doubted.doubt().contains("第" + page + "页《单位支出总体情况表》"), doubted.doubt());
        assertTrue(judged.stream().noneMatch(c -> c.status() == CheckStatus.PASS && touches(c, id)),
                "nor does a pass on a table that lost a row look clean");
    }

    @Test
    void aTableTheExtractionMissedIsNotReportedMissingButUnverified() throws Exception {
        Samples.Extracted read = Samples.extracted("seed-2022-unit-budget.spec", UnaryOperator.identity(), folder);
        List<Table> tables = new ArrayList<>(read.tables());
        tables.remove(indexOf(tables, "单位支出总体情况表"));
        DisclosureDocument document = new DocumentModeller().model(read.pdf(), tables);
        FigureLedger ledger = LedgerKeeper.account(read.pdf().pages(), tables, document.figures());

        Check required = new Reconciler().check(document, ledger).stream()
                .filter(c -> c.rule().equals("document.required-tables") && c.message().contains("支出总体情况表"))
                .findFirst().orElseThrow();
        assertEquals(CheckStatus.UNVERIFIED, required.status());
        assertTrue(required.doubt().contains("页"), required.doubt());
        List<Check> blamed = new Reconciler().check(document, ledger).stream()
                .filter(c -> c.status() == CheckStatus.FAIL && c.rule().matches("document\\.(required-tables|contents)")).toList();
        assertEquals(List.of(), blamed, "a table our extraction missed is never reported missing as the document's fault");
    }

    private static boolean touches(Check check, String tableId) {
        return check.refs().stream().anyMatch(r -> tableId.equals(r.tableId()));
    }

    private static int indexOf(List<Table> tables, String title) {
        for (int i = 0; i < tables.size(); i++) {
            if (title.equals(tables.get(i).title())) {
                return i;
            }
        }
        throw new AssertionError("no table " + title);
    }

    /** The table as an extraction that lost the row whose text contains {@code label} would give it. */
    private static Table without(Table table, String label) {
        List<List<Cell>> rows = table.rows().stream()
                .filter(row -> row.stream().noneMatch(c -> c.text().contains(label))).toList();
        assertEquals(table.rows().size() - 1, rows.size());
        return new Table(table.title(), table.unit(), table.preparedBy(), table.pages(), table.columnCount(), rows,
                table.quality());
    }

}
