package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;
import org.junit.jupiter.api.Test;
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

    @Test
    void aTitleWithFullWidthDigitsNamesItsRegionYearAndKind() {
        DocumentIdentity identity = IdentityReader.read(List.of(page("北京市２０２２年市级决算")), List.of(), null);
        assertThat(identity.unit()).isEqualTo("北京市");
        assertThat(identity.year()).isEqualTo(2022);
        assertThat(identity.kind()).isEqualTo("决算");
    }

    @Test
    void aGovernmentsReportNamesItsRegionNotItsOrganOrTheWordAbout() {
        DocumentIdentity identity = IdentityReader.read(
                List.of(page("南昌市人民政府关于2023年市级决算草案和2024年上半年预算执行情况的报告")), List.of(), null);
        assertThat(identity.unit()).isEqualTo("南昌市");
        assertThat(identity.year()).isEqualTo(2023);
        assertThat(IdentityReader.read(List.of(page("江源市教育局关于2023年部门决算的说明")), List.of(), null).unit())
                .isEqualTo("江源市教育局");
    }

    @Test
    void aCityReportWhoseTitleNamesNoRegionIsSignedByItsFinanceBureau() {
        PageModel cover = page(1, line("关于2023年预算执行情况和2024年预算草案的报告", 22, 100),
                line("——2024年1月20日在市第九届人民代表大会第二次会议上", 14, 160),
                line("江源市财政局局长   张 三", 14, 190),
                line("各位代表：", 14, 230));
        DocumentIdentity identity = IdentityReader.read(List.of(cover), List.of(), null);
        assertThat(identity.unit()).isEqualTo("江源市");
        assertThat(identity.evidence().get("unit")).contains("signature").contains("江源市财政局局长");
        assertThat(identity.year()).isEqualTo(2024);
        assertThat(identity.kind()).isEqualTo("预算");
    }

    @Test
    void aReporterLineOnTheLastPageNamesTheUnit() {
        List<PageModel> pages = List.of(page(1, line("关于2022年决算的报告", 22, 100)), page(2, line("正文", 14, 100)),
                page(3, line("正文", 14, 100)), page(4, line("正文", 14, 100)),
                page(5, line("报告人：临水县财政局", 14, 600)));
        DocumentIdentity identity = IdentityReader.read(pages, List.of(), null);
        assertThat(identity.unit()).isEqualTo("临水县");
        assertThat(identity.evidence().get("unit")).startsWith("page 5");
    }

    @Test
    void aBureauSigningWithoutItsRegionLeavesTheUnitToTheReportsOwnWording() {
        PageModel cover = page(1, line("关于2023年预算执行情况和2024年预算草案的报告", 22, 100),
                line("市财政局局长   张 三", 14, 190),
                line("受市人民政府委托，现 将 江 源 市 2023 年预算执行情况和2024年", 14, 230),
                line("预算草案提请大会审议。", 14, 250));
        DocumentIdentity identity = IdentityReader.read(List.of(cover), List.of(), null);
        assertThat(identity.unit()).isEqualTo("江源市");
        assertThat(identity.evidence().get("unit")).contains("wording");
    }

    @Test
    void aCoverWithTheYearSpacedOnItsOwnLineAndAPreparedByLine() {
        PageModel cover = page(1, line("江源市教育局", 26, 100), line("部门预算", 20, 160),
                line("2 0 2 3 年", 16, 220), line("编制单位：江源市教育局", 14, 400));
        DocumentIdentity identity = IdentityReader.read(List.of(cover), List.of(), null);
        assertThat(identity.title()).isEqualTo("江源市教育局");
        assertThat(identity.unit()).isEqualTo("江源市教育局");
        assertThat(identity.year()).isEqualTo(2023);
        assertThat(identity.evidence().get("year")).isEqualTo("page 1: 2 0 2 3 年");
        assertThat(identity.kind()).isEqualTo("部门预算");
        assertThat(identity.evidence().get("kind")).isEqualTo("page 1: 部门预算");
    }

    @Test
    void aCoverLedByTheOrgansNameAloneNamesTheUnit() {
        PageModel cover = page(1, line("江源市教育局", 26, 100), line("2023年部门决算", 20, 160), line("二〇二四年八月", 14, 400));
        DocumentIdentity identity = IdentityReader.read(List.of(cover), List.of(), null);
        assertThat(identity.unit()).isEqualTo("江源市教育局");
        assertThat(identity.evidence().get("unit")).isEqualTo("the title");
        assertThat(identity.year()).isEqualTo(2023);
        assertThat(identity.kind()).isEqualTo("部门决算");
    }

    @Test
    void aRunningHeaderTellsWhatTheCoverDoesNot() {
        List<PageModel> pages = new java.util.ArrayList<>(List.of(page(1, line("目 录", 22, 100))));
        for (int n = 2; n <= 5; n++) {
            pages.add(page(n, line("江源市2022年市级决算", 9, 30), line("正文", 14, 200)));
        }
        DocumentIdentity identity = IdentityReader.read(pages, List.of(), null);
        assertThat(identity.year()).isEqualTo(2022);
        assertThat(identity.kind()).isEqualTo("决算");
        assertThat(identity.evidence().get("year")).contains("running header");
        assertThat(identity.unit()).isEqualTo("江源市");
        assertThat(identity.evidence().get("unit")).isEqualTo("the running header 江源市2022年市级决算");
    }

    @Test
    void theFileNameIsTheLastResortAndSaysSo() {
        PageModel scan = new PageModel(1, 595, 842, List.of(), List.of(), List.of(), 1, 0);
        DocumentIdentity identity = IdentityReader.read(List.of(scan), List.of(), null, "江源市教育局2023年部门决算.pdf");
        assertThat(identity.unit()).isEqualTo("江源市教育局");
        assertThat(identity.year()).isEqualTo(2023);
        assertThat(identity.kind()).isEqualTo("部门决算");
        assertThat(identity.evidence()).containsEntry("unit", "the file name 江源市教育局2023年部门决算.pdf")
                .containsEntry("year", "the file name 江源市教育局2023年部门决算.pdf");
    }

    /**
     * The real city reports name their region in their titles; were the titles silent, their
     * signatures or wording would name the same region, and an abbreviated signature (市财政局局长)
     * names none rather than a wrong one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "beijing-2024-city-budget.pdf | 北京市 | 北京市",
            "chengdu-2024-city-budget.pdf | 成都市 | 成都市",
            "suzhou-2023-city-budget.pdf | - | -"})
    void realCityReportsAreSignedAndWordedByTheirRegion(String file, String signed, String worded) throws Exception {
        java.nio.file.Path pdf = java.nio.file.Path.of("..", "shared", "real", file);
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(pdf), "no ../shared/real");
        List<PageModel> pages = new org.disclosure.pipeline.pdf.PdfReader(100).read(pdf).pages();
        assertThat(unitOf(UnitWording.signed(pages))).as("signed").isEqualTo(signed);
        assertThat(unitOf(UnitWording.worded(pages))).as("worded").isEqualTo(worded);
    }

    private static String unitOf(String[] found) {
        return found == null ? null : found[0];
    }

    private record Line(String text, double size, double top) {
    }

    private static Line line(String text, double size, double top) {
        return new Line(text, size, top);
    }

    private static PageModel page(int number, Line... lines) {
        List<Glyph> glyphs = new java.util.ArrayList<>();
        List<TextLine> textLines = new java.util.ArrayList<>();
        for (Line l : lines) {
            Glyph glyph = new Glyph(l.text(), 100, l.top(), 400, l.top() + l.size(), l.top() + l.size() * 0.9, l.size(), "SimHei");
            glyphs.add(glyph);
            textLines.add(new TextLine(l.text(), List.of(glyph), java.util.Collections.nCopies(l.text().length(), glyph),
                    glyph.box(), glyph.baseline(), l.size()));
        }
        return new PageModel(number, 595, 842, glyphs, List.of(), textLines, 0, 0);
    }

    private static PageModel page(String title) {
        Glyph glyph = new Glyph(title, 100, 100, 400, 122, 120, 22, "SimHei");
        TextLine line = new TextLine(title, List.of(glyph), java.util.Collections.nCopies(title.length(), glyph),
                new Box(100, 100, 400, 122), 120, 22);
        return new PageModel(1, 595, 842, List.of(glyph), List.of(), List.of(line), 0, 0);
    }

    @Test
    void theEvidenceIsKeptInTheOrderItWasReadSoDocumentJsonIsTheSameEveryRun() {
        DocumentIdentity identity = IdentityReader.read(List.of(page("北京市２０２２年市级决算")), List.of(), null);

        assertThat(identity.evidence().keySet()).containsExactly("title", "year", "kind", "unit");
    }
}
