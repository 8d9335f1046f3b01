package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.ledger.LedgerKeeper;
import org.disclosure.pipeline.ledger.PageLedger;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.Reconciler;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each real disclosure in ../shared/real yields, pinned in a golden file reviewed by eye:
 * identity, every table's title, unit, pages, shape and the sum of its figures, the narrative
 * figures (counted by kind, the first few in full), and every check.
 * When extraction changes, the test writes the new summary to target/golden-actual; read the
 * diff, and if it is right, regenerate with -Dgolden.update=true.
 */
class RealDisclosuresGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Path> realPdfs() throws Exception {
        Path real = Samples.shared().resolve("real");
        if (!Files.isDirectory(real)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(real)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    // Without ../shared/real (a clone on its own) there is nothing to compare, and that is not a failure.
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("realPdfs")
    void yieldsWhatWasReviewed(Path pdf) throws Exception {
        String actual = summary(pdf);
        String name = pdf.getFileName().toString().replace(".pdf", ".txt");
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assumeTrue(Files.exists(golden) || !Boolean.getBoolean("golden.update"));
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path out = Files.createDirectories(Path.of("target", "golden-actual")).resolve(name);
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("summary of %s differs from %s; the new one is in target/golden-actual", pdf, golden)
                .isEqualTo(expected);
    }

    static String summary(Path pdf) throws Exception {
        // The text path only: scanned pages are not OCR'd here. Tesseract's output can differ between
        // engine versions and CPUs (its SIMD code paths round differently), so a golden file of OCR
        // output would not hold on every machine; OcrTest covers OCR (see docs/ocr.md).
        ParsedPdf parsed = new PdfReader(2000).read(pdf);
        List<Table> tables = parsed.isImageOnly() ? List.of() : new TableExtractor().extract(parsed.pages());
        DisclosureDocument document = new DocumentModeller().model(parsed, tables, pdf.getFileName().toString());
        FigureLedger ledger = parsed.isImageOnly() ? null : LedgerKeeper.account(parsed.pages(), tables, document.figures());
        List<Check> checks = new Reconciler().check(document, ledger);
        StringBuilder out = new StringBuilder();
        DocumentIdentity id = document.identity();
        out.append("document: ").append(id.title()).append(" | unit ").append(id.unit()).append(" | year ")
                .append(id.year()).append(" | kind ").append(id.kind()).append(" | published ").append(id.published()).append('\n');
        out.append("evidence: ").append(new java.util.TreeMap<>(id.evidence())).append('\n');
        long withText = document.pages().stream().filter(DisclosurePage::hasTextLayer).count();
        out.append("pages: ").append(document.pages().size()).append(", ").append(withText).append(" with text\n");
        for (DisclosureTable table : document.tables()) {
            List<BigDecimal> values = table.rows().stream().flatMap(List::stream)
                    .filter(DisclosureCell::hasValue).map(DisclosureCell::value).toList();
            long codes = table.rows().stream().flatMap(List::stream).filter(c -> c.code() != null).count();
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            out.append(table.id()).append(" pages ").append(table.pages()).append(" | ")
                    .append(table.title() != null ? table.title() : "untitled (" + table.untitledReason() + ")")
                    .append(" | unit ").append(table.unit()).append(" | ").append(table.rows().size()).append(" rows x ")
                    .append(table.columnCount()).append(" cols, header ").append(table.headerRows()).append(" | ")
                    .append(values.size()).append(" figures, sum ").append(sum.toPlainString()).append(" | ")
                    .append(codes).append(" codes | ").append(table.quality().ruled() ? "ruled" : "borderless")
                    .append(", empty ").append(table.quality().emptyCellShare()).append(", stray ")
                    .append(table.quality().strayTextShare()).append('\n');
            out.append("   columns: ").append(String.join(" | ", table.columns())).append('\n');
            out.append("   meanings: ").append(String.valueOf(table.columnMeanings())).append('\n');
            long coded = table.rowMeanings().stream().filter(r -> r.code() != null).count();
            long orphans = table.rowMeanings().stream().filter(r -> r.parent() != null && table.rowMeanings().stream()
                    .noneMatch(o -> r.parent().equals(o.code()))).count();
            out.append("   rows: ").append((Object) table.rowMeanings().stream().collect(Collectors.groupingBy(RowMeaning::role,
                    java.util.TreeMap::new, Collectors.counting()))).append(", ").append(coded).append(" coded, ")
                    .append(orphans).append(" without their parent in the table\n");
            out.append("   standard: ").append(table.standard() == null ? "-" : table.standard().kind() + " ("
                    + table.standard().confidence() + ")").append('\n');
            out.append("   first body row: ").append(table.rows().size() > table.headerRows()
                    ? rowText(table.rows().get(table.headerRows())) : "-").append('\n');
        }
        for (RequiredTable required : document.requiredTables()) {
            out.append("required ").append(required.kind()).append(": ").append(required.status())
                    .append(required.required() ? "" : " (optional)").append(' ').append(required.tableIds())
                    .append(required.explained() == null ? "" : required.explained() ? " explained: " + required.note() : " NOT explained")
                    .append('\n');
        }
        java.util.Map<String, Long> kinds = new java.util.TreeMap<>(document.figures().stream()
                .collect(Collectors.groupingBy(NarrativeFigure::kind, Collectors.counting())));
        out.append("narrative figures: ").append(document.figures().size()).append(' ').append(kinds).append('\n');
        for (NarrativeFigure figure : document.figures().stream().limit(8).toList()) {
            out.append("   p").append(figure.page()).append(' ').append(figure.text()).append(" = ")
                    .append(figure.value().toPlainString()).append(' ').append(figure.unit()).append(' ')
                    .append(figure.kind()).append(" | ").append(figure.section()).append('\n');
        }
        if (ledger != null) {
            out.append("ledger: ").append(ledger.numbers()).append(" numbers, coverage ").append(ledger.coverage())
                    .append(" (table ").append(ledger.pages().stream().mapToInt(PageLedger::table).sum())
                    .append(", narrative ").append(ledger.pages().stream().mapToInt(PageLedger::narrative).sum())
                    .append(", furniture ").append(ledger.pages().stream().mapToInt(PageLedger::furniture).sum())
                    .append(")\n");
            for (PageLedger page : ledger.pages()) {
                page.unaccounted().stream().limit(3).forEach(n -> out.append("   unaccounted p").append(page.page())
                        .append(' ').append(n.text()).append(" | ").append(n.line()).append('\n'));
            }
        }
        for (Check check : checks) {
            out.append("check ").append(check.status()).append(' ').append(check.rule()).append(": ")
                    .append(check.message()).append(check.doubt() == null ? "" : " | doubt: " + check.doubt()).append('\n');
        }
        return out.toString();
    }

    private static String rowText(List<DisclosureCell> row) {
        return row.stream().map(c -> c.text().isEmpty() ? "·" : c.text()).collect(Collectors.joining(" | "));
    }
}
