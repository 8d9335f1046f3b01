package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentModeller;
import org.disclosure.pipeline.fixtures.DisclosurePdfWriter;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed rendition's real findings, and mutations of it: change one printed figure (or drop a
 * table) in the spec, render the PDF, and the expected check must fail, pointing at the right place.
 */
class SeedFindingsTest {

    private static final String SEED = "seed-2022-unit-budget.spec";

    @TempDir
    Path folder;

    private List<Check> checks(UnaryOperator<String> mutation) throws Exception {
        List<String> lines = Files.readAllLines(SampleGenerator.specFile(SEED));
        String text = mutation.apply(String.join("\n", lines));
        Path pdf = folder.resolve("seed.pdf");
        new DisclosurePdfWriter(DisclosureSpec.parse(text.lines().toList())).write(pdf, "fixture");
        ParsedPdf parsed = new PdfReader(500).read(pdf);
        DisclosureDocument document = new DocumentModeller().model(parsed, new TableExtractor().extract(parsed.pages()));
        return new Reconciler().check(document);
    }

    /** Failures other than the seed's own real findings (pinned below). */
    private static List<Check> failed(List<Check> checks) {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL)
                .filter(c -> !c.rule().equals(ProjectRule.NARRATIVE) && !c.rule().equals(YearRule.ID)).toList();
    }

    @Test
    void theSeedKeptLastYearsYearInOneSentence() throws Exception {
        // 七、… (三)2. … 其他政府办公厅(室)及相关机构事务支出(项): 2021年预算数为157万元 — in the 2022 budget
        assertThat(checks(UnaryOperator.identity())).filteredOn(c -> c.rule().equals(YearRule.ID)).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.refs()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("2021年预算数为"));
                });
    }

    @Test
    void theSeedsOneRealInconsistencyIsAProjectDescribedBeyondItsFunds() throws Exception {
        List<Check> checks = checks(UnaryOperator.identity());
        // 群众工作经费: 7万元, yet "开展宣传文化活动4余次,每次活动约4.8万元;慰问困难群众110余人,每人2000元/次"
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL && !c.rule().equals(YearRule.ID))
                .singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(ProjectRule.NARRATIVE);
            assertThat(c.message()).contains("群众工作经费").contains("41.2 万元").contains("7万元");
            // the funds are what the narrative prints; the allocation is computed from its description, in the same 万元
            assertThat(c.printed()).isEqualByComparingTo("7");
            assertThat(c.printedText()).isEqualTo("7万元");
            assertThat(c.expected()).isEqualByComparingTo("41.2");
            assertThat(c.expected().toPlainString()).isEqualTo("41.2");
            assertThat(c.difference()).isEqualByComparingTo("-34.2");
            assertThat(c.unit()).isEqualTo("万元");
            assertThat(c.computedAs()).contains("×");
        });
        // the other three projects' descriptions fit, and every project's cost targets fit its funds
        assertThat(checks).filteredOn(c -> c.rule().equals(ProjectRule.TARGETS)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void theSeedHasRoundingLevelDifferencesOnlyAndItsRatesAgree() throws Exception {
        List<Check> checks = checks(UnaryOperator.identity());
        assertThat(failed(checks)).as("failures in the unmutated seed, besides its real finding").isEmpty();
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.WARN).extracting(Check::rule)
                .containsOnly(HierarchyRule.ID, ThreePublicRule.ID);
        // the 三公 item that disagrees between tables: 公务用车运行费 100 against a basic line of 87.10 and no vehicle project
        assertThat(checks).filteredOn(c -> c.rule().equals(ThreePublicRule.ID) && c.status() == CheckStatus.WARN)
                .singleElement().satisfies(c -> assertThat(c.difference()).isEqualByComparingTo("12.90"));
        assertThat(checks).filteredOn(c -> c.rule().equals(NarrativeRateRule.ID))
                .extracting(Check::status).hasSizeGreaterThanOrEqualTo(4).containsOnly(CheckStatus.PASS);
        assertThat(checks).filteredOn(c -> c.rule().startsWith("cross.")).extracting(Check::rule)
                .contains(CrossTableRule.BASIC, CrossTableRule.PROJECT, CrossTableRule.OVERVIEW, CrossTableRule.BY_CODE,
                        CrossTableRule.PROJECT_BY_CODE, CrossTableRule.FISCAL);
        assertThat(checks).filteredOn(c -> c.rule().startsWith("cross.") && !c.rule().equals(ThreePublicRule.ID))
                .extracting(Check::status).containsOnly(CheckStatus.PASS);
        assertThat(checks).filteredOn(c -> c.rule().equals(NarrativeTableRule.SHARE))
                .extracting(Check::status).hasSizeGreaterThanOrEqualTo(2).containsOnly(CheckStatus.PASS);
        assertThat(checks).filteredOn(c -> c.rule().equals(NarrativeTableRule.AMOUNT))
                .extracting(Check::status).hasSizeGreaterThanOrEqualTo(3).containsOnly(CheckStatus.PASS);
    }

    @Test
    void aTotalMistypedInATableIsCaughtAndLocated() throws Exception {
        // 表三 合计 row: 基本支出 1346.16 printed as 1346.61
        List<Check> failures = failed(checks(spec -> spec.replace("合计{c4}\t1503.16\t1346.16\t157", "合计{c4}\t1503.16\t1346.61\t157")));
        assertThat(failures).filteredOn(c -> c.refs().get(0).table() != null).isNotEmpty().allSatisfy(c -> {
            assertThat(c.refs().get(0).table()).isEqualTo("单位支出总体情况表");
            assertThat(c.refs().get(0).rowLabel()).isEqualTo("合计");
        });
        // the table disagrees with its own rows, and the narrative's 基本支出1346.16万元 no longer restates it
        // (it says so three times: in the expenditure, the appropriation and the basic-expenditure sections)
        assertThat(failures).extracting(Check::rule).containsExactlyInAnyOrder("table.total-of-classes",
                "row.total-is-basic-plus-project", NarrativeTableRule.AMOUNT, NarrativeTableRule.AMOUNT,
                NarrativeTableRule.AMOUNT);
        assertThat(failures).filteredOn(c -> c.rule().equals("table.total-of-classes"))
                .singleElement().satisfies(c -> {
                    assertThat(c.refs().get(0).column()).isEqualTo(5);
                    assertThat(c.difference()).isEqualByComparingTo("0.45");
                });
    }

    @Test
    void aProjectTableThatDisagreesWithTheExpenditureTablesIsCaught() throws Exception {
        // 表七's 合计 row says 175 where 表三 and 表五 say 项目支出 157
        List<Check> failures = failed(checks(spec -> spec.replace("合计{c5}\t157\t\t157", "合计{c5}\t175\t\t157")));
        assertThat(failures).extracting(Check::rule).contains(CrossTableRule.PROJECT);
        assertThat(failed(checks(spec -> spec.replace("业务活动经费\t50\t\t50", "业务活动经费\t55\t\t55"))))
                .extracting(Check::rule).contains(CrossTableRule.PROJECT_BY_CODE);
        assertThat(failures).filteredOn(c -> c.rule().equals(CrossTableRule.PROJECT)).singleElement().satisfies(c -> {
            assertThat(c.refs()).extracting(CheckRef::table).containsExactly("一般公共预算支出情况表", "一般公共预算项目支出情况表");
            assertThat(c.difference().abs()).isEqualByComparingTo("18");
        });
    }

    @Test
    void anOverviewTotalThatNoLongerMatchesItsDetailTablesIsCaught() throws Exception {
        // 表一 收入总计 1503.16 -> 1530.16: the overview no longer balances nor matches the income table
        List<Check> failures = failed(checks(spec -> spec.replace("收入总计\t1503.16\t支出总计\t1503.16\n",
                "收入总计\t1530.16\t支出总计\t1503.16\n")));
        assertThat(failures).extracting(Check::rule).contains(BalanceRule.ID, CrossTableRule.OVERVIEW);
        assertThat(failures).filteredOn(c -> c.rule().equals(CrossTableRule.OVERVIEW)).singleElement()
                .satisfies(c -> assertThat(c.refs().get(0).table()).isEqualTo("单位收支总体情况表"));
    }

    @Test
    void aSubjectCodeWithTwoDifferentTotalsIsCaught() throws Exception {
        // 表二 (income) gives 2010301 as 1364.16 while 表三 (expenditure) says 1346.16
        List<Check> failures = failed(checks(spec -> spec.replace(
                "201\t03\t01\t行政运行(政府办公厅(室)及相关机构事务)\t1346.16\t1346. 16",
                "201\t03\t01\t行政运行(政府办公厅(室)及相关机构事务)\t1364.16\t1346. 16")));
        assertThat(failures).filteredOn(c -> c.rule().equals(CrossTableRule.BY_CODE)).singleElement().satisfies(c -> {
            assertThat(c.refs()).extracting(CheckRef::rowLabel).containsExactly("2010301", "2010301");
            assertThat(c.refs()).extracting(CheckRef::table).containsExactly("单位收入总体情况表", "单位支出总体情况表");
        });
    }

    @Test
    void aFiscalOverviewThatDisagreesWithTheGeneralPublicTableIsCaught() throws Exception {
        List<Check> failures = failed(checks(spec -> spec.replace("收入总计\t1503.16\t支出总计\t1503. 16\t1503. 16",
                "收入总计\t1503.16\t支出总计\t1503. 16\t1530. 16")));
        assertThat(failures).extracting(Check::rule).contains(CrossTableRule.FISCAL);
    }

    @Test
    void aMissingRequiredTableAndALeftPlaceholderAreCaught() throws Exception {
        List<Check> failures = failed(checks(spec -> spec
                .replaceAll("(?s)#table\nnumber: 表九:.*?#end\n", "")
                .replace("#p 备注: 克孜勒苏柯尔克孜自治州人民政府办公室 2022 年无政府性基金预算支出,政府性基金预算支出情况表为空表。\n", "")
                .replace("克孜勒苏柯尔克孜自治州人民政府办公室无其他需说明的事项。", "XX局无其他需说明的事项。")));
        assertThat(failures).extracting(Check::rule).contains(DocumentRule.REQUIRED, DocumentRule.PLACEHOLDERS);
        assertThat(failures).filteredOn(c -> c.rule().equals(DocumentRule.REQUIRED)).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("政府性基金预算支出情况表"));
        assertThat(failures).filteredOn(c -> c.rule().equals(DocumentRule.PLACEHOLDERS)).singleElement()
                .satisfies(c -> assertThat(c.refs()).extracting(CheckRef::text).containsExactly("XX局"));
    }

    @Test
    void costTargetsBeyondTheProjectsFundsAreCaught() throws Exception {
        // 机场设施租赁项目: 2000 人 × 0.05万元 = 100万元 > 60万元
        List<Check> failures = failed(checks(spec -> spec.replace("≤0.03万元/人{c2}", "≤0.05万元/人{c2}")));
        assertThat(failures).filteredOn(c -> c.rule().equals(ProjectRule.TARGETS)).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("机场设施租赁项目").contains("100 万元");
            assertThat(c.printed()).isEqualByComparingTo("60");
            assertThat(c.expected()).isEqualByComparingTo("100");
            assertThat(c.unit()).isEqualTo("万元");
        });
    }

    @Test
    void aWrongShareInTheNarrativeIsCaught() throws Exception {
        List<Check> failures = failed(checks(spec -> spec.replace("基本支出1346.16万元,占89.56%", "基本支出1346.16万元,占86.59%")));
        assertThat(failures).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(NarrativeTableRule.SHARE);
            assertThat(c.expected()).isEqualByComparingTo("89.56");
            assertThat(c.refs().get(0).text()).isEqualTo("86.59%");
        });
    }

    @Test
    void aWrongRateInTheNarrativeIsCaughtAndLocated() throws Exception {
        List<Check> failures = failed(checks(spec -> spec.replace("基本支出1346.16万元,占89.56%,比上年预算增加96.54万元,增长7.73%",
                "基本支出1346.16万元,占89.56%,比上年预算增加96.54万元,增长7.37%")));
        assertThat(failures).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(NarrativeRateRule.ID);
            assertThat(c.expected()).isEqualByComparingTo("7.73");
            assertThat(c.printed()).isEqualByComparingTo("7.37");
            assertThat(c.refs().get(0).text()).isEqualTo("增长7.37%");
            assertThat(c.refs().get(0).page()).isPositive();
        });
    }
}
