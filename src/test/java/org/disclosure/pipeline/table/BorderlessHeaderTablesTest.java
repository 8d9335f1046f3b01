package org.disclosure.pipeline.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.table.GlyphRuns.run;
import static org.disclosure.pipeline.table.GlyphRuns.width;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.PageModel;
import org.junit.jupiter.api.Test;

/**
 * Borderless tables laid out as a browser prints them (labels centred in their cells, a label
 * spanning the header's rows centred between them, figures right-aligned): a table with a single
 * row of figures and an empty table (header and 合计 row only) under their 单位 line are tables,
 * their columns told by the header's lowest labels; the same lines with no 单位 line above them
 * are not; and a header label wrapped over two lines of its cell is one label.
 */
class BorderlessHeaderTablesTest {

    @Test
    void aHeaderAndOneRowOfFiguresUnderItsUnitLineIsATable() {
        List<Glyph> glyphs = new ArrayList<>(unitLine(119));
        double[] edges = {54, 123, 214, 294, 386, 477, 557};
        centred(glyphs, "公务用车购置及运行费", edges[2], edges[5], 132);
        centred(glyphs, "合计", edges[0], edges[1], 141);
        centred(glyphs, "因公出国(境)费", edges[1], edges[2], 141);
        centred(glyphs, "公务接待费", edges[5], edges[6], 141);
        centred(glyphs, "合计", edges[2], edges[3], 150);
        centred(glyphs, "公务用车购置费", edges[3], edges[4], 150);
        centred(glyphs, "公务用车运行费", edges[4], edges[5], 150);
        right(glyphs, "140", edges[1], 169);
        right(glyphs, "100", edges[3], 169);
        right(glyphs, "100", edges[5], 169);
        right(glyphs, "40", edges[6], 169);

        List<PageTable> tables = StreamExtractor.extract(page(glyphs), List.of());

        assertThat(tables).hasSize(1);
        PageTable table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(6);
        assertThat(texts(table.rows().get(0))).containsExactly("合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费");
        assertThat(table.rows().get(0).get(2).colSpan()).isEqualTo(3);
        assertThat(texts(table.rows().get(2))).containsExactly("140", "", "100", "", "100", "40");
    }

    @Test
    void anEmptyTableIsItsHeaderAndTotalRowButNotTheNoteBelowIt() {
        List<Glyph> glyphs = new ArrayList<>(unitLine(259));
        double[] edges = {45, 77, 109, 141, 343, 412, 481, 550};
        emptyTable(glyphs, edges);
        glyphs.addAll(run("备注:本单位无政府性基金预算支出,此表为空表。", 60, 362));

        List<PageTable> tables = StreamExtractor.extract(page(glyphs), List.of());

        assertThat(tables).hasSize(1);
        PageTable table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(7);
        assertThat(table.rows()).hasSize(4);
        assertThat(texts(table.rows().get(0))).containsExactly("项目", "政府性基金预算支出");
        assertThat(texts(table.rows().get(1))).containsExactly("功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出");
        assertThat(texts(table.rows().get(2))).containsExactly("类", "款", "项", "", "", "", "");
        assertThat(texts(table.rows().get(3))).containsExactly("合计", "", "", "", "", "", "");
    }

    @Test
    void headerLinesWithoutFiguresAndWithoutAUnitLineAboveAreNoTable() {
        List<Glyph> glyphs = new ArrayList<>();
        emptyTable(glyphs, new double[] {45, 77, 109, 141, 343, 412, 481, 550});

        assertThat(StreamExtractor.extract(page(glyphs), List.of())).isEmpty();
    }

