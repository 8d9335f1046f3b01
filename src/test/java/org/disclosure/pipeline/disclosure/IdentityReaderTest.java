package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a city report: last year's execution and the budget it proposes; the budget's year is the document's
            "关于北京市2023年预算执行情况和2024年预算的报告 | 2024 | 预算",
            "关于成都市 2023 年预算执行情况和2024 年预算草案的报告（书面） | 2024 | 预算",
            "关于某市2023年市级预算执行情况和2024年市级预算的报告 | 2024 | 预算",
            // a final-accounts report names the half-year execution of the next budget: the 决算 year stands
            "关于济南市2022年市级决算和2023年上半年预算执行情况的报告 | 2022 | 决算",
            "上海市普陀区司法局2026年部门预算 | 2026 | 部门预算",
            "关于2023年预算执行情况的报告 | 2023 | 预算",
            // full-width digits and a spaced year read as any other
            "北京市２０２２年市级决算 | 2022 | 决算",
            "某区2023 年部门预算 | 2023 | 部门预算"})
    void theYearIsTheYearOfTheBudgetOrAccountsTheTitleIsAbout(String title, int year, String kind) {
        DocumentIdentity identity = IdentityReader.read(List.of(page(title)), List.of(), null);
        assertThat(identity.year()).isEqualTo(year);
        assertThat(identity.kind()).isEqualTo(kind);
    }

    private static PageModel page(String title) {
        Glyph glyph = new Glyph(title, 100, 100, 400, 122, 120, 22, "SimHei");
        TextLine line = new TextLine(title, List.of(glyph), java.util.Collections.nCopies(title.length(), glyph),
                new Box(100, 100, 400, 122), 120, 22);
        return new PageModel(1, 595, 842, List.of(glyph), List.of(), List.of(line), 0, 0);
    }
}
