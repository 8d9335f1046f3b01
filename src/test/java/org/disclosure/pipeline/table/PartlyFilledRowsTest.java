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
 * A borderless 收支总表 whose 支出 side runs on below the last 收入 row: those rows print one cell
 * each, aligned with the 支出 column, and stay rows of the table; a note under the table does not.
 */
class PartlyFilledRowsTest {

    @Test
    void rowsFillingOneColumnBetweenFullRowsBelongToTheTable() {
        List<Glyph> glyphs = new ArrayList<>();
        double y = 100;
        y = row(glyphs, y, "财政拨款(补助)", "1503.16", "201 一般公共服务支出", "1503.16");
        y = row(glyphs, y, "一般公共预算", "1503.16", "202 外交支出", null);
        y = row(glyphs, y, "事业收入", null, "203 国防支出", null);
        y = row(glyphs, y, null, null, "204 公共安全支出", null);
        y = row(glyphs, y, null, null, "205 教育支出", null);
        y = row(glyphs, y, "本年收入小计", "1503.16", "本年支出小计", "1503.16");
        y = row(glyphs, y, "收入总计", "1503.16", "支出总计", "1503.16");
        glyphs.addAll(run("注：本表为示例。", 50, y));
        PageModel page = new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);

        List<PageTable> tables = StreamExtractor.extract(page, List.of());

