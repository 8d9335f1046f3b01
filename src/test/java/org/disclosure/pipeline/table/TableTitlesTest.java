package org.disclosure.pipeline.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.disclosure.pipeline.fixtures.FixtureFonts;
import org.disclosure.pipeline.pdf.PdfReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a table's title is printed, on small generated pages: above it, under it as a qualifier,
 * at the foot of the page before, or only as the title of the table it continues; and a table
 * with none says why.
 */
class TableTitlesTest {

    private static final float TOP = 780;
    private static final String[][] HEADER = {{"项目", "预算数", "决算数"}};
    private static final String[][] BODY = {{"一般公共服务支出", "120", "118"}, {"教育支出", "300", "296"}};

    @TempDir
    Path folder;

    private PDDocument doc;
    private PDType0Font font;
    private final List<PDPageContentStream> pages = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        doc = new PDDocument();
        font = FixtureFonts.load(doc, "zenhei");
    }

    @Test
    void aTitleAtTheFootOfThePageBeforeTitlesTheTableOpeningTheNext() throws Exception {
        PDPageContentStream first = page();
        text(first, 72, TOP, 12, "一、收支总体情况");
        text(first, 72, TOP - 20, 12, "本年收入与支出均较上年有所增加，具体见下表。");
        text(first, 180, 120, 16, "表3  一般公共预算支出决算表");
        text(first, 450, 100, 10, "单位：万元");
        text(first, 290, 40, 10, "— 5 —");
        PDPageContentStream second = page();
        grid(second, 72, TOP, concat(HEADER, BODY));

        List<Table> tables = extract();

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("一般公共预算支出决算表");
            assertThat(t.unit()).isEqualTo("万元");
            assertThat(t.untitledReason()).isNull();
        });
    }

    @Test
    void aQualifierUnderATitleIsPartOfIt() throws Exception {
        PDPageContentStream page = page();
        text(page, 120, TOP, 16, "2022年市对下专项转移支付决算表");
        text(page, 190, TOP - 22, 12, "（含省对下转移支付）");
        grid(page, 72, TOP - 60, concat(HEADER, BODY));

        assertThat(extract()).extracting(Table::title).containsExactly("2022年市对下专项转移支付决算表（含省对下转移支付）");
    }

    @Test
    void aContinuationSetWithTheFacingPagesMarginJoinsItsTable() throws Exception {
        PDPageContentStream first = page();
        text(first, 160, TOP, 16, "一般公共预算支出决算表");
        grid(first, 72, TOP - 40, concat(HEADER, BODY));
        PDPageContentStream second = page();
        grid(second, 92, TOP, new String[][] {{"卫生健康支出", "80", "79"}, {"合计", "500", "493"}});

        List<Table> tables = extract();

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("一般公共预算支出决算表");
            assertThat(t.pages()).containsExactly(1, 2);
            assertThat(t.rows()).hasSize(5);
            assertThat(t.rows().get(4)).extracting(Cell::column).containsExactly(0, 1, 2);
        });
    }

    @Test
    void aContinuationRepeatingItsHeaderOverOtherColumnsKeepsTheTitle() throws Exception {
        PDPageContentStream first = page();
        text(first, 160, TOP, 16, "一般公共预算支出决算表");
        grid(first, 72, TOP - 40, concat(HEADER, BODY));
        PDPageContentStream second = page();
        grid(second, 72, TOP, concat(HEADER, new String[][] {{"卫生健康支出", "80", "79"}}), 200, 110, 110);

        List<Table> tables = extract();

        assertThat(tables).extracting(Table::title).containsExactly("一般公共预算支出决算表", "一般公共预算支出决算表");
        assertThat(tables.get(1).pages()).containsExactly(2);
    }

    @Test
    void aTableWithNoTitleSaysWhy() throws Exception {
        PDPageContentStream page = page();
        text(page, 72, TOP, 12, "纳入本部门2024年度部门决算编制范围的单位包括：");
        grid(page, 72, TOP - 30, concat(new String[][] {{"序号", "单位名称", "备注"}}, new String[][] {{"1", "本级", ""}}));
        PDPageContentStream bare = page();
        grid(bare, 72, TOP, concat(new String[][] {{"编号", "名称", "说明"}}, new String[][] {{"1", "本级", ""}}), 60, 250, 100);
        PDPageContentStream continued = page();
        grid(continued, 72, TOP, concat(new String[][] {{"编号", "名称", "说明"}}, new String[][] {{"2", "下属", ""}}), 80, 230, 100);

        List<Table> tables = extract();

        assertThat(tables).extracting(Table::title).containsOnlyNulls();
        assertThat(tables.get(0).untitledReason()).isEqualTo("the line above it is not a title: 纳入本部门2024年度部门决算编制范围的单位包括：");
        assertThat(tables.get(1).untitledReason()).isEqualTo("nothing is printed above it");
        assertThat(tables.get(2).untitledReason()).isEqualTo("it continues a table without a title");
    }

    @Test
    void aTableNumberAloneStillNamesIt() throws Exception {
        PDPageContentStream page = page();
        text(page, 72, TOP, 14, "附表3");
        grid(page, 72, TOP - 30, concat(HEADER, BODY));

        assertThat(extract()).extracting(Table::title).containsExactly("附表3");
    }

    private PDPageContentStream page() throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDPageContentStream out = new PDPageContentStream(doc, page);
        pages.add(out);
        return out;
    }

    private List<Table> extract() throws Exception {
        for (PDPageContentStream out : pages) {
            out.close();
        }
        Path file = folder.resolve("tables.pdf");
        doc.save(file.toFile());
        doc.close();
        return new TableExtractor().extract(new PdfReader(10).read(file).pages());
    }

    private void text(PDPageContentStream out, float x, float y, float size, String text) throws Exception {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** A ruled grid whose top-left corner is (x, top) in PDF space, 20 points a row. */
    private void grid(PDPageContentStream out, float x, float top, String[][] rows) throws Exception {
        grid(out, x, top, rows, 200, 120, 120);
    }

    private void grid(PDPageContentStream out, float x, float top, String[][] rows, float... widths) throws Exception {
        float rowHeight = 20;
        float width = 0;
        for (float w : widths) {
            width += w;
        }
        for (int r = 0; r <= rows.length; r++) {
            out.moveTo(x, top - r * rowHeight);
            out.lineTo(x + width, top - r * rowHeight);
        }
        float edge = x;
        for (int c = 0; c <= widths.length; c++) {
            out.moveTo(edge, top);
            out.lineTo(edge, top - rows.length * rowHeight);
            edge += c < widths.length ? widths[c] : 0;
        }
        out.stroke();
        for (int r = 0; r < rows.length; r++) {
            float cellX = x;
            for (int c = 0; c < widths.length; c++) {
                if (!rows[r][c].isEmpty()) {
                    text(out, cellX + 4, top - (r + 1) * rowHeight + 6, 10, rows[r][c]);
                }
                cellX += widths[c];
            }
        }
    }

    private static String[][] concat(String[][] a, String[][] b) {
        String[][] all = new String[a.length + b.length][];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
