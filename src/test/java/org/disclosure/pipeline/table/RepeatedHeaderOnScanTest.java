package org.disclosure.pipeline.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.table.GlyphRuns.run;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.Ruling;
import org.junit.jupiter.api.Test;

/**
 * A ruled table continued on the next page under its repeated header, as a scan reads it: the
 * header's words a character or two apart from the first page's. The repeated header is a header,
 * not a body row that would put every figure below it one row off; a row holding amounts is never
 * taken for one.
 */
class RepeatedHeaderOnScanTest {

    private static final double[] EDGES = {50, 110, 300, 400, 500};
    private static final double ROW = 20;

    @Test
    void aRepeatedHeaderReadAlittleDifferentlyIsNotABodyRow() {
        PageModel second = page(2, 60,
                List.of("科目编玛", "科目名称", "人员经费", "公用经赞"),
                List.of("30102", "津贴补贴", "121.50", "0.00"),
                List.of("302", "商品和服务支出", "0.00", "50.00"));

        List<Table> tables = new TableExtractor().extract(List.of(firstPage(), second));

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.pages()).containsExactly(1, 2);
        assertThat(table.rows()).hasSize(1 + 2 + 2);
        assertThat(texts(table.rows().get(3))).containsExactly("30102", "津贴补贴", "121.50", "0.00");
        assertThat(texts(table.rows().get(4))).containsExactly("302", "商品和服务支出", "0.00", "50.00");
    }

    @Test
    void aFirstRowWithAmountsIsABodyRowHoweverLikeTheHeader() {
        PageModel second = page(2, 60,
                List.of("科目编码", "科目名称", "0.00", "0.00"),
                List.of("302", "商品和服务支出", "0.00", "50.00"));

        List<Table> tables = new TableExtractor().extract(List.of(firstPage(), second));

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rows()).hasSize(1 + 2 + 2);
        assertThat(texts(tables.get(0).rows().get(3))).containsExactly("科目编码", "科目名称", "0.00", "0.00");
    }

    @Test
    void anotherHeaderOnTheNextPageStaysARow() {
        PageModel second = page(2, 60,
                List.of("经济分类", "项目名称", "年初预算", "决算数"),
                List.of("302", "商品和服务支出", "0.00", "50.00"));

        List<Table> tables = new TableExtractor().extract(List.of(firstPage(), second));

        assertThat(tables.get(0).rows()).hasSize(1 + 2 + 2);
        assertThat(texts(tables.get(0).rows().get(3))).containsExactly("经济分类", "项目名称", "年初预算", "决算数");
    }

    @Test
    void likenessAllowsAboutOneCharacterInFive() {
        assertThat(RepeatedHeaderRow.distance("科目编码科目名称", "科目编玛科目名称")).isEqualTo(1);
        assertThat(RepeatedHeaderRow.repeats(List.of("0", "科目名称", "决算数"), List.of("", "科目名称", "决算数"))).isTrue();
        assertThat(RepeatedHeaderRow.repeats(List.of("科目编码", "科目名称"), List.of("功能分类", "项目名称"))).isFalse();
        assertThat(RepeatedHeaderRow.repeats(List.of("项目", "金额"), List.of("项日", "金额"))).isTrue();
        assertThat(RepeatedHeaderRow.repeats(List.of("项目"), List.of("项日"))).isFalse(); // too short to tell by likeness
        assertThat(RepeatedHeaderRow.repeats(List.of("", ""), List.of("", ""))).isFalse();
        // one cell read badly on either page, the other cells the header's (as the 200 and 300 dpi bench read them)
        assertThat(RepeatedHeaderRow.repeats(List.of("0", "经济分类科目名称", "决算数", "人员经费", "公用经费"),
                List.of("反济分类科目编", "经济分类科目名称", "决算数", "人员经费和", "公用经费"))).isTrue();
        assertThat(RepeatedHeaderRow.repeats(List.of("经汶公兴利旧姓", "经济分类科目名称", "合计", "人员经费", "公用经费"),
                List.of("分类科目人经济分类科目名称", "合计", "人员经费", "公用经费"))).isTrue();
        // two cells alike are too few, and two cells unlike too many
        assertThat(RepeatedHeaderRow.repeats(List.of("科目编码", "科目名称", "人员经费", "公用经费"),
                List.of("其他支出", "科目名称", "人员经费"))).isFalse();
        assertThat(RepeatedHeaderRow.repeats(List.of("科目编码", "科目名称", "人员经费", "公用经费", "合计"),
                List.of("功能分类", "支出类别", "人员经费", "公用经费", "合计"))).isFalse();
    }

    private static PageModel firstPage() {
        List<Glyph> glyphs = new ArrayList<>(run("部门基本支出决算表", 220, 40));
        PageModel grid = page(1, 80,
                List.of("科目编码", "科目名称", "人员经费", "公用经费"),
                List.of("301", "工资福利支出", "437.40", "0.00"),
                List.of("30101", "基本工资", "194.40", "0.00"));
        glyphs.addAll(grid.glyphs());
        return new PageModel(1, 595, 842, glyphs, grid.rulings(), LineBuilder.lines(glyphs), 0, 0);
    }

    /** A ruled grid of the rows from {@code top} down, each cell's text from its left edge. */
    @SafeVarargs
    private static PageModel page(int number, double top, List<String>... rows) {
        List<Glyph> glyphs = new ArrayList<>();
        List<Ruling> rulings = new ArrayList<>();
        double bottom = top + rows.length * ROW;
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].size(); c++) {
                glyphs.addAll(run(rows[r].get(c), EDGES[c] + 4, top + r * ROW + 14));
            }
        }
        for (int r = 0; r <= rows.length; r++) {
            rulings.add(Ruling.horizontal(top + r * ROW, EDGES[0], EDGES[EDGES.length - 1]));
        }
        for (double x : EDGES) {
            rulings.add(Ruling.vertical(x, top, bottom));
        }
        return new PageModel(number, 595, 842, glyphs, rulings, LineBuilder.lines(glyphs), 0, 0);
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(c -> c.text().replace(" ", "")).toList();
    }
}