        assertThat(tables).hasSize(1);
        List<List<Cell>> rows = tables.get(0).rows();
        assertThat(rows).hasSize(7);
        assertThat(rows.get(3).stream().map(c -> c.text().replace(" ", "")).toList())
                .containsExactly("", "", "204公共安全支出", "");
        assertThat(rows.get(6).get(0).text()).isEqualTo("收入总计");
    }

    @Test
    void rowsFillingOneLaterColumnAtTheFootOfThePageEndTheTable() {
        List<Glyph> glyphs = new ArrayList<>();
        double y = 100;
        y = row(glyphs, y, "财政拨款(补助)", "1503.16", "201 一般公共服务支出", "1503.16");
        y = row(glyphs, y, "一般公共预算", "1503.16", "202 外交支出", null);
        y = row(glyphs, y, "事业收入", null, "203 国防支出", null);
        y = row(glyphs, y, null, null, "204 公共安全支出", null);
        row(glyphs, y, null, null, "205 教育支出", null);
        PageModel page = new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);

        List<PageTable> tables = StreamExtractor.extract(page, List.of());

        assertThat(tables).hasSize(1);
        List<List<Cell>> rows = tables.get(0).rows();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4).stream().map(c -> c.text().replace(" ", "")).toList())
                .containsExactly("", "", "205教育支出", "");
    }

    /**
     * As LibreOffice prints it: the first row's 支出 label wraps (一般公共服务支 / 出) and its figure too
     * (1503. / 16), both vertically centred around the line of the 收入 side, so the row's first
     * line of figures leaves the first column empty. That line says nothing of where the first
     * column ends: the rows running on below in the 支出 column alone still end the table.
     */
    @Test
    void aRowWrappedAboveItsLineOfFiguresDoesNotHideWhereTheFirstColumnEnds() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("201 一般公共服务支", 280, 100));
        glyphs.addAll(run("1503.", 500 - width("1503."), 100));
        glyphs.addAll(run("财政拨款(补助)", 50, 107.4));
        glyphs.addAll(run("1503.16", 250 - width("1503.16"), 107.4));
        glyphs.addAll(run("出", 280, 114.8));
        glyphs.addAll(run("16", 500 - width("16"), 114.8));
        double y = 132;
        y = row(glyphs, y, "一般公共预算", "1503.16", "202 外交支出", null);
        y = row(glyphs, y, "事业收入", null, "203 国防支出", null);
        y = row(glyphs, y, null, null, "204 公共安全支出", null);
        row(glyphs, y, null, null, "205 教育支出", null);
        PageModel page = new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);

        List<PageTable> tables = StreamExtractor.extract(page, List.of());

        assertThat(tables).hasSize(1);
        List<List<Cell>> rows = tables.get(0).rows();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).stream().map(c -> c.text().replace(" ", "")).toList())
                .containsExactly("财政拨款(补助)", "1503.16", "201一般公共服务支出", "1503.16");
        assertThat(rows.get(4).stream().map(c -> c.text().replace(" ", "")).toList())
                .containsExactly("", "", "205教育支出", "");
    }

    /** The last row's label wrapped onto a line of its own, close under the row's line, is still the row's. */
    @Test
    void theLastRowsWrappedLabelStaysInTheTable() {
        List<Glyph> glyphs = new ArrayList<>();
        double y = 100;
        y = row(glyphs, y, "财政拨款(补助)", "1503.16", "201 一般公共服务支出", "1503.16");
        y = row(glyphs, y, "一般公共预算", "1503.16", "202 外交支出", null);
        y = row(glyphs, y, "国有资本经营预", "20.00", "203 国防支出", null);
        glyphs.addAll(run("算", 50, y - 16 + 11));
        PageModel page = new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);

        List<PageTable> tables = StreamExtractor.extract(page, List.of());

        assertThat(tables).hasSize(1);
        List<List<Cell>> rows = tables.get(0).rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).get(0).text()).isEqualTo("国有资本经营预算");
    }

    /**
     * As LibreOffice prints a table whose 科目名称 and 项目名称 wrap: each row's labels stand in lines
     * of their own, centred around the row's line of figures, and the lines of the two labels
     * interleave. A label's lines run down, as close as a row's lines, onto the row's line of
     * figures (机场 / 办公厅 / 设施 above 2010399 … 60), though no line above shows its column yet:
     * every line stays in its row.
     */
    @Test
    void labelsWrappedAroundTheirRowsLineOfFiguresStayInTheirRows() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("科目编码", 50, 100));
        glyphs.addAll(run("科目名称", 100, 100));
        glyphs.addAll(run("项目名称", 200, 100));
        glyphs.addAll(run("合计", 302, 100));
        glyphs.addAll(run("项目支出", 344, 100));
        double y = 118;
        figures(glyphs, "201", "157", y);
        glyphs.addAll(run("一般公共服务支出", 100, y));
        y += 18;
        glyphs.addAll(run("政府办公", 100, y));
        glyphs.addAll(run("厅(室)及", 100, y + 12));
        figures(glyphs, "20103", "157", y + 24);
        glyphs.addAll(run("相关机构", 100, y + 36));
        glyphs.addAll(run("事务", 100, y + 48));
        y += 66;
        glyphs.addAll(run("其他政府", 100, y));
        glyphs.addAll(run("机场", 200, y + 12));
        glyphs.addAll(run("办公厅", 100, y + 24));
        glyphs.addAll(run("设施", 200, y + 36));
        figures(glyphs, "2010399", "60", y + 48);
        glyphs.addAll(run("租赁费", 200, y + 60));
        glyphs.addAll(run("相关机构事务支出", 100, y + 72));
        figures(glyphs, "合计", "157", y + 90);
        PageModel page = new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);

        List<PageTable> tables = StreamExtractor.extract(page, List.of());

        assertThat(tables).hasSize(1);
        List<List<Cell>> rows = tables.get(0).rows();
        assertThat(rows).hasSize(5);
        assertThat(texts(rows.get(1))).containsExactly("201", "一般公共服务支出", "", "157", "157");
        assertThat(texts(rows.get(2))).containsExactly("20103", "政府办公厅(室)及相关机构事务", "", "157", "157");
        assertThat(texts(rows.get(3))).containsExactly("2010399", "其他政府办公厅相关机构事务支出", "机场设施租赁费", "60", "60");
        assertThat(texts(rows.get(4))).containsExactly("合计", "", "", "157", "157");
    }

    private static void figures(List<Glyph> glyphs, String code, String figure, double y) {
        glyphs.addAll(run(code, 50, y));
        glyphs.addAll(run(figure, 320 - width(figure), y));
        glyphs.addAll(run(figure, 380 - width(figure), y));
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(c -> c.text().replace(" ", "")).toList();
    }

    /** A row: label at 50, figure right-aligned at 250, label at 280, figure right-aligned at 500. */
    private static double row(List<Glyph> glyphs, double y, String income, String incomeAmount, String spending,
                              String spendingAmount) {
        if (income != null) {
            glyphs.addAll(run(income, 50, y));
        }
        if (incomeAmount != null) {
            glyphs.addAll(run(incomeAmount, 250 - width(incomeAmount), y));
        }
        glyphs.addAll(run(spending, 280, y));
        if (spendingAmount != null) {
            glyphs.addAll(run(spendingAmount, 500 - width(spendingAmount), y));
        }
        return y + 16;
    }
}
