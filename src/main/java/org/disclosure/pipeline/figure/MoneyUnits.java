package org.disclosure.pipeline.figure;

import java.math.BigDecimal;

/** Currency units and their scale to 元, for comparing figures printed in different units. */
public final class MoneyUnits {

    private MoneyUnits() {
    }

    /** 元 1, 千元 1000, 万元 10000, 百万元, 亿元; null for a unit that is not money. */
    public static BigDecimal scaleToYuan(String unit) {
        return unit == null ? null : Units.MONEY.get(unit);
    }
}
