package org.disclosure.pipeline.reconcile.crossdoc;

import java.util.regex.Pattern;

import org.disclosure.pipeline.reconcile.UnitName;

/**
 * Whether two documents' units are the same, by the rule {@link UnitName} reads names with: spaces,
 * brackets and 人民政府/政府 made alike, the upper regions (上海市) may be left out and a region may be
 * abbreviated (区). Only a match that rule calls the same unit pairs documents; a doubtful one does not.
 * A 部门's list of its units says 本部 / 本级 / 机关 for the 部门's own office: that word is dropped.
 */
public final class SameUnit {

    private static final Pattern OWN_OFFICE = Pattern.compile("(?:机关本级|本级|本部|机关)$");

    private SameUnit() {
    }

    /** Null when {@code a} and {@code b} are not the same unit; "" when they are written alike; else how they were matched. */
    public static String match(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        String left = OWN_OFFICE.matcher(UnitName.canonical(a)).replaceAll("");
        String right = OWN_OFFICE.matcher(UnitName.canonical(b)).replaceAll("");
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        if (left.equals(right)) {
            return "";
        }
        UnitName one = UnitName.parse(left);
        UnitName other = UnitName.parse(right);
        if (one.compare(other) == UnitName.Match.SAME || other.compare(one) == UnitName.Match.SAME) {
            return "(单位名称「" + a + "」与「" + b + "」按规范化规则视为同一单位: 去空白和括号差异、人民政府作政府、"
                    + "可省去上级区划或简写区划)";
        }
        return null;
    }
}
