package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.SeededDefects.replaceOnce;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.reconcile.UnitName.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit a document names itself, by rule: abbreviations pass, another unit fails. */
class UnitNameRuleTest {

    private static final String SEED = "seed-2022-unit-budget.spec";
    private static final String DISTRICT = "district-2024-dept-budget.spec";

    @TempDir
    Path folder;

    private static Match compare(String unit, String mention) {
        return UnitName.parse(unit).compare(UnitName.parse(mention));
    }

    @Test
    void abbreviationsAreTheSameUnitByRule() {
        assertThat(compare("克孜勒苏柯尔克孜自治州人民政府办公室", "克州人民政府办公室")).isEqualTo(Match.SAME);
        assertThat(compare("克孜勒苏柯尔克孜自治州人民政府办公室", "克州政府办公室")).isEqualTo(Match.SAME);
        assertThat(compare("上海市普陀区民政局", "普陀区民政局")).isEqualTo(Match.SAME);
        assertThat(compare("上海市普陀区民政局", "区民政局")).isEqualTo(Match.SAME);
        assertThat(compare("上海市普陀区民政局", "民政局")).isEqualTo(Match.SAME);
        assertThat(compare("上海市普陀区人民政府万里街道办事处", "万里街道办事处")).isEqualTo(Match.SAME);
        assertThat(compare("上海市普陀区规划和自然资源局", "上海市普陀区规划与自然资源局")).isEqualTo(Match.SAME);
        assertThat(compare("巴音郭楞蒙古自治州财政局", "巴州财政局")).isEqualTo(Match.SAME);
    }

    @Test
    void anotherBureauOrDistrictIsAnotherUnit() {
        assertThat(compare("上海市普陀区司法局", "上海市普陀区民政局")).isEqualTo(Match.OTHER_UNIT);
        assertThat(compare("上海市普陀区司法局", "上海市静安区司法局")).isEqualTo(Match.OTHER_UNIT);
        // 和 joins words in both names; it is no word they share
        assertThat(compare("上海市普陀区规划和自然资源局", "上海市普陀区社会保障和就业局")).isEqualTo(Match.OTHER_UNIT);
        assertThat(compare("上海市普陀区规划和自然资源局", "普陀区规划资源局")).isEqualTo(Match.UNSURE);
        assertThat(compare("克孜勒苏柯尔克孜自治州人民政府办公室", "克州财政局")).isEqualTo(Match.OTHER_UNIT);
        assertThat(compare("上海市普陀区规划和自然资源局", "上海市规划和自然资源局")).isEqualTo(Match.UPPER_LEVEL);
        assertThat(compare("上海市普陀区市场监督管理局", "普陀区市场监管局")).isEqualTo(Match.UNSURE);
    }

    @Test
    void theSeedNamesItselfInFullAndAbbreviatedWithoutAFailure() throws Exception {
        assertThat(SeededDefects.checks(SEED, UnaryOperator.identity(), folder))
                .filteredOn(c -> c.rule().equals(UnitNameRule.ID)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void aTablePreparedByAnotherUnitFailsNamingTheTable() throws Exception {
        assertThat(SeededDefects.added(SEED, replaceOnce("prepared: 克州人民政府办公室", "prepared: 克州财政局"), folder))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(UnitNameRule.ID);
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.message()).contains("《单位收支总体情况表》编制部门").contains("克州财政局");
                    assertThat(c.refs()).singleElement().satisfies(r -> {
                        assertThat(r.table()).isEqualTo("单位收支总体情况表");
                        assertThat(r.page()).isEqualTo(3);
                    });
                });
    }

    @Test
    void aPlaceholderLeftInA编制单位IsThePlaceholderFindingAlone() throws Exception {
        // one defect, one red line: the template's XX is document.placeholders', not another unit
        assertThat(SeededDefects.added(SEED, replaceOnce("prepared: 克州人民政府办公室", "prepared: 克州XX办公室"), folder))
                .singleElement().satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(DocumentRule.PLACEHOLDERS);
                    assertThat(c.message()).contains("XX办");
                });
    }

    @Test
    void aSentenceNamingAnotherBureauFails() throws Exception {
        assertThat(SeededDefects.added(SEED, replaceOnce("#p 克孜勒苏柯尔克孜自治州人民政府办公室 2022 年支出预算",
                "#p 克孜勒苏柯尔克孜自治州财政局 2022 年支出预算"), folder)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(UnitNameRule.ID);
            assertThat(c.refs().get(0).text()).isEqualTo("克孜勒苏柯尔克孜自治州财政局");
        });
    }

    @Test
    void aDistrictDocumentNamingAnotherStreetOfficeFails() throws Exception {
        List<Check> added = SeededDefects.added(DISTRICT, replaceOnce("prepared: 上海市普陀区某街道办事处",
                "prepared: 上海市普陀区万里街道办事处"), folder);
        assertThat(added).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(UnitNameRule.ID);
            assertThat(c.refs().get(0).table()).isEqualTo("2024年部门财务收支预算总表");
        });
    }

    @Test
    void unseededFixturesHaveNoUnitFailure() throws Exception {
        for (String spec : List.of(DISTRICT, "small-unit-2024-unit-budget.spec")) {
            assertThat(SeededDefects.checks(spec, UnaryOperator.identity(), folder)).as(spec)
                    .filteredOn(c -> c.rule().equals(UnitNameRule.ID)).noneMatch(SeededDefects::flagged);
        }
    }
}
