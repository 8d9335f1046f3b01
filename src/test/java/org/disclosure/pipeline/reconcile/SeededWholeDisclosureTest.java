package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.SeededExpectations.cells;
import static org.disclosure.pipeline.reconcile.SeededExpectations.only;
import static org.disclosure.pipeline.reconcile.SpecDefects.dropLine;
import static org.disclosure.pipeline.reconcile.SpecDefects.dropTable;
import static org.disclosure.pipeline.reconcile.SpecDefects.replace;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One defect of each kind a reviewer looks for, seeded into an otherwise clean generated disclosure
 * (预算 and 决算, Shanghai and Xinjiang templates, 元 and 万元): exactly the expected check fails (or
 * warns, for text hygiene), its refs name the page, the table by its printed title, the row and the
 * column, and nothing else is flagged (the clean print flags nothing, {@link CleanDisclosuresTest}).
 */
class SeededWholeDisclosureTest {

    private static final WholeDisclosure SHANGHAI_BUDGET = WholeDisclosure.shanghaiDepartmentBudget();
    private static final WholeDisclosure SHANGHAI_FINAL = WholeDisclosure.shanghaiDepartmentFinalAccounts();
    private static final WholeDisclosure XINJIANG_BUDGET = WholeDisclosure.xinjiangUnitBudget();
    private static final WholeDisclosure XINJIANG_FINAL = WholeDisclosure.xinjiangDepartmentFinalAccounts();

    /** A seeded defect: the document, the change to its spec text, and what the checks must say. */
    record Seeded(String name, WholeDisclosure disclosure, UnaryOperator<String> defect, Consumer<List<Check>> expect) {
        @Override
        public String toString() {
            return name + " in " + disclosure;
        }
    }

