package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.SeededExpectations.only;
import static org.disclosure.pipeline.reconcile.SeededExpectations.onlyWarning;
import static org.disclosure.pipeline.reconcile.SpecDefects.dropLine;
import static org.disclosure.pipeline.reconcile.SpecDefects.dropTable;
import static org.disclosure.pipeline.reconcile.SpecDefects.replace;
import static org.disclosure.pipeline.reconcile.SpecDefects.swapTables;

import java.util.List;
import java.util.stream.Stream;

import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.reconcile.SeededWholeDisclosureTest.Seeded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each check family in the templates and kinds {@link SeededWholeDisclosureTest} leaves out, seeded as an
 * examiner seeds a real document: one thing changed and nothing else made to agree with it. A year slipped in
 * a table title, the cover, a part heading or a sentence; another unit or a placeholder in a heading or a
 * 编制单位 line; a table dropped from the body but kept in the 目录, or two tables swapped; an empty table's
 * note removed; a narrative amount changed alone (its share, split or rate then follow it, and are not a
 * second red line: {@link SameDefect}); a 增长/下降 word flipped, a difference or a percentage off; doubled
 * punctuation and a figure typed in two widths. Exactly the expected check fails (warns, for hygiene), at the
 * page, table title, row and column it should name.
 */
class SeededAcrossTemplatesTest {

    private static final WholeDisclosure SHANGHAI_BUDGET = WholeDisclosure.shanghaiDepartmentBudget();
    private static final WholeDisclosure SHANGHAI_FINAL = WholeDisclosure.shanghaiDepartmentFinalAccounts();
    private static final WholeDisclosure XINJIANG_BUDGET = WholeDisclosure.xinjiangUnitBudget();
    private static final WholeDisclosure XINJIANG_FINAL = WholeDisclosure.xinjiangDepartmentFinalAccounts();

    static Stream<Seeded> defects() {
        return Stream.of(years(), units(), contents(), emptyTables(), amounts(), changes(), hygiene()).flatMap(s -> s);
    }

    private static Stream<Seeded> years() {
        return Stream.of(
                new Seeded("a table title naming last year", SHANGHAI_BUDGET,
                        replace("#table", "title: 2024年部门支出预算总表", "title: 2023年部门支出预算总表"),
                        flagged -> assertThat(only(flagged, YearRule.HEADING, 4, "2023").refs())
                                .extracting(CheckRef::table).containsOnly("2023年部门支出预算总表")),
                new Seeded("the cover naming last year", XINJIANG_FINAL,
                        replace("#h1 ", "2023年度部门决算公开", "2022年度部门决算公开"),
                        flagged -> only(flagged, YearRule.HEADING, 1, "2022年度部门决算公开")),
                new Seeded("the tables' part heading naming last year", SHANGHAI_FINAL,
                        replace("#h2 第二部分 ", "2023年度部门决算表", "2022年度部门决算表"),
                        flagged -> only(flagged, YearRule.HEADING, 3, "第二部分 2022年度部门决算表")),
                new Seeded("a subject sentence giving last year as its budget's", XINJIANG_BUDGET,
                        replace("#p 行政运行(2010301)", "2024年预算数为", "2023年预算数为"),
                        flagged -> only(flagged, YearRule.ID, 7, "2023年预算数为")));
    }

    private static Stream<Seeded> units() {
        return Stream.of(
                new Seeded("another unit in the 概况 heading", SHANGHAI_FINAL,
                        replace("#h2 第一部分 ", "上海市普陀区文化旅游局概况", "上海市普陀区体育局概况"),
                        flagged -> only(flagged, UnitNameRule.ID, 2, "上海市普陀区体育局")),
                new Seeded("another unit in one table's 编制单位, abbreviated", XINJIANG_BUDGET,
                        replace("title: 单位支出总体情况表", "prepared: 克州档案馆", "prepared: 克州博物馆"),
                        flagged -> assertThat(only(flagged, UnitNameRule.ID, 4, "克州博物馆").refs())
                                .extracting(CheckRef::table).containsOnly("单位支出总体情况表")),
                new Seeded("a placeholder in one table's 编制单位", SHANGHAI_FINAL,
                        replace("title: 2023年度部门收入决算表", "prepared: 上海市普陀区文化旅游局", "prepared: 上海市普陀区XX局"),
                        flagged -> only(flagged, DocumentRule.PLACEHOLDERS, 3, "XX局")),
                new Seeded("a placeholder in the 概况 heading", XINJIANG_BUDGET,
                        replace("#h2 第一部分 ", "克孜勒苏柯尔克孜自治州档案馆概况", "克孜勒苏柯尔克孜自治州××馆概况"),
                        flagged -> only(flagged, DocumentRule.PLACEHOLDERS, 2, "××")));
    }

