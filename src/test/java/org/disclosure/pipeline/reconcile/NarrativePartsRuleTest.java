package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.junit.jupiter.api.Test;

/** A whole the narrative splits (其中：…) against its parts, read from one page of prose. */
class NarrativePartsRuleTest {

    private static List<Check> check(String text) {
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, null),
                List.of(new DisclosurePage(27, text, true, null)), List.of(), List.of(), List.of(), List.of(), List.of());
        return new NarrativePartsRule().check(document);
    }

    private static List<CheckStatus> statuses(String text) {
        return check(text).stream().map(Check::status).toList();
    }

    private static final String PROCUREMENT = "2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、"
            + "政府采购工程预算815.87万元、政府采购服务预算%s万元。";

    @Test
    void procurementPartsThatAddUpToTheirTotalPass() {
        assertThat(check(PROCUREMENT.formatted("752.59"))).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(NarrativePartsRule.ID);
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
            assertThat(c.expected()).isEqualByComparingTo("1662.44");
            assertThat(c.refs()).extracting(CheckRef::text)
                    .containsExactly("1662.44万元", "93.98万元", "815.87万元", "752.59万元");
        });
    }

    @Test
    void procurementPartsThatDoNotAddUpFailEitherWay() {
        // more than the whole: wrong whatever the list leaves out
        assertThat(check(PROCUREMENT.formatted("852.59"))).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.message()).contains("第27页").contains("政府采购预算1662.44万元").contains("超过总数")
                    .contains("100.00 万元");
            assertThat(c.difference()).isEqualByComparingTo("-100.00");
        });
        // less than the whole, where every part's name repeats the whole's: the split is the whole split
        assertThat(statuses(PROCUREMENT.formatted("652.59"))).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void aRoundingDifferenceIsAWarning() {
        // 122.43 + 1387.72 + 809.07 = 2319.22, printed 2319.21: within four half-cents
        assertThat(check("2024年度政府采购金额（以合同签订为准）为2319.21万元，其中：货物采购金额122.43万元、"
                + "工程采购金额1387.72万元、服务采购金额809.07万元。")).singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.WARN);
                    assertThat(c.message()).contains("仅差舍入").contains("±0.02 万元");
                });
    }

    @Test
    void aListOfTheMainPartsOnlyIsNoFindingWhenItFallsShort() {
        // 教育支出 and 科学技术支出 are two of many: less than the whole proves nothing
        assertThat(check("全市一般公共预算支出1225.57亿元，其中：教育支出200.15亿元，科学技术支出40.12亿元。")).isEmpty();
        // names that repeat part of the whole's are still two of its many parts
        assertThat(check("一般公共预算支出1225.57亿元，其中：一般公共服务支出100.15亿元，公共安全支出40.12亿元。")).isEmpty();
        // nor is more: parts not plainly the whole's split may overlap (stages of one credit line)
        assertThat(check("新增授信额度507.94亿元，其中签订合同金额425.56亿元，比上年增长65.5%，向企业贷款发放金额278.91亿元，"
                + "比上年增长9.6%。")).isEmpty();
        // the standard split of spending by nature is a whole split, named by the terms alone
        String spending = "本年支出9759.38万元，其中：基本支出5377.64万元，项目支出%s万元。";
        assertThat(statuses(spending.formatted("4381.74"))).containsExactly(CheckStatus.PASS);
        assertThat(statuses(spending.formatted("4481.74"))).containsExactly(CheckStatus.FAIL);
        assertThat(statuses(spending.formatted("4281.74"))).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void aListWhoseLevelIsInDoubtIsNotRead() {
        // 市对区转移支付 is part of 地方财力安排的经费类支出 (包括市本级…), not a second part of 教育支出
        assertThat(check("教育支出495.8亿元。其中:地方财力安排的经费类支出442.2亿元,包括市本级301.5亿元,完成调整预算的100.0%;"
                + "市对区转移支付140.7亿元。")).isEmpty();
        assertThat(check("节能环保支出安排152.1亿元。其中:地方财力安排的经费类支出142.1亿元,下降10.9%,主要是补贴减少;"
                + "包括市本级102.0亿元、市对区转移支付40.1亿元。")).isEmpty();
        // a ； separating the sources from the uses, each a list of several figures
        assertThat(check("收入合计3778485万元，其中：一般公共预算收入807890万元，上年结转及调入资金合计242991万元；"
                + "安排一般公共预算支出3244094万元，一般债务还本支出230577万元。")).isEmpty();
    }

    @Test
    void countsOfVehiclesAddUpWhenTheListEndsWithOthers() {
        String fleet = "截至2024年12月31日，本部门共有车辆%d辆，其中：领导干部用车0辆、一般公务用车1辆、执法执勤用车3辆、其他用车2辆。"
                + "单价100万元（含）以上设备（不含车辆）0台（套）。";
        assertThat(statuses(fleet.formatted(6))).containsExactly(CheckStatus.PASS);
        assertThat(check(fleet.formatted(7))).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.message()).contains("少于总数 7辆").contains("相差 1 辆");
        });
        assertThat(statuses(fleet.formatted(5))).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void aHeadingJoinedToTheSentenceIsNoPartOfTheWholesName() {
        assertThat(check("八、政府采购支出情况\n本部门2024年度政府采购金额2319.21万元，其中：货物采购金额122.43万元、"
                + "工程采购金额1387.72万元、服务采购金额909.07万元。")).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("「政府采购金额2319.21万元").doesNotContain("情况"));
    }

    @Test
    void aWholeEndingTheSentenceBeforeIsSplitByTheNextOne() {
        // 人员经费 + 公用经费 = 基本支出; what 人员经费 "主要包括" names no amount and is no part
        String basic = "一般公共预算财政拨款基本支出5377.64万元。其中：人员经费%s万元，主要包括：基本工资、津贴补贴、奖金；"
                + "公用经费480.66万元，主要包括：办公费、印刷费。";
        assertThat(statuses(basic.formatted("4896.98"))).containsExactly(CheckStatus.PASS);
        assertThat(statuses(basic.formatted("4996.98"))).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void changesBasesAndAsidesAreNoParts() {
        // 比…增加0.46万元 is a change, (含…) an aside inside a part, 比上年 a base
        assertThat(statuses("收入预算1,212.12万元，其中：财政拨款收入950.12万元，比2023年预算增加0.46万元；事业收入262.00万元；"
                + "事业单位经营收入0.00万元；其他收入0.00万元。")).containsExactly(CheckStatus.PASS);
        assertThat(statuses("公务接待费支出0.39万元，其中：国内公务接待支出0.39万元（含外宾接待支出0.20万元）、"
                + "国（境）外公务接待支出0.00万元。")).containsExactly(CheckStatus.PASS);
        // a list whose items are broken down further (主要包括 A、B) without ； is not read as parts of one level
        assertThat(check("项目支出500万元，其中：信息化项目300万元，主要包括软件200万元、硬件100万元。")).isEmpty();
    }

    @Test
    void oneAgreeingPartIsNoFindingButOneExceedingItsWholeIs() {
        assertThat(check("面向中小企业预留政府采购项目预算金额1486.42万元，其中，预留给小型和微型企业的政府采购项目预算为1486.42万元。"))
                .isEmpty();
        assertThat(statuses("面向中小企业预留政府采购项目预算金额1486.42万元，其中，预留给小型和微型企业的政府采购项目预算为1586.42万元。"))
                .containsExactly(CheckStatus.FAIL);
        // one part smaller than its whole is a subset, whatever its name
        assertThat(check("面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的政府采购项目预算为465.49万元。"))
                .isEmpty();
        assertThat(check("支出预算1,212.12万元，其中：财政拨款支出预算950.12万元，比2023年预算增加0.46万元。")).isEmpty();
        assertThat(check("新增政府债务限额496.1亿元，其中：一般债务限额39.4亿元。")).isEmpty();
    }

    private static List<Check> check(String kind, String... pageTexts) {
        List<DisclosurePage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < pageTexts.length; i++) {
            pages.add(new DisclosurePage(27 + i, pageTexts[i], true, null));
        }
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, kind),
                pages, List.of(), List.of(), List.of(), List.of(), List.of());
        return new NarrativePartsRule().check(document);
    }

    @Test
    void aListCutByThePageEndIsNoShortfall() {
        // the page ends the list before its full stop: 服务 is printed on the next page
        String cut = "2024年本部门政府采购预算1662.44万元，其中：政府采购货物预算93.98万元、\n政府采购工程预算815.87万元、";
        assertThat(check(null, cut, "政府采购服务预算752.59万元。")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
            assertThat(c.message()).contains("少于总数").contains("句子跨页，未读完");
        });
        // the same list ended by its full stop on the page is short of its whole
        assertThat(check(null, cut.substring(0, cut.length() - 1) + "。", "政府采购服务预算752.59万元。"))
                .extracting(Check::status).containsExactly(CheckStatus.FAIL);
        // parts already more than their whole are wrong however the list goes on
        assertThat(check(null, "2024年本部门政府采购预算662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、"))
                .extracting(Check::status).containsExactly(CheckStatus.FAIL);
        // a table ending the page ends the prose before it
        assertThat(check(null, cut.substring(0, cut.length() - 1) + "\n项目\t金额"))
                .extracting(Check::status).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void aWholeInASentenceBegunOnThePageBeforeIsNotJudged() {
        // 南昌's report: the 2.9亿元 opening the page is the increase whose words end the page before
        String before = "2023年市商务局支出决算3.3亿元,比部门预算数增加";
        String next = "2.9亿元。其中:基本支出0.4亿元，增加345万元，主要是人员经费;项目支出2.9亿元，增加2.9亿元，主要是专项资金。";
        assertThat(check("部门决算", before, next)).isEmpty();
        // read alone, the page's 2.9亿元 would be taken for the whole of the split
        assertThat(check("部门决算", "总体情况如下。", next)).extracting(Check::status).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void aFinalAccountsSpendingOfBasicAndProjectPartsOnlyIsNotProvenShort() {
        String spending = "本年支出9759.38万元，其中：基本支出5377.64万元，项目支出%s万元。";
        // a 决算's 本年支出 may also hold 上缴上级支出, 经营支出, 对附属单位补助支出
        assertThat(check("部门决算", spending.formatted("4281.74"))).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
            assertThat(c.message()).contains("少于总数").contains("上缴上级支出");
        });
        // more than the whole is wrong all the same
        assertThat(check("部门决算", spending.formatted("4481.74"))).extracting(Check::status)
                .containsExactly(CheckStatus.FAIL);
        // the text saying the two are all of it makes the shortfall certain
        assertThat(check("部门决算", "本年支出包括基本支出和项目支出两部分，共9759.38万元，其中：基本支出5377.64万元，"
                + "项目支出4281.74万元。")).extracting(Check::status).containsExactly(CheckStatus.FAIL);
        // 人员经费 and 公用经费 are all of 基本支出, in a 决算 too
        assertThat(check("部门决算", "基本支出5377.64万元，其中：人员经费4796.98万元，公用经费480.66万元。"))
                .extracting(Check::status).containsExactly(CheckStatus.FAIL);
    }
}