    @Test
    void aHeaderLabelWrappedInItsCellIsOneLabel() {
        List<Glyph> glyphs = new ArrayList<>(unitLine(119));
        double[] edges = {45, 80, 115, 325, 398, 471, 550};
        centred(glyphs, "项目", edges[0], edges[3], 132);
        centred(glyphs, "一般公共预算基本支出", edges[3], edges[6], 132);
        centred(glyphs, "经济分类科目编", edges[0], edges[2], 151);
        centred(glyphs, "码", edges[0], edges[2], 162);
        centred(glyphs, "经济分类科目名称", edges[2], edges[3], 162);
        centred(glyphs, "合计", edges[3], edges[4], 162);
        centred(glyphs, "人员经费", edges[4], edges[5], 162);
        centred(glyphs, "公用经费", edges[5], edges[6], 162);
        centred(glyphs, "类", edges[0], edges[1], 181);
        centred(glyphs, "款", edges[1], edges[2], 181);
        double y = 200;
        for (String[] row : new String[][] {{"301", "", "工资福利支出", "1089.40", "1089.40", ""},
                {"301", "01", "基本工资", "324.15", "324.15", ""}, {"302", "", "商品和服务支出", "184.11", "", "184.11"},
                {"302", "01", "办公费", "26.90", "", "26.90"}}) {
            centred(glyphs, row[0], edges[0], edges[1], y);
            if (!row[1].isEmpty()) {
                centred(glyphs, row[1], edges[1], edges[2], y);
            }
            glyphs.addAll(run(row[2], edges[2] + 3, y));
            for (int c = 3; c < 6; c++) {
                if (!row[c].isEmpty()) {
                    right(glyphs, row[c], edges[c + 1], y);
                }
            }
            y += 19;
        }

        List<PageTable> tables = StreamExtractor.extract(page(glyphs), List.of());

        assertThat(tables).hasSize(1);
        List<List<Cell>> rows = tables.get(0).rows();
        assertThat(texts(rows.get(0))).containsExactly("项目", "一般公共预算基本支出");
        assertThat(texts(rows.get(1))).containsExactly("经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费");
        assertThat(rows.get(1).get(0).colSpan()).isEqualTo(2);
        assertThat(texts(rows.get(2))).startsWith("类", "款");
        assertThat(texts(rows.get(3))).containsExactly("301", "", "工资福利支出", "1089.40", "1089.40", "");
    }

    /**
     * As LibreOffice prints 一般公共预算基本支出情况表: 经济分类科目编码 spans the two lower header rows and
     * wraps over three lines centred in them, so its first line stands alone a header row's padding
     * under the top row, wider apart than the lines of a wrapped label. It is still the header of
     * the table under the 单位 line, not the end of a block that leaves the table without its title.
     * Positions are LibreOffice's (its 11-point line boxes), scaled to this test's 9-point glyphs.
     */
    @Test
    void aLabelSpanningTheLowerHeaderRowsStandingAloneUnderTheTopRowIsHeader() {
        List<Glyph> glyphs = new ArrayList<>();
        lo(glyphs, "单位:万元", 502.1, 121.4);
        lo(glyphs, "项目", 138.4, 140.4);
        lo(glyphs, "一般公共预算基本支出", 282.5, 140.4);
        lo(glyphs, "经济分", 51.5, 158.1);
        lo(glyphs, "类科目", 51.5, 172.9);
        lo(glyphs, "经济分类科目名称", 128.0, 181.7);
        lo(glyphs, "合计", 271.3, 181.7);
        lo(glyphs, "人员经费", 318.1, 181.7);
        lo(glyphs, "公用经费", 373.3, 181.7);
        lo(glyphs, "编码", 57.0, 187.8);
        lo(glyphs, "类", 53.1, 205.4);
        lo(glyphs, "款", 75.7, 205.4);
        double top = 223.1;
        for (String[] row : new String[][] {{"301", "", "工资福利支出", "1089.40", "1089.40", ""},
                {"301", "01", "基本工资", "324.15", "324.15", ""}, {"302", "", "商品和服务支出", "184.11", "", "184.11"}}) {
            lo(glyphs, row[0], 50.6, top);
            if (!row[1].isEmpty()) {
                lo(glyphs, row[1], 76.0, top);
            }
            lo(glyphs, row[2], 92.0, top);
            double[] rights = {309.7, 367.5, 420.0};
            for (int c = 3; c < 6; c++) {
                if (!row[c].isEmpty()) {
                    glyphs.addAll(run(row[c], rights[c - 3] * LO_SCALE - width(row[c]), top * LO_SCALE + 7.5));
                }
            }
            top += 17.6;
        }

        List<PageTable> tables = StreamExtractor.extract(page(glyphs), List.of());

        assertThat(tables).hasSize(1);
        List<List<Cell>> rows = tables.get(0).rows();
        assertThat(texts(rows.get(0))).containsExactly("项目", "一般公共预算基本支出");
        assertThat(texts(rows.get(1))).containsExactly("经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费");
        assertThat(texts(rows.get(3))).containsExactly("301", "", "工资福利支出", "1089.40", "1089.40", "");
    }

