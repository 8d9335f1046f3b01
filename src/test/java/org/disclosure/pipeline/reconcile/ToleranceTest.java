package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

class ToleranceTest {

    /** Cells as the page prints them: "22,118,861", "1346.16", "157". */
    private static List<BigDecimal> weighed(String... printed) {
        return Tolerance.weighed(Arrays.stream(printed).map(text -> new DisclosureCell(text,
                new BigDecimal(text.replace(",", "")), false, null, null, 1, new Box(0.0, 0.0, 1.0, 1.0), 0, 0, 1, 1)).toList());
    }

    @Test
    void aTotalPrintedInWholeYuanOverPartsInFenMayBeOffByHalfAYuan() {
        // 上海市普陀区司法局2026年单位预算: 合计 printed 22,118,861 over classes summing to 22,118,861.34
        List<BigDecimal> parts = weighed("14,348,853.34", "2,925,857.00", "982,692.00", "3,861,459.00");
        assertThat(Tolerance.judge(new BigDecimal("22118861"), new BigDecimal("22118861.34"), parts)).isEqualTo(CheckStatus.WARN);
        assertThat(Tolerance.judge(new BigDecimal("22118862"), new BigDecimal("22118861.34"), parts))
                .as("0.66 元 is more than rounding can explain").isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aPartRoundedByItsNumberFormatMayBeOffByHalfItsLastDigit() {
        // the same document's 合计 row: 86,959,408.34 = 基本支出 22,118,861 (rounded) + 项目支出 64,840,547.00
        assertThat(Tolerance.judge(new BigDecimal("86959408.34"), new BigDecimal("86959408.00"),
                weighed("22,118,861", "64,840,547.00"))).isEqualTo(CheckStatus.WARN);
    }

    @Test
    void aWholeNumberInGeneralFormatAmongDecimalsIsExact() {
        // the seed's 合计 row: 1503.16 = 1346.61 (a digit swap of 1346.16) + 157, which a spreadsheet prints for 157.00
        assertThat(Tolerance.judge(new BigDecimal("1503.16"), new BigDecimal("1503.61"), weighed("1346.61", "157")))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void figuresPrintedToTheSamePrecisionMayDriftByHalfAUnitEach() {
        List<BigDecimal> parts = weighed("1.01", "2.01", "3.01");
        assertThat(Tolerance.judge(new BigDecimal("6.03"), new BigDecimal("6.03"), parts)).isEqualTo(CheckStatus.PASS);
        assertThat(Tolerance.judge(new BigDecimal("6.05"), new BigDecimal("6.03"), parts)).isEqualTo(CheckStatus.WARN);
        assertThat(Tolerance.judge(new BigDecimal("6.06"), new BigDecimal("6.03"), parts)).isEqualTo(CheckStatus.FAIL);
    }
}