    private static Stream<Seeded> contents() {
        return Stream.of(
                new Seeded("a table the 目录 lists left out", XINJIANG_BUDGET, dropTable("单位政府性基金预算支出情况表"),
                        flagged -> missing(flagged, "表八：单位政府性基金预算支出情况表", "第6页")),
                new Seeded("a table the 目录 lists left out", XINJIANG_FINAL, dropTable("部门一般公共预算财政拨款项目支出决算表"),
                        flagged -> missing(flagged, "表七：部门一般公共预算财政拨款项目支出决算表", "第6页")),
                new Seeded("a table's title changed past recognition", XINJIANG_FINAL,
                        replace("#table", "title: 部门收入决算表", "title: 部门收入决算明细表"),
                        flagged -> renamed(flagged, "表二：部门收入决算表", "部门收入决算明细表", 3)),
                new Seeded("a table's title changed past recognition", XINJIANG_BUDGET,
                        replace("#table", "title: 单位收入总体情况表", "title: 单位收入预算情况表"),
                        flagged -> renamed(flagged, "表二：单位收入总体情况表", "单位收入预算情况表", 3)),
                new Seeded("two tables swapped", SHANGHAI_BUDGET, swapTables("2024年部门收入预算总表", "2024年部门支出预算总表"),
                        flagged -> swapped(flagged, "2024年部门支出预算总表", "2024年部门收入预算总表")),
                new Seeded("two tables swapped", XINJIANG_FINAL, swapTables("部门收入决算表", "部门支出决算表"),
                        flagged -> swapped(flagged, "部门支出决算表", "部门收入决算表")));
    }

    private static Stream<Seeded> emptyTables() {
        return Stream.of(
                new Seeded("an empty table without its note", SHANGHAI_BUDGET,
                        dropLine("#p 注：上海市普陀区文化旅游局2024年无国有资本经营预算支出，本表为空表。"),
                        flagged -> assertThat(only(flagged, EmptyTableRule.EXPLAINED, 6, null).refs())
                                .extracting(CheckRef::table).containsOnly("2024年部门国有资本经营预算支出功能分类预算表")),
                new Seeded("an empty table without its note", XINJIANG_FINAL,
                        dropLine("#p 说明：克孜勒苏柯尔克孜自治州档案馆2023年度没有政府性基金预算财政拨款收入和支出，故本表无数据。"),
                        flagged -> assertThat(only(flagged, EmptyTableRule.EXPLAINED, 7, null).refs())
                                .extracting(CheckRef::table).containsOnly("部门政府性基金预算财政拨款收入支出决算表")));
    }

