package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures as findings print them: exactly the decimal held (never through a double), thousands
 * grouped, with their unit (12,345.60 万元, 7 万元, 7.73%).
 */
public final class Amounts {

    private Amounts() {
    }

    /** {@code value} in {@code unit}; a null unit prints the bare figure. */
    public static String format(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String number = group(value);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** The digits of {@code value} as held, grouped by thousands: 22118861.34 is 22,118,861.34. */
    public static String group(BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
        String text = plain.abs().toPlainString();
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (plain.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : text.substring(dot));
    }

    /**
     * A computed value without the trailing zeros its arithmetic left (4 × 4.8万 is 19.20, not a
     * figure printed with two decimals), but to at least {@code scale} decimals, those of the figures
     * it is compared with.
     */
    static BigDecimal tidy(BigDecimal value, int scale) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < Math.max(scale, 0) ? stripped.setScale(Math.max(scale, 0), RoundingMode.UNNECESSARY) : stripped;
    }
}