    /** LibreOffice's 11-point line boxes, scaled to the 9-point glyphs of these tests. */
    private static final double LO_SCALE = 9.0 / 11;

    private static void lo(List<Glyph> glyphs, String text, double x, double top) {
        glyphs.addAll(run(text, x * LO_SCALE, top * LO_SCALE + 7.5));
    }

    @Test
    void labelsWrappedAroundTheirRowsLineStayInTheRowAndEmptyColumnsKeepTheirHeader() {
        List<Glyph> glyphs = new ArrayList<>(unitLine(119));
        double[] edges = {54, 80, 106, 132, 200, 270, 320, 370, 420, 470};
        centred(glyphs, "科目编码", edges[0], edges[3], 132);
        String[] leaves = {"科目名称", "项目名称", "合计", "工资福利", "商品服务", "其他支出"};
        for (int c = 0; c < leaves.length; c++) {
            centred(glyphs, leaves[c], edges[c + 3], edges[c + 4], 141);
        }
        centred(glyphs, "类", edges[0], edges[1], 150);
        centred(glyphs, "款", edges[1], edges[2], 150);
        centred(glyphs, "项", edges[2], edges[3], 150);
        // a label on two lines around its row's line, then one on three lines, centred likewise
        glyphs.addAll(run("一般公共服务支", edges[3] + 3, 176));
        centred(glyphs, "201", edges[0], edges[1], 182.7);
        right(glyphs, "157", edges[6], 182.7);
        right(glyphs, "157", edges[8], 182.7);
        glyphs.addAll(run("出", edges[3] + 3, 189.4));
        glyphs.addAll(run("其他政府办公厅", edges[3] + 3, 207.5));
        centred(glyphs, "201", edges[0], edges[1], 220.2);
        centred(glyphs, "03", edges[1], edges[2], 220.2);
        centred(glyphs, "99", edges[2], edges[3], 220.2);
        glyphs.addAll(run("及相关机构事", edges[3] + 3, 220.2));
        glyphs.addAll(run("机场设施租赁费", edges[4] + 3, 220.2));
        right(glyphs, "60", edges[6], 220.2);
        right(glyphs, "60", edges[8], 220.2);
        glyphs.addAll(run("务支出", edges[3] + 3, 232.9));
        glyphs.addAll(run("合计", edges[0] + 3, 251.6));
        right(glyphs, "157", edges[6], 251.6);
        right(glyphs, "157", edges[8], 251.6);

        List<PageTable> tables = StreamExtractor.extract(page(glyphs), List.of());

        assertThat(tables).hasSize(1);
        PageTable table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(9);
        assertThat(texts(table.rows().get(0))).containsExactly("科目编码", "科目名称", "项目名称", "合计", "工资福利", "商品服务", "其他支出");
        assertThat(texts(table.rows().get(2))).containsExactly("201", "", "", "一般公共服务支出", "", "157", "", "157", "");
        assertThat(texts(table.rows().get(3)))
                .containsExactly("201", "03", "99", "其他政府办公厅及相关机构事务支出", "机场设施租赁费", "60", "", "60", "");
        assertThat(table.rows()).hasSize(5);
    }

