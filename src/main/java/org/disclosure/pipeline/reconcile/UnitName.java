package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * The name of an organisation, read as its regions and its own name: 上海市 / 普陀区 / 司法局,
 * 克孜勒苏柯尔克孜自治州 / 政府办公室. Two names are the same unit when their own names agree (one
 * may drop words at its front: 政府办公室, 办公室) and their regions agree from the lowest up, each
 * written in full or abbreviated as documents abbreviate: 克州 for 克孜勒苏柯尔克孜自治州 (the first
 * character and the administrative suffix), 区 for 普陀区; the upper regions may be dropped.
 */
public record UnitName(List<String> regions, String body) {

    public enum Match { SAME, UPPER_LEVEL, OTHER_UNIT, UNSURE }

    private static final Pattern REGION = Pattern.compile(
            "^[\\p{IsHan}]{1,12}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|县|区|旗|盟)");
    private static final String SINGLE_REGION = "省市州县区旗盟";
    private static final String CONNECTIVES = "[和与及、]";
    /** The word that ends an organisation's name. */
    static final Pattern SUFFIX = Pattern.compile(
            "(?:办公室|办事处|委员会|管理局|局|中心|院|所|站|馆|校|队|厅|处|委|办|会|社|团|室|部)$");

    public static String canonical(String name) {
        return TextNormalizer.normalize(name).replaceAll("\\s+", "").replace('（', '(').replace('）', ')')
                .replaceAll("\\((?:部门|单位)\\)", "").replace('与', '和').replace("人民政府", "政府");
    }

    public static UnitName parse(String name) {
        String rest = canonical(name);
        List<String> regions = new ArrayList<>();
        Matcher m = REGION.matcher(rest);
        while (m.find() && rest.length() - m.end() >= 2) {
            regions.add(m.group());
            rest = rest.substring(m.end());
            m = REGION.matcher(rest);
        }
        if (regions.isEmpty() && rest.length() >= 3 && SINGLE_REGION.indexOf(rest.charAt(0)) >= 0) {
            regions.add(rest.substring(0, 1));
            rest = rest.substring(1);
        }
        return new UnitName(List.copyOf(regions), rest);
    }

    /** The end word (局, 办公室) of the name, or "" when it has none. */
    static String suffix(String name) {
        Matcher m = SUFFIX.matcher(canonical(name));
        return m.find() ? m.group() : "";
    }

    /** How {@code mention} names the unit called {@code this}. */
    public Match compare(UnitName mention) {
        String a = body;
        String b = mention.body;
        boolean bodies = a.equals(b) || a.endsWith(b) && b.length() >= 2 || b.endsWith(a);
        if (!bodies) {
            String whole = String.join("", regions) + body;
            String other = String.join("", mention.regions) + mention.body;
            if (whole.endsWith(other) && other.length() >= 2 || other.endsWith(whole)) {
                return Match.SAME;
            }
            // an office is not a bureau; 司法局 and 民政局 differ in words that share nothing;
            // 市场监管局 may abbreviate 市场监督管理局
            String mySuffix = suffix(a);
            String theirSuffix = suffix(b);
            if (!mySuffix.isEmpty() && !theirSuffix.isEmpty() && !mySuffix.endsWith(theirSuffix) && !theirSuffix.endsWith(mySuffix)) {
                return Match.OTHER_UNIT;
            }
            int common = commonSuffix(a, b);
            // 和, 与 and 及 join the words of a name (规划和自然资源, 社会保障和就业): sharing one says nothing
            String mineOnly = a.substring(0, a.length() - common).replaceAll(CONNECTIVES, "");
            String theirsOnly = b.substring(0, b.length() - common).replaceAll(CONNECTIVES, "");
            boolean disjoint = theirsOnly.chars().noneMatch(c -> mineOnly.indexOf(c) >= 0);
            return !mineOnly.isEmpty() && !theirsOnly.isEmpty() && disjoint ? Match.OTHER_UNIT : Match.UNSURE;
        }
        List<String> mine = regions;
        List<String> theirs = mention.regions;
        for (int i = 1; i <= Math.min(mine.size(), theirs.size()); i++) {
            String full = mine.get(mine.size() - i);
            String written = theirs.get(theirs.size() - i);
            boolean leftmost = i == theirs.size();
            if (written.equals(full) || abbreviates(written, full) || leftmost && written.endsWith(full)) {
                continue;
            }
            // 上海市规划和自然资源局 for 上海市普陀区规划和自然资源局: the unit of the level above
            for (String upper : mine.subList(0, mine.size() - i)) {
                if (written.equals(upper) || leftmost && written.endsWith(upper)) {
                    return Match.UPPER_LEVEL;
                }
            }
            return written.length() >= 2 && written.length() <= 10 ? Match.OTHER_UNIT : Match.UNSURE;
        }
        return Match.SAME;
    }

    /** 克州 for 克孜勒苏柯尔克孜自治州, 区 for 普陀区: the administrative suffix, after the first character or alone. */
    static boolean abbreviates(String written, String full) {
        if (written.length() >= full.length() || written.charAt(written.length() - 1) != full.charAt(full.length() - 1)) {
            return false;
        }
        if (written.length() == 1) {
            return true;
        }
        if (written.charAt(0) != full.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char c : written.toCharArray()) {
            at = full.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
