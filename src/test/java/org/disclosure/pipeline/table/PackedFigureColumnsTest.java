package org.disclosure.pipeline.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.PageModel;
import org.junit.jupiter.api.Test;

/**
 * A borderless table whose figure columns a producer packed tight (LibreOffice: one narrow gap
 * between 1,917,544.96 and 1,462,070.56) still has a column per figure, while a figure printed with
 * a space after its separator (1, 089. 40) stays one figure; so do labels packed likewise.
 */
class PackedFigureColumnsTest {

    private static final double SIZE = 9;
    private static final double DIGIT = 4.5;

    @Test
    void figuresSideBySideWithANarrowGapAreTwoCells() {
        List<Glyph> glyphs = new ArrayList<>();
        String[][] rows = {
                {"210", "卫生健康支出", "1,917,544.96", "1,462,070.56", "455,474.40"},
                {"21011", "行政事业单位医疗", "1,917,544.96", "1,462,070.56", "455,474.40"},
                {"2101103", "公务员医疗补助", "7,866.49", "7,866.49", "0.00"},
                {"2101104", "其他支出", "1, 089. 40", "1, 089. 40", "0.00"}};
        double baseline = 100;
        for (String[] row : rows) {
            glyphs.addAll(run(row[0], 50, baseline));
            glyphs.addAll(run(row[1], 100, baseline));
            // right-aligned at 280, 331 and 382: the widest figures leave a 3 pt gap
            for (int c = 0; c < 3; c++) {
                String figure = row[2 + c];
                glyphs.addAll(run(figure, 280 + 51 * c - width(figure), baseline));
            }
            baseline += 14;
        }
        PageModel page = new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);
        List<PageTable> tables = StreamExtractor.extract(page, List.of());
        assertThat(tables).hasSize(1);
        PageTable table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(5);
        assertThat(table.rows().get(0).stream().map(Cell::text).toList())
                .containsExactly("210", "卫生健康支出", "1,917,544.96", "1,462,070.56", "455,474.40");
        assertThat(table.rows().get(3).get(2).text().replace(" ", "")).isEqualTo("1,089.40");
    }

    /**
     * Labels LibreOffice packs against each other (类 款项, 资本性支 资本): the ideographs of one label
     * abut, two cells' labels stand a narrow padding apart (here 4.4 pt, under half an em), and are two cells.
     */
    @Test
    void labelsSideBySideWithANarrowGapAreTwoCells() {
        List<Glyph> glyphs = new ArrayList<>();
        String[][] rows = {{"基本工资", "津贴补贴", "伙食补助", "324.15"}, {"办公经费", "印刷费用", "邮电费用", "26.90"},
                {"差旅费用", "维修维护", "会议费用", "39.84"}};
        double baseline = 100;
        for (String[] row : rows) {
            for (int c = 0; c < 3; c++) {
                glyphs.addAll(run(row[c], 50 + (4 * SIZE + 4.4) * c, baseline));
            }
            glyphs.addAll(run(row[3], 220 - width(row[3]), baseline));
            baseline += 14;
        }
        PageModel page = new PageModel(1, 595, 842, glyphs, List.of(), LineBuilder.lines(glyphs), 0, 0);
        List<PageTable> tables = StreamExtractor.extract(page, List.of());
        assertThat(tables).hasSize(1);
        PageTable table = tables.get(0);
        assertThat(table.columnCount()).isEqualTo(4);
        assertThat(table.rows().get(1).stream().map(Cell::text).toList()).containsExactly("办公经费", "印刷费用", "邮电费用", "26.90");
    }

    private static double width(String text) {
        double width = 0;
        for (char c : text.toCharArray()) {
            width += advance(c);
        }
        return width;
    }

    private static double advance(char c) {
        return c > 0x2E80 ? SIZE : c == ' ' ? 2.5 : c == ',' || c == '.' ? 2.5 : DIGIT;
    }

    private static List<Glyph> run(String text, double x, double baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        for (char c : text.toCharArray()) {
            double advance = advance(c);
            glyphs.add(new Glyph(String.valueOf(c), x, baseline - 7.5, x + advance, baseline + 1.5, baseline, SIZE, "F"));
            x += advance;
        }
        return glyphs;
    }
}
