package org.disclosure.pipeline.reconcile.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.junit.jupiter.api.Test;

/** How a restated figure is judged against the published one: rounding, units of money, doubts. */
class ComparisonTest {

    private static TableFigure figure(String meaning, String header, String value, String unit, String doubt) {
        return new TableFigure("budget.general-public", "一般公共预算支出功能分类预算表", "t1", unit, "2010301", "行政运行",
                meaning, header, new BigDecimal(value), value, 3, 4, 2, new Box(1.0, 2.0, 3.0, 4.0), doubt);
    }

    private static Side side(String folder, int year, TableFigure... figures) {
        return new Side(folder, "示范局" + year + "年部门预算", "上海市普陀区示范局", year, "部门预算", List.of(figures), List.of());
    }

    private static Check judge(String restated, String restatedUnit, String published, String publishedUnit,
                               String laterDoubt, String earlierDoubt) {
        Side later = side(null, 2025, figure("previous-year", "上年预算数", restated, restatedUnit, laterDoubt));
        Side earlier = side("budget-2024_aaaa0001", 2024, figure("total", "本年预算数 / 合计", published, publishedUnit, earlierDoubt));
        return PriorYearRule.compare(later, earlier, "").get(0);
    }

    @Test
    void equalOnceRoundedAsPrintedPasses() {
        assertThat(judge("100.00", "万元", "1,000,040.00".replace(",", ""), "元", null, null).status())
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aDifferenceWithinTheLastDigitsHalfUnitsWarnsWithItsBound() {
        Check check = judge("100.04", "万元", "100.0", "万元", null, null);
        assertThat(check.status()).isEqualTo(CheckStatus.WARN);
        assertThat(check.message()).contains("相差 0.04 万元").contains("±0.055 万元");
    }

    @Test
    void aRealDifferenceFailsOnlyWhenBothReadingsAreClean() {
        assertThat(judge("90.00", "万元", "100.00", "万元", null, null).status()).isEqualTo(CheckStatus.FAIL);
        Check doubtedHere = judge("90.00", "万元", "100.00", "万元", "第3页旁有2个数字未能读入表格", null);
        assertThat(doubtedHere.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(doubtedHere.doubt()).contains("本文件").contains("未能读入");
        Check doubtedThere = judge("90.00", "万元", "100.00", "万元", null, "第3页旁有2个数字未能读入表格");
        assertThat(doubtedThere.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(doubtedThere.doubt()).contains("budget-2024_aaaa0001");
    }

    @Test
    void aTableWithoutAUnitOfMoneyIsNotComparedWithOneInYuan() {
        Side later = side(null, 2025, figure("previous-year", "上年预算数", "100.00", null, null));
        Side earlier = side("budget-2024_aaaa0001", 2024, figure("total", "合计", "1000000.00", "元", null));
        assertThat(PriorYearRule.compare(later, earlier, "")).isEmpty();
    }

    @Test
    void aCarryOverFromLastYearIsNotLastYearsFigure() {
        assertThat(DocumentFigures.refined("previous-year", "单位上年结余(不含国库集中支付额度结余)")).isNull();
        assertThat(DocumentFigures.refined("total", "上年预算数 / 合计")).isEqualTo("total/previous-year");
        assertThat(DocumentFigures.refined("budget", "调整预算数")).isEqualTo("adjusted-budget");
        assertThat(DocumentFigures.refined("basic", "年初预算数 / 基本支出")).isEqualTo("basic/budget");
    }
}
