package org.disclosure.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.fixtures.HostilePdfs;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.disclosure.pipeline.stage.ReportStage;
import org.disclosure.pipeline.ocr.OcrSettings;
import org.disclosure.pipeline.fixtures.DisclosurePdfWriter;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report, the annotated copy and the spreadsheets for real documents, read back as a reviewer would. */
class ReportWriterTest {

    private static final Pattern EVIDENCE = Pattern.compile("<img class=\"evidence\"[^>]*src=\"data:image/png;base64,([^\"]+)\"");

    @TempDir
    Path root;

    private record Made(DocumentRecord record, Path folder, int annotations) {
    }

    private Made make(Path pdf) throws Exception {
        return make(pdf, OcrSettings.defaults());
    }

    /** A scan left unread, as with pipeline.ocr=false: the report must say nothing was checked. */
    private Made makeWithoutOcr(Path pdf) throws Exception {
        return make(pdf, new OcrSettings(false, Duration.ofSeconds(60), OcrSettings.UNCERTAIN_BELOW));
    }

    private Made make(Path pdf, OcrSettings ocr) throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(pdf);
        new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "test", ocr).extract(job));
        DocumentRecord record = store.readDocument(job);
        int annotations = new ReportWriter().write(record, job.storedOriginal(), job.workFolder()).annotations();
        return new Made(record, job.workFolder(), annotations);
    }

    @Test
    void theSeedsReportPutsItsFindingsFirstWithTheCellsOutlinedOnThePage() throws Exception {
        Made made = make(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")));
        String html = Files.readString(made.folder().resolve(ReportWriter.REPORT), StandardCharsets.UTF_8);

        assertThat(html).contains("克孜勒苏柯尔克孜自治州人民政府办公室").contains("单位预算").contains("2022");
        assertThat(html).as("self-contained: nothing fetched from anywhere")
                .doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<link").doesNotContain("<script");
        assertThat(html).contains("<b>" + made.record().summary().failed() + "</b> 不符 failed");

        // findings: the two real failures before the rounding warnings
        int firstWarn = html.indexOf("class=\"finding warn\"");
        int lastFail = html.lastIndexOf("class=\"finding fail\"");
        assertThat(lastFail).isPositive().isLessThan(firstWarn);
        assertThat(html.indexOf("id=\"findings\"")).isLessThan(html.indexOf("id=\"tables\""));
        assertThat(html).contains("群众工作经费");
        // the two failures quote sentences, not cells: their pictures show where those are printed
        for (String article : html.split("<article ")) {
            if (article.startsWith("class=\"finding fail\"")) {
                assertThat(article).as(article.substring(0, Math.min(200, article.length()))).contains("<img class=\"evidence\"");
            }
        }

        // every picture is a real PNG of a page region with a red outline in it
        Matcher pictures = EVIDENCE.matcher(html);
        int count = 0;
        while (pictures.find()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(pictures.group(1))));
            assertThat(image.getWidth()).isGreaterThan(500);
            assertThat(hasRed(image)).as("picture " + count + " outlines its cells").isTrue();
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(3);

        // every cell of a rounding finding is marked in its table (the seed's failures quote sentences)
        int marked = 0;
        for (Check check : made.record().checks()) {
            for (CheckRef ref : check.refs()) {
                if (check.status() != CheckStatus.PASS && ref.tableId() != null && ref.row() != null && ref.column() != null) {
                    assertThat(html).containsPattern("<td id=\"" + HtmlReport.cellId(ref.tableId(), ref.row(), ref.column())
                            + "\"[^>]*class=\"[^\"]*flag-(fail|warn)");
                    marked++;
                }
            }
        }
        assertThat(marked).as("cells marked").isPositive();
        assertThat(html.split("<table class=\"data\">", -1)).hasSize(made.record().tables().size() + 1);
        for (DisclosureTable table : made.record().tables()) {
            for (List<DisclosureCell> row : table.rows()) {
                for (DisclosureCell cell : row) {
                    if (cell.rowSpan() > 1) {
                        assertThat(html).contains("<td id=\"" + HtmlReport.cellId(table.id(), cell.row(), cell.column()) + "\" rowspan=\"" + cell.rowSpan() + "\"");
                    }
                }
            }
        }
        assertThat(html).contains("id=\"narrative\"").contains("id=\"required\"");
    }

    @Test
    void theAnnotatedCopyMarksEachFailedCellWhereItIsPrinted() throws Exception {
        Made made = make(Samples.mistypedSeed(root));
        List<CheckRef> failedCells = new ArrayList<>();
        made.record().checks().stream().filter(c -> c.status() == CheckStatus.FAIL)
                .forEach(c -> c.refs().stream().filter(r -> r.bbox() != null).forEach(failedCells::add));
        assertThat(made.annotations()).isEqualTo(failedCells.size()).isPositive();
        String html = Files.readString(made.folder().resolve(ReportWriter.REPORT));
        for (CheckRef ref : failedCells) {
            if (ref.tableId() != null && ref.row() != null && ref.column() != null) {
                assertThat(html).containsPattern("<td id=\"" + HtmlReport.cellId(ref.tableId(), ref.row(), ref.column())
                        + "\"[^>]*class=\"[^\"]*flag-fail");
            }
        }

        try (PDDocument annotated = Loader.loadPDF(made.folder().resolve(ReportWriter.ANNOTATED).toFile())) {
            int squares = 0;
            for (CheckRef ref : failedCells) {
                float height = annotated.getPage(ref.page() - 1).getCropBox().getHeight();
                float left = annotated.getPage(ref.page() - 1).getCropBox().getLowerLeftX();
                float bottom = annotated.getPage(ref.page() - 1).getCropBox().getLowerLeftY();
                boolean found = false;
                for (PDAnnotation annotation : annotated.getPage(ref.page() - 1).getAnnotations()) {
                    if (annotation instanceof PDAnnotationSquare square) {
                        PDRectangle r = square.getRectangle();
                        // the cell's box, from the top-left frame of document.json to PDF user space
                        found |= r.getLowerLeftX() <= left + ref.bbox().x0() && r.getUpperRightX() >= left + ref.bbox().x1()
                                && r.getLowerLeftY() <= bottom + height - ref.bbox().bottom() && r.getUpperRightY() >= bottom + height - ref.bbox().top()
                                && r.getWidth() < ref.bbox().x1() - ref.bbox().x0() + 10;
                    }
                }
                assertThat(found).as("an annotation on " + ref).isTrue();
            }
            for (int p = 0; p < annotated.getNumberOfPages(); p++) {
                squares += (int) annotated.getPage(p).getAnnotations().stream().filter(a -> a instanceof PDAnnotationSquare).count();
            }
            assertThat(squares).isEqualTo(failedCells.size());
        }
    }

    @Test
    void theWorkbookHoldsEveryTableWithFiguresAsNumbersAndCodesAsText() throws Exception {
        Made made = make(Samples.pdf(Samples.named("district-2024-dept-budget.spec")));
        try (InputStream in = Files.newInputStream(made.folder().resolve(ReportWriter.WORKBOOK));
             ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSameSizeAs(made.record().tables());
            int figures = 0;
            for (int t = 0; t < sheets.size(); t++) {
                List<Row> rows = sheets.get(t).read();
                for (List<DisclosureCell> row : made.record().tables().get(t).rows()) {
                    for (DisclosureCell cell : row) {
                        Row sheetRow = rows.stream().filter(r -> r.getRowNum() == cell.row() + 1).findFirst().orElseThrow();
                        var sheetCell = sheetRow.getCell(cell.column());
                        if (cell.hasValue() && cell.code() == null) {
                            assertThat(sheetCell.asNumber()).as(cell.text()).isEqualByComparingTo(cell.value());
                            figures++;
                        } else if (cell.code() != null) {
                            assertThat(sheetCell.getType().toString()).isEqualTo("STRING");
                            assertThat(sheetCell.asString()).isEqualTo(cell.text());
                        }
                    }
                }
            }
            assertThat(figures).isGreaterThan(50);
        }
        Path csvFolder = made.folder().resolve(ReportWriter.CSV_FOLDER);
        try (var csvs = Files.list(csvFolder)) {
            List<Path> files = csvs.sorted().toList();
            assertThat(files).hasSameSizeAs(made.record().tables());
            byte[] first = Files.readAllBytes(files.get(0));
            assertThat(first).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(first, StandardCharsets.UTF_8)).contains("7563640.13");
        }
    }

    @Test
    void aScanGetsAReportThatSaysSoAndNoSpreadsheets() throws Exception {
        Path scan = Files.write(root.resolve("scan.pdf"), HostilePdfs.imageOnly());
        Made made = makeWithoutOcr(scan);
        String html = Files.readString(made.folder().resolve(ReportWriter.REPORT));
        assertThat(made.record().status()).isEqualTo(DocumentStatus.NO_TEXT_LAYER);
        assertThat(html).contains("扫描件", "scan without a text layer");
        assertThat(made.folder().resolve(ReportWriter.WORKBOOK)).doesNotExist();
        assertThat(made.annotations()).isZero();
    }

    @Test
    void aRealShanghaiBudgetsFindingsArePicturedAndAnnotated() throws Exception {
        Path real = Samples.shared().resolve("real/shanghai-putuo-justice-2026-unit-budget.pdf");
        assumeTrue(Files.exists(real), "the real PDFs in ../shared/real");
        Made made = make(real);
        String html = Files.readString(made.folder().resolve(ReportWriter.REPORT));
        assertThat(made.record().summary().failed()).isPositive();
        assertThat(html).contains("22,118,861");
        Matcher pictures = EVIDENCE.matcher(html);
        int count = 0;
        while (pictures.find()) {
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(made.record().summary().failed());
        assertThat(made.annotations()).isPositive();
    }

    /** Runs extract, reconcile and the report stage as the service does; the job's folder holds the artefacts. */
    private Job throughTheReportStage(Path pdf, java.util.function.Consumer<Path> beforeReport) throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(pdf);
        new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "test").extract(job));
        beforeReport.accept(job.workFolder());
        new ReportStage(store).report(job);
        return job;
    }

    private static JsonNode documentJson(Path folder) throws Exception {
        return new ObjectMapper().readTree(folder.resolve("document.json").toFile());
    }

    private static String artefactStatus(JsonNode document, String name) {
        for (JsonNode artefact : document.path("artefacts")) {
            if (artefact.path("name").asText().equals(name)) {
                return artefact.path("status").asText();
            }
        }
        return null;
    }

    @Test
    void oneArtefactThatCannotBeWrittenCostsNoOtherAndIsRecordedAndShown() throws Exception {
        // a plain file where the CSV folder should go: the CSVs cannot be written
        Job job = throughTheReportStage(Samples.pdf(Samples.named("district-2024-dept-budget.spec")), folder -> {
            try {
                Files.writeString(folder.resolve(ReportWriter.CSV_FOLDER), "in the way");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Path folder = job.workFolder();
        String html = Files.readString(folder.resolve(ReportWriter.REPORT));
        assertThat(html).as("the real report, not a page saying it could not be made").doesNotContain("id=\"report-failed\"")
                .contains("id=\"findings\"").contains("id=\"tables\"");
        assertThat(html).contains("id=\"artefacts-failed\"");
        int notice = html.indexOf("id=\"artefacts-failed\"");
        assertThat(notice).as("the failure is said near the top").isLessThan(html.indexOf("id=\"findings\""));
        assertThat(html.substring(notice, html.indexOf("</", notice + 40))).contains("tables/");
        assertThat(folder.resolve(ReportWriter.ANNOTATED)).isRegularFile();
        assertThat(folder.resolve(ReportWriter.WORKBOOK)).isRegularFile();

        JsonNode document = documentJson(folder);
        assertThat(artefactStatus(document, ReportWriter.REPORT)).isEqualTo("written");
        assertThat(artefactStatus(document, ReportWriter.ANNOTATED)).isEqualTo("written");
        assertThat(artefactStatus(document, ReportWriter.WORKBOOK)).isEqualTo("written");
        List<JsonNode> csvs = new ArrayList<>();
        document.path("artefacts").forEach(a -> {
            if (a.path("name").asText().startsWith(ReportWriter.CSV_FOLDER + "/")) {
                csvs.add(a);
            }
        });
        assertThat(csvs).hasSize(document.path("tables").size()).allSatisfy(a -> {
            assertThat(a.path("status").asText()).isEqualTo("failed");
            assertThat(a.path("reason").asText()).isNotBlank();
        });
        org.disclosure.pipeline.archive.SchemaAssert.assertValidDocument(folder.resolve("document.json"));
    }

    @Test
    void overlappingMergedHeadersNoLongerCostTheReportOrTheCsvs() throws Exception {
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Job job = store.receive(Samples.pdf(Samples.named("district-2024-dept-budget.spec")));
        new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "test").extract(job));
        DocumentRecord record = store.readDocument(job);
        List<DisclosureTable> tables = new ArrayList<>(record.tables());
        tables.add(TableExportTest.overlappingMerges());
        store.writeDocument(job, new DocumentRecord(record.schemaVersion(), record.status(), record.source(), record.document(),
                record.pages(), tables, record.requiredTables(), record.performanceTargets(), record.projects(),
                record.figures(), record.ledger(), record.summary(), record.checks(), record.processing()));
        new ReportStage(store).report(job);
        Path folder = job.workFolder();
        assertThat(Files.readString(folder.resolve(ReportWriter.REPORT))).doesNotContain("id=\"report-failed\"");
        assertThat(folder.resolve(ReportWriter.WORKBOOK)).isRegularFile();
        try (var csvs = Files.list(folder.resolve(ReportWriter.CSV_FOLDER))) {
            assertThat(csvs.count()).isEqualTo(tables.size());
        }
    }

    @Test
    void aScanSaysNothingWasCheckedAndClaimsNothingClean() throws Exception {
        Path scan = Files.write(root.resolve("scan.pdf"), HostilePdfs.imageOnly());
        String html = Files.readString(makeWithoutOcr(scan).folder().resolve(ReportWriter.REPORT));
        assertNothingCheckedClaimedClean(html);
    }

    @Test
    void theRealScannedFinalAccountsSayNothingWasChecked() throws Exception {
        Path real = Samples.shared().resolve("real/nanchang-2023-city-final-accounts-scanned.pdf");
        assumeTrue(Files.exists(real), "the real PDFs in ../shared/real");
        Made made = makeWithoutOcr(real);
        assertThat(made.record().status()).isEqualTo(DocumentStatus.NO_TEXT_LAYER);
        assertNothingCheckedClaimedClean(Files.readString(made.folder().resolve(ReportWriter.REPORT)));
    }

    private static void assertNothingCheckedClaimedClean(String html) {
        assertThat(html).doesNotContain("every check passed").doesNotContain("未发现问题")
                .doesNotContain("Every required table is present").doesNotContain("应公开的表格均已找到");
        assertThat(html).contains("未核验 Not checked").contains("no text layer");
        int notChecked = html.indexOf("未核验 Not checked");
        assertThat(notChecked).as("said at the top, before the findings' section ends").isLessThan(html.indexOf("id=\"narrative\""));
    }

    @Test
    void aTextDocumentWithoutTablesDoesNotSayEveryCheckPassed() throws Exception {
        String spec = """
                #style rulings=stroke fakebold=no font=zenhei
                #h1 某区社会福利院2024年单位预算
                #page portrait
                #p 一、收支预算总体情况说明
                #p 本单位2024年收入预算100.00万元,支出预算100.00万元。其中:基本支出80.00万元,占80.00%;项目支出20.00万元。
                """;
        Path pdf = root.resolve("no-tables.pdf");
        new DisclosurePdfWriter(DisclosureSpec.parse(spec.lines().toList())).write(pdf, "fixture");
        Made made = make(pdf);
        assertThat(made.record().tables()).isEmpty();
        assertThat(made.record().status()).isEqualTo(DocumentStatus.COMPLETE);
        String html = Files.readString(made.folder().resolve(ReportWriter.REPORT));
        assertThat(html).doesNotContain("every check passed").doesNotContain("Every required table is present");
        assertThat(html).contains("未找到表格 No table was found");
        // the checks that could run are named
        for (Check check : made.record().checks()) {
            assertThat(html).contains(check.rule());
        }
    }

    @Test
    void aFindingGivesItsFiguresWithTheirUnitSaysWhichArePrintedAndWhichComputed() throws Exception {
        Made made = make(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")));
        String html = Files.readString(made.folder().resolve(ReportWriter.REPORT));
        String project = article(html, "群众工作经费");
        // 7万元 as the narrative prints it; 41.2万元 computed from its description
        assertThat(project).doesNotContain("412000").doesNotContain(".0<").doesNotContain("70000");
        assertThat(project).contains("印刷值 Printed").contains("7万元").contains("计算值 Computed").contains("41.2 万元")
                .contains("-34.2 万元");
        // a rounding finding on a table cell: the cell's printed text, the table's unit, the sum it was held against
        String rounding = html.substring(html.indexOf("class=\"finding warn\""));
        rounding = rounding.substring(0, rounding.indexOf("</article>"));
        assertThat(rounding).contains("印刷值 Printed").contains("万元").containsPattern("计算值 Computed \\(\\d+ 项之和 sum of \\d+ ");
    }

    @Test
    void aRealRoundingFindingShowsThePrintedTextAndTheUnit() throws Exception {
        Path real = Samples.shared().resolve("real/shanghai-putuo-justice-2026-unit-budget.pdf");
        assumeTrue(Files.exists(real), "the real PDFs in ../shared/real");
        String html = Files.readString(make(real).folder().resolve(ReportWriter.REPORT));
        // 合计 printed in whole 元 over classes in fen: a rounding warning, its figures as printed, with their unit
        String finding = article(html, "「22,118,861」");
        assertThat(finding).contains("class=\"finding warn\"").contains("22,118,861.34 元").doesNotContain("22118861.34<");
    }

    private static String article(String html, String containing) {
        for (String article : html.split("<article ")) {
            if (article.contains(containing)) {
                return article.substring(0, article.indexOf("</article>"));
            }
        }
        throw new AssertionError("no finding about " + containing);
    }

    private static boolean hasRed(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 1) {
            for (int x = 0; x < image.getWidth(); x += 1) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 180 && g < 80 && b < 80) {
                    return true;
                }
            }
        }
        return false;
    }

}