    static Stream<Seeded> defects() {
        return Stream.of(
                // years and dates
                new Seeded("a section heading naming last year", XINJIANG_BUDGET,
                        replace("#h2 第三部分 ", "2024年单位预算情况说明", "2023年单位预算情况说明"),
                        flagged -> only(flagged, YearRule.HEADING, 7, "2023年")),
                new Seeded("a date naming last year", SHANGHAI_FINAL,
                        replace("截至2023年12月31日", "截至2023年12月31日", "截至2022年12月31日"),
                        flagged -> only(flagged, YearRule.DATE, 9, "2022年")),
                // organisation name
                new Seeded("another unit named in the narrative's heading", XINJIANG_FINAL,
                        replace("#h2 第三部分 ", "克孜勒苏柯尔克孜自治州档案馆", "克孜勒苏柯尔克孜自治州博物馆"),
                        flagged -> only(flagged, UnitNameRule.ID, 8, "博物馆")),
                new Seeded("another unit named in a 编制单位 line", SHANGHAI_BUDGET,
                        replace("title: 2024年部门支出预算总表", "prepared: 上海市普陀区文化旅游局", "prepared: 上海市普陀区体育局"),
                        flagged -> only(flagged, UnitNameRule.ID, 4, "体育局")),
                // the 目录 against the tables
                new Seeded("a table the 目录 lists left out", SHANGHAI_BUDGET,
                        dropTable("2024年部门国有资本经营预算支出功能分类预算表"),
                        flagged -> {
                            Check check = only(flagged, ContentsRule.ID, 1, null);
                            assertThat(check.message()).contains("国有资本经营预算支出功能分类预算表");
                        }),
                new Seeded("a required table the 目录 lists left out", SHANGHAI_FINAL,
                        dropTable("2023年度部门一般公共预算财政拨款项目支出决算表"),
                        flagged -> {
                            assertThat(flagged).extracting(Check::rule)
                                    .containsExactlyInAnyOrder(ContentsRule.ID, DocumentRule.REQUIRED);
                            assertThat(flagged).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
                            assertThat(flagged).allSatisfy(c -> assertThat(c.message()).contains("项目支出决算表"));
                        }),
                // an empty table without its note
                new Seeded("an empty table without a note", XINJIANG_BUDGET,
                        dropLine("#p 注：克孜勒苏柯尔克孜自治州档案馆2024年无政府性基金预算支出，本表为空表。"),
                        flagged -> only(flagged, EmptyTableRule.EXPLAINED, 6, null).refs().forEach(r ->
                                assertThat(r.table()).isEqualTo("单位政府性基金预算支出情况表"))),
                new Seeded("an empty table without a note", SHANGHAI_FINAL,
                        dropLine("#p 说明：上海市普陀区文化旅游局2023年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。"),
                        flagged -> only(flagged, EmptyTableRule.EXPLAINED, 7, null).refs().forEach(r ->
                                assertThat(r.table()).isEqualTo("2023年度部门国有资本经营预算财政拨款收入支出决算表"))),
                // a narrative amount against its table
                new Seeded("the 支出决算 half of a subject sentence off its cell", XINJIANG_FINAL,
                        replace("#p 行政运行(2010301)", "支出决算为412.36万元，完成年初预算的103.56%",
                                "支出决算为421.36万元，完成年初预算的105.82%"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 8, "421.36");
                            assertThat(check.message()).contains("「行政运行(2010301)」行「本年支出合计」列", "412.36");
                            assertThat(check.refs().get(1).code()).isEqualTo("2010301");
                            assertThat(check.refs().get(1).columnHeader()).isEqualTo("本年支出合计");
                        }),
                new Seeded("the 预算数 of a subject sentence off its cell", SHANGHAI_BUDGET,
                        replace("#p 行政运行(2010301)", "4,123,600.00元，比上年预算增加141,600.00元，增长3.56%",
                                "4,213,600.00元，比上年预算增加231,600.00元，增长5.82%"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 7, "4,213,600.00");
                            assertThat(check.refs().get(1).code()).isEqualTo("2010301");
                            assertThat(check.refs().get(1).columnHeader()).isEqualTo("合计");
                        }),
                new Seeded("the 收支总计 of the narrative off the 收入支出决算总表", XINJIANG_FINAL,
                        replace("#p 2023年度收入、支出决算总计", "总计均为780.79万元", "总计均为787.79万元"),
                        flagged -> assertThat(flagged).filteredOn(c -> c.rule().equals(NarrativeTableRule.AMOUNT))
                                .singleElement().satisfies(c -> {
                                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                                    assertThat(c.message()).contains("787.79", "「总计」行", "780.79");
                                    assertThat(c.refs().get(1).table()).isEqualTo("部门收入支出决算总表");
                                })),
                new Seeded("a 年初预算 amount off its 年初预算数 column", SHANGHAI_FINAL,
                        replace("#p 行政运行(2010301)", "年初预算为398.20万元，支出决算为412.36万元，完成年初预算的103.56%",
                                "年初预算为389.20万元，支出决算为412.36万元，完成年初预算的105.95%"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 8, "389.20");
                            assertThat(check.message()).contains("「行政运行(2010301)」行「年初预算数」列", "398.20");
                            CheckRef cell = check.refs().get(1);
                            assertThat(cell.table()).isEqualTo("2023年度部门一般公共预算财政拨款支出决算表");
                            assertThat(cell.page()).isEqualTo(5);
                            assertThat(cell.code()).isEqualTo("2010301");
                            assertThat(cell.columnHeader()).isEqualTo("年初预算数");
                        }),
                new Seeded("the 三公 total sentence's 决算 off the 合计 决算数", XINJIANG_FINAL,
                        replace("“三公”经费财政拨款支出预算为", "支出决算为5.18万元，完成预算的90.88%",
                                "支出决算为5.81万元，完成预算的101.93%"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 8, "5.81");
                            assertThat(check.message()).contains("「合计 / 决算数」列", "5.18");
                            CheckRef cell = check.refs().get(1);
                            assertThat(cell.table()).isEqualTo("部门财政拨款“三公”经费支出决算表");
                            assertThat(cell.page()).isEqualTo(6);
                            assertThat(cell.columnHeader()).isEqualTo("合计 / 决算数");
                        }),
                new Seeded("the 三公 total sentence off the 合计", SHANGHAI_BUDGET,
                        replace("“三公”经费预算数为", "预算数为89,000.00元", "预算数为98,000.00元"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 7, "98,000.00");
                            assertThat(check.refs().get(1).table()).isEqualTo("2024年部门“三公”经费和机关运行经费预算表");
                            assertThat(check.refs().get(1).columnHeader()).isEqualTo("“三公”经费预算数 / 合计");
                        }),
                new Seeded("a 三公 item's 决算 half off its 决算数", SHANGHAI_FINAL,
                        replace("#p 公务接待费支出", "支出决算为1.98万元", "支出决算为1.89万元"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 8, "1.89");
                            assertThat(check.message()).contains("「公务接待费 / 决算数」列", "1.98");
                            assertThat(check.refs().get(1).columnHeader()).isEqualTo("公务接待费 / 决算数");
                        }),
                new Seeded("a 三公 item's 预算 half off its 预算数", SHANGHAI_FINAL,
                        replace("#p 公务接待费支出", "支出预算为2.50万元", "支出预算为2.05万元"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 8, "2.05");
                            assertThat(check.refs().get(1).columnHeader()).isEqualTo("公务接待费 / 预算数");
                        }),
                new Seeded("机关运行经费 off the 三公和机关运行经费 table", SHANGHAI_BUDGET,
                        replace("机关运行经费预算为", "2,082,870.00元", "2,028,870.00元"),
                        flagged -> {
                            Check check = only(flagged, NarrativeTableRule.AMOUNT, 8, "2,028,870.00");
                            assertThat(check.refs().get(1).columnHeader()).isEqualTo("机关运行经费预算数");
                        }),
                new Seeded("人员经费 in the narrative off its table", SHANGHAI_BUDGET,
                        replace("#p 2024年一般公共预算基本支出", "人员经费4,860,030.00元", "人员经费4,680,030.00元"),
                        flagged -> only(flagged, NarrativeTableRule.AMOUNT, 7, "4,680,030.00")),
                new Seeded("人员经费 in the narrative off its table", XINJIANG_FINAL,
                        replace("#p 2023年度一般公共预算财政拨款基本支出", "人员经费486.00万元", "人员经费468.00万元"),
                        flagged -> only(flagged, NarrativeTableRule.AMOUNT, 8, "468.00")),
                // direction and change words
                new Seeded("决算数大于预算数 where it is smaller", SHANGHAI_FINAL,
                        replace("#p 事业运行(2010350)", "决算数小于预算数", "决算数大于预算数"),
                        flagged -> only(flagged, ComparisonRule.ID, 8, null)),
                new Seeded("a change rate that does not recompute", XINJIANG_BUDGET,
                        replace("#p 行政运行(2010301)", "增长3.56%", "增长5.36%"),
                        flagged -> only(flagged, NarrativeRateRule.ID, 7, "5.36%")),
                new Seeded("a change rate that does not recompute", SHANGHAI_FINAL,
                        replace("#p 2023年度机关运行经费", "增长2.77%", "增长7.27%"),
                        flagged -> only(flagged, NarrativeRateRule.ID, 9, "7.27%")),
                // a 三公 item the tables disagree on
                new Seeded("公务接待费 below its basic-expenditure line", XINJIANG_BUDGET,
                        threePublicReception("1.50", "1.20", "5.70", "5.40"),
                        flagged -> only(flagged, ThreePublicRule.ID, 6, null)),
                new Seeded("公务接待费 决算数 below its basic-expenditure line", XINJIANG_FINAL,
                        replace("5.70\t5.18\t", "5.70\t5.18\t0.00\t0.00\t4.20\t3.96\t0.00\t0.00\t4.20\t3.96\t1.50\t1.22",
                                "5.70\t4.98\t0.00\t0.00\t4.20\t3.96\t0.00\t0.00\t4.20\t3.96\t1.50\t1.02")
                                .andThen(replace("“三公”经费财政拨款支出预算为", "支出决算为5.18万元，完成预算的90.88%",
                                        "支出决算为4.98万元，完成预算的87.37%"))
                                .andThen(replace("#p 公务接待费支出", "支出决算为1.22万元", "支出决算为1.02万元")),
                        flagged -> {
                            Check check = only(flagged, ThreePublicRule.ID, 6, "1.02");
                            assertThat(check.refs()).anySatisfy(r -> assertThat(r.columnHeader()).contains("公务接待费").contains("决算数"));
                            assertThat(check.refs()).anySatisfy(r -> assertThat(r.rowName()).isEqualTo("公务接待费"));
                        }),
                // sums and the hierarchy
                new Seeded("a row whose 合计 is not 基本 + 项目", SHANGHAI_BUDGET,
                        replace("title: 2024年部门支出预算总表", "2010301\t行政运行\t4,123,600.00", "2010301\t行政运行\t4,132,600.00"),
                        flagged -> cells(flagged, "2024年部门支出预算总表", "2010301", "合计")),
                new Seeded("a 款 line that is not the sum of its 项", XINJIANG_BUDGET,
                        replace("title: 单位支出总体情况表", "20103\t政府办公厅(室)及相关机构事务\t633.94\t547.44",
                                "20103\t政府办公厅(室)及相关机构事务\t643.94\t557.44"),
                        flagged -> {
                            // the 款 line disagrees with its 项 and with the income table's line of the same code
                            assertThat(flagged).extracting(Check::rule).containsOnly(HierarchyRule.ID, CrossTableRule.BY_CODE);
                            cells(flagged, "单位支出总体情况表", "20103", null);
                        }),
                new Seeded("a 款 line that is not the sum of its 项", SHANGHAI_FINAL,
                        replace("title: 2023年度部门一般公共预算财政拨款支出决算表",
                                "20103\t政府办公厅(室)及相关机构事务\t628.32\t633.94\t547.44",
                                "20103\t政府办公厅(室)及相关机构事务\t628.32\t643.94\t557.44"),
                        flagged -> {
                            assertThat(flagged).extracting(Check::rule).containsOnly(HierarchyRule.ID);
                            cells(flagged, "2023年度部门一般公共预算财政拨款支出决算表", "20103", null);
                        }),
                new Seeded("a column total that is not the sum of its classes", XINJIANG_FINAL,
                        replace("title: 部门支出决算表", "合计{c2}\t780.79\t694.29\t86.50", "合计{c2}\t780.79\t649.29\t86.50"),
                        flagged -> cells(flagged, "部门支出决算表", null, "基本支出")),
                // a split the sentence states: no table holds 政府采购, its own parts must add up
                new Seeded("a 政府采购 part that its total does not hold", SHANGHAI_FINAL,
                        replace("#p 2023年度政府采购", "政府采购货物支出12.60万元", "政府采购货物支出21.60万元"),
                        flagged -> {
                            Check check = only(flagged, NarrativePartsRule.ID, 9, "21.60万元");
                            assertThat(check.message()).contains("超过总数 32.95万元");
                            assertThat(check.refs()).extracting(CheckRef::text).containsExactly("32.95万元", "21.60万元", "20.35万元");
                        }),
                // text hygiene
                new Seeded("a doubled comma", XINJIANG_BUDGET,
                        replace("#p 行政运行(2010301)", "，比上年预算", "，，比上年预算"),
                        flagged -> {
                            assertThat(flagged).singleElement().satisfies(c -> {
                                assertThat(c.rule()).isEqualTo(TextHygieneRule.PUNCTUATION);
                                assertThat(c.status()).isEqualTo(CheckStatus.WARN);
                                assertThat(c.refs()).extracting(CheckRef::page).containsOnly(7);
                            });
                        }),
                new Seeded("a doubled full stop", SHANGHAI_FINAL,
                        replace("#p 2023年度政府采购", "20.35万元。", "20.35万元。。"),
                        flagged -> {
                            assertThat(flagged).singleElement().satisfies(c -> {
                                assertThat(c.rule()).isEqualTo(TextHygieneRule.PUNCTUATION);
                                assertThat(c.status()).isEqualTo(CheckStatus.WARN);
                                assertThat(c.refs()).extracting(CheckRef::page).containsOnly(9);
                            });
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void exactlyTheSeededDefectIsFound(Seeded seeded) {
        assertThat(GeneratedDisclosures.clean(seeded.disclosure())).as("the clean print")
                .noneMatch(c -> c.status() == CheckStatus.FAIL || c.status() == CheckStatus.WARN);
        List<Check> checks = GeneratedDisclosures.seeded(seeded.disclosure(), seeded.defect());
        List<Check> flagged = checks.stream()
                .filter(c -> c.status() == CheckStatus.FAIL || c.status() == CheckStatus.WARN).toList();
        assertThat(flagged).as("what %s flags; unverified: %s", seeded, checks.stream()
                .filter(c -> c.status() == CheckStatus.UNVERIFIED).map(c -> c.rule() + " " + c.message() + " / " + c.doubt())
                .toList()).isNotEmpty();
        seeded.expect().accept(flagged);
    }

    // --- defects ----------------------------------------------------------------------------------

    /** The 三公 table and the narrative give 公务接待费 (and the 三公 total) one figure, the basic table another. */
    private static UnaryOperator<String> threePublicReception(String was, String now, String totalWas, String totalNow) {
        return spec -> {
            String tableRow = totalWas + "\t0.00\t4.20\t0.00\t4.20\t" + was;
            String seeded = replace(tableRow, tableRow, totalNow + "\t0.00\t4.20\t0.00\t4.20\t" + now).apply(spec);
            seeded = replace("“三公”经费预算数为", "预算数为" + totalWas, "预算数为" + totalNow).apply(seeded);
            return replace("“三公”经费预算数为", "公务接待费" + was, "公务接待费" + now).apply(seeded);
        };
    }
}