    /** A narrative amount changed alone: its table's cell is named, and what is computed from it is no second fail. */
    private static Stream<Seeded> amounts() {
        return Stream.of(
                new Seeded("基本支出 changed alone (its share and split follow it)", XINJIANG_BUDGET,
                        replace("#p 支出预算合计", "基本支出694.29万元", "基本支出649.29万元"),
                        flagged -> cell(only(flagged, NarrativeTableRule.AMOUNT, 7,
                                "第7页文中「基本支出649.29万元」，而第4页《单位支出总体情况表》「合计」行「基本支出」列所列为 694.29 万元"),
                                "单位支出总体情况表", 4, "基本支出")),
                new Seeded("the 三公 total changed", XINJIANG_BUDGET,
                        replace("“三公”经费预算数为", "预算数为5.70万元", "预算数为5.07万元"),
                        flagged -> cell(only(flagged, NarrativeTableRule.AMOUNT, 7, "5.07"),
                                "单位一般公共预算“三公”经费支出情况表", 6, "合计")),
                new Seeded("0 quoted for a 三公 item the table gives", SHANGHAI_BUDGET,
                        // the sentence's last 0.00元, after two others that read the same (因公出国, 购置费 0.00元);
                        // the basic table's 30217 公务接待费 row has 0.00 in its 人员经费 column, which is no tie
                        replace("“三公”经费预算数为", "公务接待费25,000.00元", "公务接待费0.00元"),
                        flagged -> cell(only(flagged, NarrativeTableRule.AMOUNT, 7, "0.00元"),
                                "2024年部门“三公”经费和机关运行经费预算表", 6, "公务接待费")),
                new Seeded("0 quoted for a 三公 item the table gives", XINJIANG_BUDGET,
                        replace("“三公”经费预算数为", "公务接待费1.50万元", "公务接待费0.00万元"),
                        flagged -> cell(only(flagged, NarrativeTableRule.AMOUNT, 7, "1.50"),
                                "单位一般公共预算“三公”经费支出情况表", 6, "公务接待费")),
                new Seeded("公用经费 changed alone (its split follows it)", XINJIANG_BUDGET,
                        replace("#p 2024年一般公共预算基本支出", "公用经费208.29万元", "公用经费280.29万元"),
                        flagged -> cell(only(flagged, NarrativeTableRule.AMOUNT, 7, "280.29"), "单位一般公共预算基本支出情况表", 5,
                                "公用经费")),
                new Seeded("本年收入合计 changed alone (its share follows it)", SHANGHAI_FINAL,
                        replace("#p 本年收入合计", "本年收入合计780.79万元", "本年收入合计708.79万元"),
                        flagged -> cell(only(flagged, NarrativeTableRule.AMOUNT, 8, "708.79"), "2023年度部门收入支出决算总表", 3,
                                "决算数")),
                new Seeded("收入预算总计 changed", SHANGHAI_BUDGET,
                        replace("#h2 一、收支预算总体情况", "收入预算总计7,807,900.00元", "收入预算总计7,870,900.00元"),
                        flagged -> cell(only(flagged, NarrativeTableRule.AMOUNT, 7, "7,870,900.00"), "2024年部门财务收支预算总表", 3,
                                "预算数")),
                new Seeded("a subject's 支出决算 changed alone (its 完成 rate follows it)", XINJIANG_FINAL,
                        replace("#p 行政运行(2010301)", "支出决算为412.36万元", "支出决算为421.36万元"),
                        flagged -> assertThat(cell(only(flagged, NarrativeTableRule.AMOUNT, 8, "421.36"), "部门支出决算表", 4,
                                "本年支出合计").refs().get(1).code()).isEqualTo("2010301")),
                new Seeded("a subject's 预算数 changed alone (its change rate follows it)", SHANGHAI_BUDGET,
                        replace("#p 行政运行(2010301)", "4,123,600.00元", "4,213,600.00元"),
                        flagged -> assertThat(only(flagged, NarrativeTableRule.AMOUNT, 7, "4,213,600.00").refs().get(1).code())
                                .isEqualTo("2010301")));
    }

    private static Stream<Seeded> changes() {
        return Stream.of(
                new Seeded("增加…增长 flipped to 减少…下降", SHANGHAI_BUDGET,
                        replace("#p 行政运行(2010301)", "增加141,600.00元，增长3.56%", "减少141,600.00元，下降3.56%"),
                        flagged -> only(flagged, NarrativeRateRule.ID, 7, "下降3.56%")),
                new Seeded("增长 flipped to 下降 alone", XINJIANG_BUDGET,
                        replace("#p 行政运行(2010301)", "增长3.56%", "下降3.56%"),
                        flagged -> only(flagged, NarrativeRateRule.ID, 7, "应增长 3.56%")),
                new Seeded("a difference that is not the change", SHANGHAI_BUDGET,
                        replace("#p 行政运行(2010301)", "增加141,600.00元", "增加114,600.00元"),
                        flagged -> only(flagged, NarrativeRateRule.ID, 7, "增加114,600.00元")),
                new Seeded("大于 flipped to 小于", XINJIANG_FINAL,
                        replace("#p 行政运行(2010301)", "决算数大于预算数", "决算数小于预算数"),
                        flagged -> only(flagged, ComparisonRule.ID, 8, "文中却说“小于”")),
                new Seeded("a 完成 percentage off", XINJIANG_FINAL,
                        replace("#p 行政运行(2010301)", "完成年初预算的103.56%", "完成年初预算的105.36%"),
                        flagged -> only(flagged, ComparisonRule.ID, 8, "105.36%")),
                new Seeded("the 三公 完成 percentage off", XINJIANG_FINAL,
                        replace("“三公”经费财政拨款支出预算为", "完成预算的90.88%", "完成预算的98.08%"),
                        flagged -> only(flagged, ComparisonRule.ID, 8, "98.08%")),
                new Seeded("a share off", XINJIANG_BUDGET, replace("#p 支出预算合计", "占88.92%", "占89.82%"),
                        flagged -> only(flagged, NarrativeTableRule.SHARE, 7, "89.82%")),
                new Seeded("the totals' growth rate off", SHANGHAI_BUDGET,
                        replace("#h2 一、收支预算总体情况", "增长1.51%", "增长5.11%"),
                        flagged -> only(flagged, NarrativeRateRule.ID, 7, "增长5.11%")),
                new Seeded("the totals' growth rate off", XINJIANG_FINAL,
                        replace("#h2 一、收入支出决算总体情况说明", "增长1.51%", "增长15.10%"),
                        flagged -> only(flagged, NarrativeRateRule.ID, 8, "增长15.10%")));
    }

