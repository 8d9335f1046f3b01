package org.disclosure.pipeline.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index's first rule for matching a unit across name variants, and the region a unit belongs
 * to. Normalising: spaces and brackets go, 人民政府 reads as 政府, and a leading province or city
 * is dropped when a district or county follows it (上海市普陀区人民政府办公室 → 普陀区政府办公室).
 * It is a search key, not a proof of identity: a cross-document check must say how it matched.
 */
public final class UnitNames {

    /** Province, city, then district or county, each as printed at the head of a unit's name. */
    private static final Pattern REGION = Pattern.compile(
            "^((?:.{2,8}?(?:省|自治区))?(?:.{2,10}?(?:市|自治州|地区|盟))?(?:.{1,6}?(?:区|县|旗))?)");
    private static final Pattern UPPER_LEVEL_THEN_DISTRICT = Pattern.compile("^.{2,8}?(?:省|自治区|市)(?=.{1,6}?(?:区|县|旗|市))");

    private UnitNames() {
    }

    public static String normalise(String unit) {
        if (unit == null) {
            return null;
        }
        String name = unit.replaceAll("[\\s\\u3000（）()【】\\[\\]]", "").replace("人民政府", "政府");
        Matcher upper = UPPER_LEVEL_THEN_DISTRICT.matcher(name);
        if (upper.find() && name.length() - upper.end() >= 4) {
            name = name.substring(upper.end());
        }
        return name.isEmpty() ? null : name;
    }

    /** The administrative region at the head of the unit's name (上海市普陀区), or null when it names none. */
    public static String region(String unit) {
        if (unit == null) {
            return null;
        }
        String name = unit.replaceAll("\\s", "");
        Matcher matcher = REGION.matcher(name);
        if (!matcher.find() || matcher.group(1).isEmpty() || matcher.group(1).length() == name.length()) {
            return null;
        }
        return matcher.group(1);
    }
}
