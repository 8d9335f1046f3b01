package org.disclosure.pipeline.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every figure in running text, with its span, as narrative checks need them:
 * "基本支出1346.16万元,占89.56%,比上年预算增加96.54万元,增长7.73%" holds an amount, a share, an
 * amount change and a rate change. Dates (2022年, 1月), list numbering ((1), 1、) and Chinese
 * numerals without a unit (一般, 之一) are not figures.
 */
public final class FigureFinder {

    private static final String GAP = "[ \\t]*";
    private static final String SPACED_DIGITS = "\\d(?:[ \\t]\\d){2,}(?:" + GAP + "\\." + GAP + "\\d(?:[ \\t]?\\d)*)?";
    private static final String ARABIC = "\\d{1,3}(?:" + GAP + "," + GAP + "\\d{3})+(?:" + GAP + "\\." + GAP + "\\d+)?"
            + "|\\d+(?:" + GAP + "\\." + GAP + "\\d+)?";

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<direction>(?:" + FigureParser.INCREASE + "|" + FigureParser.DECREASE + ")" + GAP + ")?"
            + "(?<rel>(?:" + FigureParser.RELATION + ")" + GAP + ")?"
            + "(?<approx1>(?:" + FigureParser.APPROX_BEFORE + ")" + GAP + ")?"
            + "(?<sign>-)?"
            + "(?<![\\d.,A-Za-z])"
            + "(?<num>" + SPACED_DIGITS + "|" + ARABIC + "|(?<cn>" + FigureParser.CN_NUMBER + "))"
            + "(?<mult>" + GAP + "[万亿](?!元))?"
            + "(?<approx2>" + GAP + "(?:" + FigureParser.APPROX_AFTER + "))?"
            + "(?<unit>" + GAP + "(?:" + Units.UNIT_REGEX + "))?");

    private FigureFinder() {
    }

    public static List<Figure> find(String text) {
        String folded = Fold.fold(text);
        List<Figure> figures = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(folded);
        while (m.find()) {
            if (m.group("num") == null || skip(m, folded)) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            if (FigureParser.parse(folded.substring(start, end)) instanceof Figure figure) {
                figures.add(figure.at(text.substring(start, end), start, end));
            }
        }
        return figures;
    }

    private static boolean skip(Matcher m, String text) {
        String unit = m.group("unit") == null ? null : m.group("unit").strip();
        boolean qualified = m.group("rel") != null || m.group("approx1") != null || m.group("direction") != null;
        if (m.group("cn") != null) {
            // A Chinese numeral counts only with a unit, and never as an ordinal (第一) or heading (一、).
            return unit == null || m.start("num") > 0 && text.charAt(m.start("num") - 1) == '第';
        }
        String digits = m.group("num").replaceAll("[^0-9]", "");
        if (unit != null && !qualified) {
            if (unit.equals("年") && digits.length() == 4) {
                return true; // a year: 2022年
            }
            if (unit.equals("月") || unit.equals("日")) {
                return true; // a date: 1月, 15日
            }
        }
        if (unit != null && unit.equals("年") && m.group("num").matches("\\d+[ \\t]*\\.[ \\t]*(19|20)\\d{2}")) {
            return true; // a numbered line before a year: "1. 2026年", "4．2026年" are not 4.2026 years
        }
        int after = m.end();
        int before = m.start() - 1;
        if (unit == null && after < text.length()) {
            char next = text.charAt(after);
            if (next == '、' || next == ')' && before >= 0 && text.charAt(before) == '(') {
                return true; // list numbering: 1、 (1)
            }
            String rest = text.substring(after).stripLeading();
            if (rest.startsWith(".") && (rest.length() == 1 || !Character.isDigit(rest.charAt(1)))) {
                return true; // list numbering: 1. 房屋
            }
        }
        return false;
    }
}
