package org.disclosure.pipeline.reconcile.crossdoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentModeller;
import org.disclosure.pipeline.fixtures.DisclosurePdfWriter;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.ledger.LedgerKeeper;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.table.TableExtractor;

/**
 * Families of generated disclosures for the checks across documents: one unit's budgets of two years,
 * a 部门 and its 单位, a 决算 and its 预算. Each is rendered to PDF and read back by the real extraction,
 * model and ledger; {@link #archive} files its record as the archive stage leaves it.
 */
public final class CrossDocumentFixtures {

    public static final String UNIT = "上海市普陀区示范局";

    private CrossDocumentFixtures() {
    }

    /** A document as read, with its ledger. */
    record Read(DisclosureDocument document, FigureLedger ledger) {
    }

    /**
     * A budget (kind 部门预算 or 单位预算) whose 一般公共预算 table prints, for 201 / 20103 / 2010301 and the
     * total, last year's figure and this year's (合计, 基本, 项目), in {@code unit} of money.
     *
     * @param rows each row: code, name, 上年预算数, 本年合计, 基本支出, 项目支出 (as printed)
     */
    public static String budget(String unit, int year, String kind, String moneyUnit, String members, String[]... rows) {
        StringBuilder spec = new StringBuilder("#style rulings=stroke\n#h1 " + unit + year + "年" + kind + "\n")
                .append("#p 预算主管部门：").append(unit).append("\n");
        if (members != null) {
            spec.append("#p ").append(members).append("\n");
        }
        spec.append("#page portrait\n#table\ntitle: ").append(year).append("年一般公共预算支出功能分类预算表\n")
                .append("prepared: ").append(unit).append("\nunit: ").append(moneyUnit).append("\nwidths: 70 170 80 80 80 80\nheader: 2\n--\n")
                .append("功能分类科目编码{r2}\t功能分类科目名称{r2}\t上年预算数{r2}\t本年预算数{c3}\n")
                .append("合计\t基本支出\t项目支出\n");
        for (String[] row : rows) {
            spec.append(String.join("\t", row)).append("\n");
        }
        return spec.append("#end\n").toString();
    }

    /** A 决算 whose 一般公共预算 table prints 年初预算数 beside the 决算数 (合计, 基本, 项目). */
    static String finalAccount(String unit, int year, String kind, String moneyUnit, String[]... rows) {
        StringBuilder spec = new StringBuilder("#style rulings=stroke\n#h1 " + unit + year + "年度" + kind + "\n")
                .append("#p 单位名称：").append(unit).append("\n");
        spec.append("#page portrait\n#table\ntitle: 一般公共预算财政拨款支出决算表\n")
                .append("prepared: ").append(unit).append("\nunit: ").append(moneyUnit).append("\nwidths: 70 170 80 80 80 80\nheader: 2\n--\n")
                .append("功能分类科目编码{r2}\t功能分类科目名称{r2}\t年初预算数{r2}\t决算数{c3}\n")
                .append("合计\t基本支出\t项目支出\n");
        for (String[] row : rows) {
            spec.append(String.join("\t", row)).append("\n");
        }
        return spec.append("#end\n").toString();
    }

    public static String[] row(String... cells) {
        return cells;
    }

    /** The spec rendered to {@code pdf}, as a drop for the inbox. */
    public static Path render(String spec, Path pdf) throws IOException {
        new DisclosurePdfWriter(DisclosureSpec.parse(spec.lines().toList())).write(pdf, "fixture");
        return pdf;
    }

    static Read read(String spec, Path folder) throws Exception {
        Path pdf = Files.createTempFile(folder, "family", ".pdf");
        new DisclosurePdfWriter(DisclosureSpec.parse(spec.lines().toList())).write(pdf, "fixture");
        return readPdf(pdf);
    }

    /** A PDF read by the real extraction, model and ledger. */
    static Read readPdf(Path pdf) throws Exception {
        ParsedPdf parsed = new PdfReader(500).read(pdf);
        List<Table> tables = new TableExtractor().extract(parsed.pages());
        DisclosureDocument document = new DocumentModeller().model(parsed, tables);
        return new Read(document, LedgerKeeper.account(parsed.pages(), tables, document.figures()));
    }

    /** Files the document's record in {@code archive}/{@code name}/document.json, as an archived document lies. */
    static void archive(Read read, Path archive, String name) throws IOException {
        DisclosureDocument d = read.document();
        DocumentRecord record = new DocumentRecord(DocumentRecord.SCHEMA_VERSION, DocumentStatus.COMPLETE, null,
                d.identity(), d.pages(), d.tables(), d.requiredTables(), d.performanceTargets(), d.projects(), d.figures(),
                read.ledger(), null, List.of(), null);
        Path folder = Files.createDirectories(archive.resolve(name));
        Files.write(folder.resolve(ArchiveLayout.DOCUMENT_JSON), DocumentFile.bytes(record));
    }
}