    /**
     * 财政拨款收支预算总体情况表 as Chromium prints it: the header shows seven columns, the body fewer
     * (only two rows of 支出 figures), and the codes and names of 201 一般公共服务支出 stand
     * left-aligned in the 功能分类 cell, right after the 合计 column's figures. The midpoint
     * between the labels 合计 and 功能分类 falls between code and name; the edge must lie in the
     * whitespace the body leaves on every row, where the 合计 cell ends.
     */
    @Test
    void anEdgeBetweenHeaderLabelsNeverCutsTheBodysTextAndLiesWhereTheCellsCentreSaysItEnds() {
        List<Glyph> glyphs = new ArrayList<>(run("单位:万元", 744, 119));
        // a landscape page's cells, as Chromium lays out the fixture's widths 150 60 170 60 70 70 70
        double[] edges = {51, 221.6, 290, 483, 551.8, 631, 711, 790.4};
        centred(glyphs, "财政拨款收入", edges[0], edges[2], 132);
        centred(glyphs, "财政拨款支出", edges[2], edges[7], 132);
        String[] leaves = {"项目", "合计", "功能分类", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"};
        for (int c = 0; c < leaves.length; c++) {
            centred(glyphs, leaves[c], edges[c], edges[c + 1], 151);
        }
        String[][] rows = {{"财政拨款(补助)", "1503.16", "201", "一般公共服务支出", "1503.16", "1503.16"},
                {"一般公共预算", "1503.16", "202", "外交支出", "", ""}, {"政府性基金预算", "", "203", "国防支出", "", ""},
                {"国有资本经营预算", "", "204", "公共安全支出", "", ""}, {"", "", "205", "教育支出", "", ""}};
        double y = 170;
        for (String[] row : rows) {
            glyphs.addAll(run(row[0], edges[0] + 3, y));
            if (!row[1].isEmpty()) {
                right(glyphs, row[1], edges[2], y);
            }
            // the code and the name with a narrow space between them, as one left-aligned text
            glyphs.addAll(run(row[2], edges[2] + 3, y));
            glyphs.addAll(run(row[3], edges[2] + 3 + width(row[2]) + 2.7, y));
            for (int c = 4; c < 6; c++) {
                if (!row[c].isEmpty()) {
                    right(glyphs, row[c], edges[c], y);
                }
            }
            y += 19;
        }

        List<PageTable> tables = StreamExtractor.extract(page(glyphs), List.of());

        assertThat(tables).hasSize(1);
        PageTable table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(7);
        assertThat(texts(table.rows().get(0))).containsExactly("财政拨款收入", "财政拨款支出");
        assertThat(texts(table.rows().get(2)))
                .containsExactly("财政拨款(补助)", "1503.16", "201一般公共服务支出", "1503.16", "1503.16", "", "");
        assertThat(texts(table.rows().get(6))).containsExactly("", "", "205教育支出", "", "", "", "");
    }

    /** 政府性基金预算支出情况表 with no rows: three header levels and the 合计 row. */
    private static void emptyTable(List<Glyph> glyphs, double[] edges) {
        centred(glyphs, "项目", edges[0], edges[4], 277);
        centred(glyphs, "政府性基金预算支出", edges[4], edges[7], 277);
        centred(glyphs, "功能分类科目编码", edges[0], edges[3], 296);
        centred(glyphs, "功能分类科目名称", edges[3], edges[4], 305);
        centred(glyphs, "合计", edges[4], edges[5], 305);
        centred(glyphs, "基本支出", edges[5], edges[6], 305);
        centred(glyphs, "项目支出", edges[6], edges[7], 305);
        centred(glyphs, "类", edges[0], edges[1], 314);
        centred(glyphs, "款", edges[1], edges[2], 314);
        centred(glyphs, "项", edges[2], edges[3], 314);
        glyphs.addAll(run("合计", edges[0] + 3, 333));
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(c -> c.text().replace(" ", "")).toList();
    }

    private static PageModel page(List<Glyph> glyphs) {
        return new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);
    }

    private static List<Glyph> unitLine(double baseline) {
        return run("单位:万元", 500, baseline);
    }

    private static void centred(List<Glyph> glyphs, String text, double left, double right, double baseline) {
        glyphs.addAll(run(text, (left + right - width(text)) / 2, baseline));
    }

    private static void right(List<Glyph> glyphs, String text, double cellRight, double baseline) {
        glyphs.addAll(run(text, cellRight - 3 - width(text), baseline));
    }
}