    private static Stream<Seeded> hygiene() {
        return Stream.of(
                new Seeded("a full stop and a comma run together", SHANGHAI_BUDGET,
                        replace("#p 2024年机关运行经费预算为", "元。", "元。，"),
                        flagged -> onlyWarning(flagged, TextHygieneRule.PUNCTUATION, 8, "。，")),
                new Seeded("a doubled comma", XINJIANG_FINAL, replace("#p 2023年度机关运行经费支出", "，比上年", "，，比上年"),
                        flagged -> onlyWarning(flagged, TextHygieneRule.PUNCTUATION, 9, "，，")),
                new Seeded("an amount typed with a full-width point", SHANGHAI_FINAL,
                        replace("#p 2023年度机关运行经费支出", "180.25万元", "180．25万元"),
                        flagged -> onlyWarning(flagged, TextHygieneRule.MIXED_WIDTH, 9, "180．25")),
                new Seeded("a full-width digit inside an amount", XINJIANG_FINAL,
                        replace("#p 2023年度机关运行经费支出", "160.18万元", "16０.18万元"),
                        flagged -> onlyWarning(flagged, TextHygieneRule.MIXED_WIDTH, 9, "16０.18")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void exactlyTheSeededDefectIsFound(Seeded seeded) {
        List<Check> checks = GeneratedDisclosures.seeded(seeded.disclosure(), seeded.defect());
        List<Check> flagged = checks.stream()
                .filter(c -> c.status() == CheckStatus.FAIL || c.status() == CheckStatus.WARN).toList();
        assertThat(flagged).as("what %s flags; unverified: %s", seeded, checks.stream()
                .filter(c -> c.status() == CheckStatus.UNVERIFIED).map(c -> c.rule() + " " + c.message() + " / " + c.doubt())
                .toList()).isNotEmpty();
        seeded.expect().accept(flagged);
    }

    // --- expectations -----------------------------------------------------------------------------

    /** The amount's check names the table's cell: its printed title, page and column header. */
    private static Check cell(Check check, String title, int page, String column) {
        CheckRef cell = check.refs().get(1);
        assertThat(cell.table()).isEqualTo(title);
        assertThat(cell.page()).isEqualTo(page);
        assertThat(cell.columnHeader()).contains(column);
        return check;
    }

    /** A dropped table: the 目录 line fails (citing where it should be) and so does the required-table check. */
    private static void missing(List<Check> flagged, String contentsLine, String where) {
        assertThat(flagged).extracting(Check::rule).containsExactlyInAnyOrder(ContentsRule.ID, DocumentRule.REQUIRED);
        assertThat(flagged).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        Check contents = flagged.stream().filter(c -> c.rule().equals(ContentsRule.ID)).findFirst().orElseThrow();
        assertThat(contents.message()).contains("目录第1页「" + contentsLine + "」在正文中未见", where);
        assertThat(contents.refs()).extracting(CheckRef::page).containsExactly(1);
    }

    /**
     * A table printed under a title that names no standard table: one 目录 finding citing the line and the
     * table printed in its place; the required-table check is not a second fail (the table may be that one).
     */
    private static void renamed(List<Check> flagged, String contentsLine, String printed, int page) {
        Check check = only(flagged, ContentsRule.ID, 1, ContentsRule.MISPRINTED);
        assertThat(check.message()).contains("「" + contentsLine + "」", "第" + page + "页所印为《" + printed + "》");
        assertThat(check.refs()).anySatisfy(r -> {
            assertThat(r.table()).isEqualTo(printed);
            assertThat(r.page()).isEqualTo(page);
        });
    }

    /** Two tables swapped: one 目录 finding, naming both tables by their printed titles and pages. */
    private static void swapped(List<Check> flagged, String printedFirst, String printedSecond) {
        Check check = only(flagged, ContentsRule.ID, 1, ContentsRule.OUT_OF_ORDER);
        assertThat(check.refs()).anySatisfy(r -> {
            assertThat(r.table()).isEqualTo(printedFirst);
            assertThat(r.page()).isEqualTo(3);
        });
        assertThat(check.refs()).anySatisfy(r -> {
            assertThat(r.table()).isEqualTo(printedSecond);
            assertThat(r.page()).isEqualTo(4);
        });
    }

}
