package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.SeededDefects.replaceOnce;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year slip seeded into a clean generated disclosure fails where it is; other years in their places do not. */
class YearRuleTest {

    private static final String SEED = "seed-2022-unit-budget.spec";
    private static final String DISTRICT = "district-2024-dept-budget.spec";

    @TempDir
    Path folder;

    private List<Check> added(String spec, UnaryOperator<String> defect) throws Exception {
        return SeededDefects.added(spec, defect, folder);
    }

    @Test
    void aSectionTitleOfAnotherYearFailsAtItsLine() throws Exception {
        assertThat(added(SEED, replaceOnce("#h2 第三部分 2022 年单位预算情况说明", "#h2 第三部分 2021 年单位预算情况说明")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(YearRule.HEADING);
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.message()).contains("第三部分 2021 年单位预算情况说明").contains("2022 年单位预算");
                    assertThat(c.refs()).singleElement().satisfies(r -> assertThat(r.page()).isEqualTo(13));
                });
    }

    @Test
    void aTableTitleOfAnotherYearFailsNamingTheTable() throws Exception {
        assertThat(added(DISTRICT, replaceOnce("title: 2024年部门支出预算总表", "title: 2023年部门支出预算总表")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(YearRule.HEADING);
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.message()).contains("《2023年部门支出预算总表》");
                    assertThat(c.refs()).singleElement().satisfies(r -> {
                        assertThat(r.table()).isEqualTo("2023年部门支出预算总表");
                        assertThat(r.page()).isEqualTo(3);
                    });
                });
    }

    @Test
    void aSentenceGivingThisYearsFigureUnderAnotherYearFails() throws Exception {
        assertThat(added(SEED, replaceOnce("2022 年支出预算 1503.16 万元", "2021 年支出预算 1503.16 万元")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(YearRule.ID);
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.refs().get(0).text()).contains("2021 年支出预算");
                });
    }

    @Test
    void theSeedsOwnSlipIsFoundAtItsSentence() throws Exception {
        assertThat(SeededDefects.checks(SEED, UnaryOperator.identity(), folder))
                .filteredOn(c -> c.rule().startsWith("document.year") && c.status() != CheckStatus.PASS)
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(YearRule.ID);
                    assertThat(c.refs().get(0).text()).isEqualTo("2021年预算数为");
                    assertThat(c.refs().get(0).page()).isEqualTo(14);
                });
    }

    @Test
    void theUnitsFiguresOpenedByAnotherYearFail() throws Exception {
        assertThat(added(SEED, replaceOnce("#p 2022年,克孜勒苏柯尔克孜自治州人民政府办公室政府采购预算",
                "#p 2021年,克孜勒苏柯尔克孜自治州人民政府办公室政府采购预算"))).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(YearRule.ID);
            assertThat(c.refs().get(0).text()).startsWith("2021年");
        });
    }

    @Test
    void lastYearsWorkIsNoClaimAboutThisYearsFigures() throws Exception {
        assertThat(added(SEED, replaceOnce("#p 收入预算包括:一般公共服务1503.16万元。",
                "#p 收入预算包括:一般公共服务1503.16万元。\n#p 2021年,克孜勒苏柯尔克孜自治州人民政府办公室圆满完成各项工作任务。")))
                .isEmpty();
    }

    @Test
    void anAssetCountDatedTwoYearsBackFails() throws Exception {
        assertThat(added(SEED, replaceOnce("#p 截至2021年底,", "#p 截至2020年底,"))).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(YearRule.DATE);
            assertThat(c.refs().get(0).text()).isEqualTo("2020年底");
        });
    }

    @Test
    void aSignatureDatedBeforeTheBudgetYearFails() throws Exception {
        assertThat(added(SEED, replaceOnce("#p 2022年3月15日", "#p 2020年3月15日"))).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(YearRule.DATE);
            assertThat(c.message()).contains("2020-03-15");
        });
    }

    @Test
    void aCoverThatKeptLastYearsYearIsTheOneReported() throws Exception {
        List<Check> added = added(SEED, replaceOnce("#h1 克孜勒苏柯尔克孜自治州人民政府办公室 2022 年单位预算公开",
                "#h1 克孜勒苏柯尔克孜自治州人民政府办公室 2021 年单位预算公开"));
        assertThat(added).filteredOn(c -> c.rule().startsWith("document.year")).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(YearRule.HEADING);
            assertThat(c.refs().get(0).page()).isEqualTo(1);
            assertThat(c.message()).contains("2021 年单位预算公");
        });
    }

    @Test
    void aColumnOfThisYearsFiguresUnderAnotherYearFails() throws Exception {
        List<Check> added = added("corpus-column-rules.spec", spec -> spec.replace("2022年决算数{c3}", "2021年决算数{c3}")
                .replace("2022年初预算数", "2021年初预算数").replace("2022年调整后预算数", "调整后预算数"));
        assertThat(added).isNotEmpty().allSatisfy(c -> {
            assertThat(c.rule()).isEqualTo(YearRule.COLUMN);
            assertThat(c.refs().get(0).table()).isEqualTo("2022年全市一般公共预算收入决算表");
        });
        assertThat(added).anySatisfy(c -> assertThat(c.message()).contains("\"2021年初预算数\"列"));
    }

    @Test
    void lastYearsColumnBesideThisYearsIsAComparison() throws Exception {
        // the fixture prints 2021年决算数 beside 2022年决算数 in a 2022 决算: no claim about this year
        assertThat(SeededDefects.checks("corpus-column-rules.spec", UnaryOperator.identity(), folder))
                .filteredOn(c -> c.rule().equals(YearRule.COLUMN)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void yearsOfPlansLawsHistoryAndComparisonsAreNoSlip() throws Exception {
        String sentences = "#p 根据《中华人民共和国预算法》(2018年修正)和克政办发〔2021〕12号,按照\"十四五\"规划(2021-2025年)要求,"
                + "自2018年以来本单位持续压减一般性支出,2022年支出预算比2021年增长5.59%,与2021年预算相比增加79.54万元。";
        assertThat(added(SEED, replaceOnce("#p 收入预算包括:一般公共服务1503.16万元。",
                "#p 收入预算包括:一般公共服务1503.16万元。\n" + sentences))).isEmpty();
    }

    @Test
    void aBudgetComparedWithItsOwnYearWarns() throws Exception {
        assertThat(added(SEED, replaceOnce("比上年预算增加 79. 54 万元", "比2022年预算增加 79. 54 万元")))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(YearRule.COMPARISON);
                    assertThat(c.status()).isEqualTo(CheckStatus.WARN);
                });
    }

    @Test
    void unseededFixturesHaveNoYearFailure() throws Exception {
        for (String spec : List.of(DISTRICT, "small-unit-2024-unit-budget.spec", "corpus-column-rules.spec")) {
            assertThat(SeededDefects.checks(spec, UnaryOperator.identity(), folder)).as(spec)
                    .filteredOn(c -> c.rule().startsWith("document.year")).noneMatch(SeededDefects::flagged);
        }
    }
}
