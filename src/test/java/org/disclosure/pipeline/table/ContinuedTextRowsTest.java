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
 * A borderless table whose last rows run on to the next page under its repeated header: too few
 * rows there to show columns of their own, they are read in the table's columns and joined to it;
 * a next page that starts with text of its own is not.
 */
class ContinuedTextRowsTest {

    @Test
    void aFewRowsUnderTheRepeatedHeaderOnTheNextPageFinishTheTable() {
        List<Glyph> second = new ArrayList<>();
        double y = header(second, 60);
        // a label wrapped over two lines, the other side's label centred between them
        second.addAll(run("单位上年结余(不包含", 50, y));
        second.addAll(run("230 转移性支出", 280, y + 5));
        second.addAll(run("结余)", 50, y + 10));
        row(second, y + 26, "收入总计", "1503.16", "支出总计", "1503.16");

        List<Table> tables = new TableExtractor().extract(List.of(firstPage(), page(2, second)));

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.title()).isEqualTo("单位收支总体情况表");
        assertThat(table.pages()).containsExactly(1, 2);
        List<List<Cell>> rows = table.rows();
        assertThat(rows).hasSize(2 + 4 + 2);
        assertThat(texts(rows.get(6))).containsExactly("单位上年结余(不包含结余)", "", "230转移性支出", "");
        assertThat(texts(rows.get(7))).containsExactly("收入总计", "1503.16", "支出总计", "1503.16");
    }

    @Test
    void aNextPageOfTextIsNotTakenForRows() {
        List<Glyph> second = new ArrayList<>();
        second.addAll(run("第三部分 预算情况说明", 40, 60));
        second.addAll(run("收支总预算 1503.16 万元。", 68, 80));

        List<Table> tables = new TableExtractor().extract(List.of(firstPage(), page(2, second)));

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).pages()).containsExactly(1);
        assertThat(tables.get(0).rows()).hasSize(2 + 4);
    }

    private static PageModel firstPage() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("单位收支总体情况表", 230, 40));
        glyphs.addAll(run("单位: 万元", 460, 60));
        double y = header(glyphs, 80);
        y = row(glyphs, y, "财政拨款(补助)", "1503.16", "201 一般公共服务支出", "1503.16");
        y = row(glyphs, y, "一般公共预算", "1503.16", "202 外交支出", null);
        y = row(glyphs, y, "事业收入", null, "203 国防支出", null);
        row(glyphs, y, "本年收入小计", "1503.16", "本年支出小计", "1503.16");
        return page(1, glyphs);
    }

    /** The two header rows: 收入 and 支出 each over two columns, then 项目 / 预算数 under each. */
    private static double header(List<Glyph> glyphs, double y) {
        glyphs.addAll(run("收入", 140, y));
        glyphs.addAll(run("支出", 380, y));
        glyphs.addAll(run("项目", 100, y + 16));
        glyphs.addAll(run("预算数", 210, y + 16));
        glyphs.addAll(run("功能分类", 340, y + 16));
        glyphs.addAll(run("预算数", 460, y + 16));
        return y + 32;
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

    private static PageModel page(int number, List<Glyph> glyphs) {
        return new PageModel(number, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(c -> c.text().replace(" ", "")).toList();
    }
}
