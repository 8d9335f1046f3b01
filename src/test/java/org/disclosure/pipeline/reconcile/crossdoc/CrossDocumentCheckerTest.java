package org.disclosure.pipeline.reconcile.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.UNIT;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.budget;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.finalAccount;
import static org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.UncertainReading;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentFixtures.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated families of documents checked against each other through the archive folder. */
class CrossDocumentCheckerTest {

    @TempDir
    Path folder;

    private final CrossDocumentChecker checker = new CrossDocumentChecker();

    /** Last year's budget in 元: 201 / 20103 / 2010301 all 1,000,000.00 元, of which basic 800,000.00. */
    private static String budget2024(String unit) {
        return budget(unit, 2024, "部门预算", "元", null,
                row("201", "一般公共服务支出", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"),
                row("20103", "政府办公厅(室)及相关机构事务", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"),
                row("2010301", "行政运行", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"),
                row("合计{c2}", "900,000.00", "1,000,000.00", "800,000.00", "200,000.00"));
    }

    /** This year's budget in 万元, restating last year's 2010301 as {@code restated}. */
    private static String budget2025(String unit, String restated) {
        return budget(unit, 2025, "部门预算", "万元", null,
                row("201", "一般公共服务支出", "100.00", "120.00", "90.00", "30.00"),
                row("20103", "政府办公厅(室)及相关机构事务", "100.00", "120.00", "90.00", "30.00"),
                row("2010301", "行政运行", restated, "120.00", "90.00", "30.00"),
                row("合计{c2}", "100.00", "120.00", "90.00", "30.00"));
    }

    private Path archive() throws Exception {
        return Files.createDirectories(folder.resolve("archive"));
    }

    private List<Check> checks(Read read, Path archive, String rule) {
        return checker.check(read.document(), read.ledger(), new ArchiveCounterparts(archive)).stream()
                .filter(c -> c.rule().equals(rule)).toList();
    }

    @Test
    void lastYearsColumnsRestatingLastYearsBudgetPassAcrossUnitsOfMoney() throws Exception {
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024(UNIT), folder), archive, "budget-2024_aaaa0001");
        List<Check> checks = checks(CrossDocumentFixtures.read(budget2025(UNIT, "100.00"), folder), archive, PriorYearRule.ID);
        assertThat(checks).extracting(c -> c.refs().get(0).rowLabel()).contains("201", "20103", "2010301");
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
            assertThat(c.message()).contains("上年预算数").contains("budget-2024_aaaa0001").contains("相符");
            assertThat(c.refs()).extracting(CheckRef::document).containsExactly(null, "budget-2024_aaaa0001");
        });
    }

    @Test
    void aRestatedFigureThatDisagreesFailsOnItsSubjectCodeWithBothPlaces() throws Exception {
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024(UNIT), folder), archive, "budget-2024_aaaa0001");
        List<Check> checks = checks(CrossDocumentFixtures.read(budget2025(UNIT, "90.00"), folder), archive, PriorYearRule.ID);
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement().satisfies(c -> {
            assertThat(c.printed()).isEqualByComparingTo("90.00");
            assertThat(c.expected()).isEqualByComparingTo("100");
            assertThat(c.message()).contains("「2010301 行政运行」").contains("「上年预算数」").contains("相差 -10.00 万元")
                    .contains("2024年").contains("《2024年一般公共预算支出功能分类预算表》");
            assertThat(c.refs()).extracting(CheckRef::code).containsExactly("2010301", "2010301");
            assertThat(c.refs().get(1).text()).isEqualTo("1,000,000.00");
        });
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.PASS).isNotEmpty();
    }

    @Test
    void theEarlierDocumentArchivedSecondIsComparedWithTheLaterOnesColumns() throws Exception {
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2025(UNIT, "90.00"), folder), archive, "budget-2025_bbbb0002");
        List<Check> checks = checks(CrossDocumentFixtures.read(budget2024(UNIT), folder), archive, PriorYearRule.ID);
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("budget-2025_bbbb0002").contains("本文件");
            // the figure printed wrong is the later document's: its ref names its folder
            assertThat(c.refs()).extracting(CheckRef::document).containsExactly("budget-2025_bbbb0002", null);
        });
    }

    @Test
    void aDifferenceAtAFigureOcrReadWithLowConfidenceIsUnverified() throws Exception {
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024(UNIT), folder), archive, "budget-2024_aaaa0001");
        Read read = CrossDocumentFixtures.read(budget2025(UNIT, "90.00"), folder);
        TableFigure misread = DocumentFigures.of(read.document().tables(), read.ledger()).stream()
                .filter(f -> f.rowKey().equals("2010301") && f.columnMeaning().equals("previous-year")).findFirst().orElseThrow();
        List<Check> checks = checker.check(read.document(), read.ledger(),
                List.of(new UncertainReading(misread.page(), "90.00", misread.bbox(), 41)), new ArchiveCounterparts(archive));
        assertThat(checks).filteredOn(c -> c.refs().get(0).rowLabel().equals("2010301")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
            assertThat(c.doubt()).contains("文字识别").contains("「90.00」");
        });
    }

    @Test
    void anotherUnitOrAnotherYearIsNeverPaired() throws Exception {
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024("上海市普陀区另一局"), folder), archive, "other-unit_cccc0003");
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024(UNIT).replace("2024", "2023"), folder), archive,
                "two-years-back_dddd0004");
        Read read = CrossDocumentFixtures.read(budget2025(UNIT, "90.00"), folder);
        assertThat(checker.check(read.document(), read.ledger(), new ArchiveCounterparts(archive))).isEmpty();
    }

    @Test
    void aNameVariantOfTheUnitIsPairedAndTheMatchIsShown() throws Exception {
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budget2024("普陀区示范局"), folder), archive, "budget-2024_aaaa0001");
        List<Check> checks = checks(CrossDocumentFixtures.read(budget2025(UNIT, "100.00"), folder), archive, PriorYearRule.ID);
        assertThat(checks).isNotEmpty().allSatisfy(c -> assertThat(c.message()).contains("视为同一单位"));
    }

    private static String unitBudget(String unit, String total) {
        return budget(unit, 2025, "单位预算", "万元", null,
                row("201", "一般公共服务支出", "100.00", total, "90.00", "30.00"),
                row("合计{c2}", "100.00", total, "90.00", "30.00"));
    }

    @Test
    void aDepartmentWithOneUnitIsComparedWithItAndADifferenceIsOnlyUnverified() throws Exception {
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(unitBudget(UNIT, "120.00"), folder), archive, "unit-2025_eeee0005");
        List<Check> agree = checks(CrossDocumentFixtures.read(budget2025(UNIT, "100.00"), folder), archive, DepartmentSumRule.ID);
        assertThat(agree).filteredOn(c -> c.refs().get(0).rowLabel().equals("201") && c.message().contains("「合计」列"))
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(agree).noneMatch(c -> c.status() == CheckStatus.FAIL);

        Path other = Files.createDirectories(folder.resolve("archive2"));
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(unitBudget(UNIT, "110.00"), folder), other, "unit-2025_ffff0006");
        List<Check> differ = checks(CrossDocumentFixtures.read(budget2025(UNIT, "100.00"), folder), other, DepartmentSumRule.ID);
        assertThat(differ).filteredOn(c -> c.refs().get(0).rowLabel().equals("201") && c.message().contains("「合计」列"))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
                    assertThat(c.doubt()).contains("未列明所属单位");
                    assertThat(c.refs()).extracting(CheckRef::document).containsExactly(null, "unit-2025_ffff0006");
                });
    }

    @Test
    void aDepartmentListingItsUnitsIsSummedWhenAllAreArchivedAndFailsOnADifference() throws Exception {
        String members = "本部门预算包括： 1. 普陀区示范局本部 2. 普陀区示范中心";
        String department = budget(UNIT, 2025, "部门预算", "万元", members,
                row("201", "一般公共服务支出", "100.00", "150.00", "90.00", "60.00"),
                row("208", "社会保障和就业支出", "0.00", "10.00", "10.00", "0.00"),
                row("合计{c2}", "100.00", "150.00", "90.00", "60.00"));
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(unitBudget(UNIT, "120.00"), folder), archive, "own-office_eeee0005");
        List<Check> partly = checks(CrossDocumentFixtures.read(department, folder), archive, DepartmentSumRule.ID);
        assertThat(partly).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
            assertThat(c.message()).contains("普陀区示范中心").contains("未核对");
        });

        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(unitBudget("上海市普陀区示范中心", "30.00"), folder), archive,
                "centre_gggg0007");
        List<Check> summed = checks(CrossDocumentFixtures.read(department, folder), archive, DepartmentSumRule.ID);
        assertThat(summed).filteredOn(c -> c.refs().get(0).rowLabel().equals("201") && c.message().contains("「合计」列"))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.PASS);
                    assertThat(c.refs()).extracting(CheckRef::document).containsExactly(null, "own-office_eeee0005", "centre_gggg0007");
                });
        // a row none of its units has: they add up to nothing
        assertThat(summed).filteredOn(c -> c.refs().get(0).rowLabel().equals("208") && c.message().contains("「合计」列"))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.message()).contains("均无此行");
                    assertThat(c.expected()).isEqualByComparingTo("0");
                });
        // the 基本支出 column: 90 in the department, 90 + 90 in its units
        assertThat(summed).filteredOn(c -> c.refs().get(0).rowLabel().equals("201") && c.message().contains("「基本支出」列"))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.expected()).isEqualByComparingTo("180");
                });
    }

    private static String budgetForFinal(String total) {
        return budget(UNIT, 2024, "部门预算", "万元", null,
                row("201", "一般公共服务支出", "90.00", total, "80.00", "20.00"),
                row("合计{c2}", "90.00", total, "80.00", "20.00"));
    }

    @Test
    void aFinalAccountsOpeningBudgetIsComparedWithThatYearsBudgetEitherWay() throws Exception {
        String finals = finalAccount(UNIT, 2024, "部门决算", "万元",
                row("201", "一般公共服务支出", "100.00", "98.00", "79.00", "19.00"),
                row("合计{c2}", "100.00", "98.00", "79.00", "19.00"));
        Path archive = archive();
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(budgetForFinal("100.00"), folder), archive, "budget_hhhh0008");
        assertThat(checks(CrossDocumentFixtures.read(finals, folder), archive, FinalVsBudgetRule.ID))
                .isNotEmpty().allSatisfy(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.PASS);
                    assertThat(c.message()).contains("「年初预算数」").contains("budget_hhhh0008");
                });

        Path other = Files.createDirectories(folder.resolve("archive2"));
        CrossDocumentFixtures.archive(CrossDocumentFixtures.read(finals, folder), other, "final_iiii0009");
        List<Check> fromBudget = checks(CrossDocumentFixtures.read(budgetForFinal("110.00"), folder), other, FinalVsBudgetRule.ID);
        assertThat(fromBudget).filteredOn(c -> c.status() == CheckStatus.FAIL).hasSize(2).allSatisfy(c -> {
            assertThat(c.expected()).isEqualByComparingTo("110");
            assertThat(c.refs()).extracting(CheckRef::document).containsExactly("final_iiii0009", null);
        });
    }

    @Test
    void anUnreadableArchiveCostsOnlyTheseChecks() throws Exception {
        Path archive = archive();
        Files.createDirectories(archive.resolve("broken_jjjj0010"));
        Files.writeString(archive.resolve("broken_jjjj0010").resolve("document.json"), "{ not json");
        Read read = CrossDocumentFixtures.read(budget2025(UNIT, "90.00"), folder);
        assertThat(checker.check(read.document(), read.ledger(), new ArchiveCounterparts(archive))).isEmpty();
        assertThat(checker.check(read.document(), read.ledger(), new ArchiveCounterparts(folder.resolve("absent")))).isEmpty();
    }
}
