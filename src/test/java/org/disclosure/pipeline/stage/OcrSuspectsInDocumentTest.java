package org.disclosure.pipeline.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.OcrInfo;
import org.disclosure.pipeline.archive.SchemaAssert;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated disclosure whose page is taken as OCR'd, with one figure of a passing sum misread as a
 * look-alike digit: the reconcile stage writes that cell to document.json's ocr.suspects with the value
 * the sum implies, leaves the check unverified, and the document still meets its schema.
 */
class OcrSuspectsInDocumentTest {

    private static final Map<Character, Character> LOOK_ALIKE = Map.of('3', '8', '8', '3', '5', '6', '6', '5', '0', '8');
    private static final List<String> SUM_RULES = List.of("table.total-of-classes", "table.code-hierarchy");

    @TempDir
    Path root;

    @Test
    void aMisreadPartOfASumIsWrittenAsASuspectWithTheValueTheSumImplies() throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(Samples.pdf(Samples.named("small-unit-2024-unit-budget.spec")));
        new ExtractStage(store, 2000, "test").extract(job);
        new ReconcileStage(store, null).reconcile(job);
        DocumentRecord clean = store.readDocument(job);
        // a part of a passing sum with a digit that has a look-alike
        CheckRef part = clean.checks().stream()
                .filter(c -> SUM_RULES.contains(c.rule()) && c.status() == CheckStatus.PASS && c.refs().size() > 2)
                .flatMap(c -> c.refs().subList(1, c.refs().size()).stream())
                .filter(r -> r.text() != null && r.text().chars().anyMatch(ch -> LOOK_ALIKE.containsKey((char) ch)))
                .findFirst().orElseThrow();
        int at = 0;
        while (!LOOK_ALIKE.containsKey(part.text().charAt(at))) {
            at++;
        }
        String misread = part.text().substring(0, at) + LOOK_ALIKE.get(part.text().charAt(at)) + part.text().substring(at + 1);
        BigDecimal original = new BigDecimal(part.text().replaceAll("[^0-9.\\-]", ""));
        BigDecimal misreadValue = new BigDecimal(misread.replaceAll("[^0-9.\\-]", ""));

        List<DisclosureTable> tables = new ArrayList<>();
        for (DisclosureTable table : clean.tables()) {
            List<List<DisclosureCell>> rows = table.rows().stream().map(row -> row.stream()
                    .map(c -> table.id().equals(part.tableId()) && c.row() == part.row() && c.column() == part.column()
                            ? new DisclosureCell(misread, misreadValue, c.percent(), null, c.code(), c.page(), c.bbox(),
                            c.row(), c.column(), c.rowSpan(), c.colSpan()) : c).toList()).toList();
            tables.add(new DisclosureTable(table.id(), table.title(), table.unit(), table.preparedBy(), table.pages(),
                    table.columnCount(), table.headerRows(), table.ruled(), table.columns(), table.columnMeanings(),
                    table.quality(), table.standard(), table.rowMeanings(), rows, table.untitledReason()));
        }
        OcrInfo ocr = new OcrInfo("tesseract", "5", "chi_sim", 300, 80,
                clean.pages().stream().map(p -> new OcrInfo.Page(p.number(), 91, 100, List.of(), null)).toList());
        store.writeDocument(job, new DocumentRecord(clean.schemaVersion(), DocumentStatus.OCR, clean.source(), ocr,
                clean.document(), clean.pages(), tables, clean.requiredTables(), clean.performanceTargets(),
                clean.projects(), clean.figures(), null, clean.summary(), clean.checks(), clean.processing(), null));

        new ReconcileStage(store, null).reconcile(job);

        DocumentRecord checked = store.readDocument(job);
        assertThat(checked.ocr().suspects()).anySatisfy(s -> {
            assertThat(s.page()).isEqualTo(part.page());
            assertThat(s.row()).isEqualTo(part.row());
            assertThat(s.column()).isEqualTo(part.column());
            assertThat(s.read()).isEqualTo(misread);
            assertThat(s.impliedValue()).isEqualByComparingTo(original);
            assertThat(s.why()).contains("look-alike");
        });
        List<Check> touching = checked.checks().stream().filter(c -> SUM_RULES.contains(c.rule()) && c.refs().stream()
                .anyMatch(r -> part.tableId().equals(r.tableId()) && part.row().equals(r.row())
                        && part.column().equals(r.column()))).toList();
        assertThat(touching).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isNotEqualTo(CheckStatus.FAIL));
        assertThat(checked.checks()).noneMatch(c -> SUM_RULES.contains(c.rule()) && c.status() == CheckStatus.FAIL);
        SchemaAssert.assertValidDocument(job.documentJson());
    }
}
