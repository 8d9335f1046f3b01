package org.disclosure.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.table.TableQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheets are safe to open and cannot be broken by what a table holds. */
class TableExportTest {

    @TempDir
    Path folder;

    static DisclosureCell text(String text, int row, int column, int rowSpan, int colSpan) {
        return new DisclosureCell(text, null, null, null, null, 1, new Box(10.0, 10.0, 20.0, 20.0), row, column, rowSpan, colSpan);
    }

    static DisclosureCell figure(String text, String value, boolean percent, int row, int column) {
        return new DisclosureCell(text, new BigDecimal(value), percent ? Boolean.TRUE : null, null, null, 1,
                new Box(10.0, 10.0, 20.0, 20.0), row, column, 1, 1);
    }

    static DisclosureTable table(String id, int columns, int headerRows, List<List<DisclosureCell>> rows) {
        return new DisclosureTable(id, "测试表", "万元", null, List.of(1), columns, headerRows, true,
                java.util.Collections.nCopies(columns, "c"), java.util.Collections.nCopies(columns, (String) null),
                new TableQuality(true, 0, 0), null, List.of(), rows);
    }

    /** A cell of text meant to run in a spreadsheet, and figures that really are negative. */
    private static DisclosureTable hostile() {
        return table("t1", 8, 0, List.of(
                List.of(text("=HYPERLINK(\"http://example.invalid\",\"点击\")", 0, 0, 1, 1), text("+1+1", 0, 1, 1, 1),
                        text("@SUM(A1)", 0, 2, 1, 1), text("\tcmd", 0, 3, 1, 1), text("\r=1", 0, 4, 1, 1),
                        text("-2+3", 0, 5, 1, 1), text("-", 0, 6, 1, 1), text("合计", 0, 7, 1, 1)),
                List.of(figure("-12.50", "-12.50", false, 1, 0), figure("-3.2%", "-3.2", true, 1, 1),
                        figure("1, 089. 40", "1089.40", false, 1, 2), text("201", 1, 3, 1, 1))));
    }

    @Test
    void csvCellsThatAFormulaCouldStartWithAreNeutralisedButNegativeFiguresStayNumbers() throws Exception {
        Path csv = folder.resolve("t1.csv");
        TableExport.csv(hostile(), csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String raw = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = raw.split("\r\n");
        // OWASP: a leading single quote, and the field quoted
        assertThat(lines[0]).startsWith("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\",\"'+1+1\",\"'@SUM(A1)\",\"'\tcmd\",\"'\r=1\",\"'-2+3\"");
        // a figure the pipeline read as a number is written as that number, unquoted
        assertThat(lines[1]).startsWith("-12.50,-3.2,1089.40,");

        List<List<String>> read = read(csv);
        assertThat(read.get(0)).containsExactly("'=HYPERLINK(\"http://example.invalid\",\"点击\")", "'+1+1", "'@SUM(A1)",
                "'\tcmd", "'\r=1", "'-2+3", "-", "合计");
        assertThat(read.get(1)).startsWith("-12.50", "-3.2", "1089.40", "201");
        for (List<String> row : read) {
            for (String cell : row) {
                assertThat(cell).as("no cell of the CSV starts a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                if (cell.startsWith("-")) {
                    assertThat(cell).matches("-|-[0-9.]+");
                }
            }
        }
    }

    @Test
    void xlsxWritesFormulaLookingTextAsAStringNotAFormula() throws Exception {
        Path xlsx = folder.resolve("t.xlsx");
        TableExport.xlsx(List.of(hostile()), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            Cell hyperlink = rows.get(0).getCell(0);
            assertThat(hyperlink.getType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getFormula()).isNull();
            assertThat(hyperlink.asString()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"点击\")");
            assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(1).getCell(0).asNumber()).isEqualByComparingTo("-12.50");
        }
        assertThat(sheetXml(xlsx, 1)).doesNotContain("<f>").doesNotContain("<f ");
    }

    /** Two merged header cells that overlap (A1:B2 and B2:C2), as a misread ruling can produce. */
    static DisclosureTable overlappingMerges() {
        return table("t9", 3, 2, List.of(
                List.of(text("项目", 0, 0, 2, 2), text("金额", 0, 2, 1, 1)),
                List.of(text("本年", 1, 1, 1, 2)),
                List.of(text("合计", 2, 0, 1, 1), text("-", 2, 1, 1, 1), figure("12.00", "12.00", false, 2, 2))));
    }

    @Test
    void overlappingMergesAreResolvedNotThrown() throws Exception {
        Path xlsx = folder.resolve("merged.xlsx");
        TableExport.xlsx(List.of(overlappingMerges()), xlsx);
        List<String> merges = new ArrayList<>();
        Matcher m = Pattern.compile("<mergeCell ref=\"([A-Z0-9:]+)\"").matcher(sheetXml(xlsx, 1));
        while (m.find()) {
            merges.add(m.group(1));
        }
        // the earlier merge is kept; the later one, which overlaps it, is written as a plain cell
        assertThat(merges).containsExactly("A1:B2");
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("项目");
            assertThat(rows.get(1).getCell(1).asString()).isEqualTo("本年");
            assertThat(rows.get(2).getCell(2).asNumber()).isEqualByComparingTo("12.00");
        }
    }

    private static List<List<String>> read(Path csv) throws Exception {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        String content = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(content)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    private static String sheetXml(Path xlsx, int sheet) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheet + ".xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
