package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.disclosure.pipeline.fixtures.RealPdfSeeder;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 目录 and empty-table families of issue 15 on real documents: one defect seeded into a real
 * published PDF ({@link RealPdfSeeder}), read through the whole pipeline, gives exactly one new
 * finding, citing the 目录 line and its page, or the table by its printed title and page; nothing
 * the unseeded file does not flag is flagged anywhere else. Skipped without ../shared/real.
 */
class RealSeededContentsTest {

    private static final String WELFARE = "shanghai-putuo-welfare-home-2024-unit-budget.pdf";
    private static final String JUSTICE = "shanghai-putuo-justice-2026-dept-budget.pdf";
    private static final String PLANNING = "shanghai-putuo-planning-2024-final-accounts.pdf";
    /** The page each of these documents prints its 目录 on. */
    private static final int CONTENTS_PAGE = 2;

    private static final Map<String, List<Check>> CLEAN = new ConcurrentHashMap<>();

    record Seeded(String name, String pdf, RealSeededDefectsTest.Seeding seeding, Consumer<Check> expect) {
        @Override
        public String toString() {
            return name + " in " + pdf;
        }
    }

    static Stream<Seeded> defects() {
        return Stream.of(
                // (a) a 目录 entry renamed: it names a table the document does not print
                new Seeded("a 目录 entry naming the 项目支出 table where the 基本支出 one is printed", JUSTICE,
                        s -> s.replace(CONTENTS_PAGE, "8．2026年", "基本支出", "项目支出"),
                        check -> misprinted(check, "8．2026年部门一般公共预算项目支出部门预算经济分类预算表",
                                "2026年部门一般公共预算基本支出部门预算经济分类预算表", 19)),
                new Seeded("a 决算 目录 entry naming a table the document lacks", PLANNING,
                        // the 目录 page's font has no 目 (项目): another fund's 基本支出 table, which no 决算 has
                        s -> s.replace(CONTENTS_PAGE, "六、", "一般公共", "政府性基金"),
                        check -> misprinted(check, "六、政府性基金预算财政拨款基本支出决算表",
                                "一般公共预算财政拨款基本支出决算表", 16)),
                // (b) a table's printed title changed: the 目录 entry has no table under its name
                new Seeded("a table title that no longer is the 目录's", WELFARE,
                        s -> s.replace(12, "2024年预算单位", "预算支出功能", "预算项目功能"),
                        check -> misprinted(check, "6．2024年预算单位政府性基金预算支出功能分类预算表",
                                "2024年预算单位政府性基金预算项目功能分类预算表", 12)),
                // (c) two 目录 entries swapped
                new Seeded("two 目录 entries swapped", WELFARE,
                        s -> s.replace(CONTENTS_PAGE, "2. 2024", "收入", "支出").replace(CONTENTS_PAGE, "3. 2024", "支出", "收入"),
                        check -> outOfOrder(check, "3. 2024年预算单位收入预算总表", 8, 9)),
                new Seeded("two 决算 目录 entries swapped", PLANNING,
                        s -> s.replace(CONTENTS_PAGE, "二、收入决算表", "收入", "支出")
                                .replace(CONTENTS_PAGE, "三、支出决算表", "支出", "收入"),
                        check -> outOfOrder(check, "三、收入决算表", 8, 10)),
                // (d) the note explaining an empty table removed
                new Seeded("an empty table's note removed", WELFARE,
                        s -> s.replace(12, "合计", "注:本单位2024年无政府性基金预算财政拨款安排的预算，故本表为空表。", ""),
                        check -> unexplained(check, "2024年预算单位政府性基金预算支出功能分类预算表", 12)),
                new Seeded("an empty 决算 table's note removed", PLANNING,
                        s -> s.replace(18, "说明：", "说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。", ""),
                        check -> unexplained(check, "政府性基金预算财政拨款收入支出决算表", 18)),
                new Seeded("a 部门预算 empty table's note removed", JUSTICE,
                        s -> s.replace(17, "合计", "注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。", ""),
                        check -> unexplained(check, "2026年部门政府性基金预算支出功能分类预算表", 17)),
                // (e) the narrative against an empty table, and against one with figures
                new Seeded("an amount quoted for an empty table", WELFARE,
                        s -> s.replace(6, "政府性基金拨款支出预算", "0.00万元", "6.00万元"),
                        check -> {
                            assertThat(check.rule()).isEqualTo(EmptyTableRule.NARRATIVE);
                            assertThat(check.message()).contains("政府性基金拨款支出预算6.00万元");
                            assertThat(check.refs()).anySatisfy(r -> {
                                assertThat(r.page()).isEqualTo(6);
                                assertThat(r.text()).isEqualTo("6.00万元");
                            });
                            assertThat(check.refs()).anySatisfy(r -> {
                                assertThat(r.table()).isEqualTo("2024年预算单位政府性基金预算支出功能分类预算表");
                                assertThat(r.page()).isEqualTo(12);
                            });
                        }),
                new Seeded("0 quoted for a table with figures", JUSTICE,
                        s -> s.replace(22, "经费预算数为", "10.81万元", "0万元"),
                        check -> {
                            // the narrative-against-table check ties the sentence to its cell: one finding, not two
                            assertThat(check.refs()).anySatisfy(r -> {
                                assertThat(r.page()).isEqualTo(22);
                                assertThat(r.text()).isEqualTo("0万元");
                            });
                            assertThat(check.refs()).anySatisfy(r -> {
                                assertThat(r.table()).isEqualTo("2026年部门“三公”经费和机关运行经费预算表");
                                assertThat(r.page()).isEqualTo(21);
                                assertThat(r.text()).isEqualTo("10.81");
                            });
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void exactlyTheSeededDefectIsFound(Seeded seeded) throws Exception {
        Path original = Samples.shared().resolve("real").resolve(seeded.pdf());
        assumeTrue(Files.exists(original), "no " + original);
        Path copy = Path.of("target", "real-seeded", seeded.name().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf");
        try (RealPdfSeeder seeder = RealPdfSeeder.open(original)) {
            seeded.seeding().seed(seeder);
            seeder.save(copy);
        }
        List<String> clean = CLEAN.computeIfAbsent(seeded.pdf(), name -> RealSeededDefectsTest.checksOf(original)).stream()
                .filter(SeededDefects::flagged).map(RealSeededContentsTest::key).toList();
        List<Check> added = RealSeededDefectsTest.checksOf(copy).stream().filter(SeededDefects::flagged)
                .filter(c -> !clean.contains(key(c))).toList();
        assertThat(added).as("added: %s", describe(added)).singleElement().satisfies(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
            seeded.expect().accept(check);
        });
    }

    /** The entry's line on the 目录 page, and the table printed where the entry's should be. */
    private static void misprinted(Check check, String line, String printedTitle, int page) {
        assertThat(check.rule()).isEqualTo(ContentsRule.ID);
        assertThat(check.message()).contains("目录第" + CONTENTS_PAGE + "页「" + line + "」").contains("表名与目录不符");
        assertThat(check.refs()).anySatisfy(r -> {
            assertThat(r.page()).isEqualTo(CONTENTS_PAGE);
            assertThat(r.text()).isEqualTo(line);
        });
        assertThat(check.refs()).anySatisfy(r -> {
            assertThat(r.table()).isEqualTo(printedTitle);
            assertThat(r.page()).isEqualTo(page);
        });
    }

    private static void outOfOrder(Check check, String line, int tablePage, int beforePage) {
        assertThat(check.rule()).isEqualTo(ContentsRule.ID);
        assertThat(check.message()).contains("「" + line + "」").contains("表的顺序与目录不符");
        assertThat(check.refs()).extracting(CheckRef::page).containsExactly(CONTENTS_PAGE, tablePage, beforePage);
    }

    private static void unexplained(Check check, String title, int page) {
        assertThat(check.rule()).isEqualTo(EmptyTableRule.EXPLAINED);
        assertThat(check.refs()).singleElement().satisfies(r -> {
            assertThat(r.table()).isEqualTo(title);
            assertThat(r.page()).isEqualTo(page);
        });
    }

    private static String key(Check check) {
        return check.rule() + "|" + check.status() + "|" + check.refs().stream()
                .map(r -> r.page() + " " + r.table() + " " + r.code() + " " + r.row() + " " + r.column()).toList();
    }

    private static List<String> describe(List<Check> checks) {
        return checks.stream().map(c -> c.status() + " " + c.rule() + ": " + c.message() + " @ " + c.refs().stream()
                .map(r -> "p" + r.page() + " " + r.table() + " " + r.text()).toList()).toList();
    }
}
