package org.disclosure.pipeline.figure;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one printed figure, whole, undoing what printing and extraction did to it: spaces anywhere
 * ({@code 1, 089. 40}), thousands separators, full-width forms, negatives in parentheses, dashes for
 * "none"; and reading what it means: comparators (≥2138人), units and scales (≤0.03万元/人), changes
 * (下降9.77% is -9.77), approximations (110余人), Chinese numerals (一千二百) and 万/亿 multipliers.
 * Anything else is a {@link Reading.NotAFigure} with the reason, never an exception and never a guess.
 */
public final class FigureParser {

    static final String INCREASE = "增长|增加|上升|提高|提升|增幅";
    static final String DECREASE = "下降|减少|降低|下滑|减幅";
    static final String RELATION = "≥|≧|>=|⩾|≤|≦|<=|⩽|≪|>|<|=";
    static final String APPROX_BEFORE = "约合|大约|约|近";
    static final String APPROX_AFTER = "余|多";
    /** Chinese numeral characters, without 万 and 亿, which may also begin a unit (万元). */
    static final String CN = "[零〇一二两三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]";
    /** A Chinese numeral; a 万 or 亿 inside it belongs to it unless 元 follows (两千万元 is 2000 万元). */
    static final String CN_NUMBER = CN + "+(?:[万亿](?!元)" + CN + "*)*";

    private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "—", "——", "–", "/", "…", "……", "×", "x", "X");

    private static final Pattern WHOLE = Pattern.compile(
            "(?<direction>" + INCREASE + "|" + DECREASE + ")?"
            + "(?<rel>" + RELATION + ")?"
            + "(?<approx1>" + APPROX_BEFORE + ")?"
            + "(?<sign>[-+])?"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|" + CN_NUMBER + ")"
            + "(?<mult>[万亿](?!元))?"
            + "(?<approx2>" + APPROX_AFTER + ")?"
            + "(?<unit>" + Units.UNIT_REGEX + ")?"
            + "(?<approx3>左右)?");

    private FigureParser() {
    }

    public static Reading parse(String printed) {
        if (printed == null) {
            return new Reading.Blank();
        }
        String text = compact(printed);
        if (text.isEmpty()) {
            return new Reading.Blank();
        }
        if (PLACEHOLDERS.contains(text)) {
            return new Reading.Placeholder(printed.strip());
        }
        boolean bracketed = text.length() > 2 && text.startsWith("(") && text.endsWith(")");
        if (bracketed) {
            text = text.substring(1, text.length() - 1);
        }
        Matcher m = WHOLE.matcher(text);
        if (!m.matches()) {
            return notAFigure(printed, text);
        }
        BigDecimal value;
        String number = m.group("num");
        if (Character.isDigit(number.charAt(0)) || number.charAt(0) == '.') {
            value = new BigDecimal(number.replace(",", ""));
        } else {
            value = ChineseNumerals.parse(number);
            if (value == null) {
                return new Reading.NotAFigure(printed, "not a well-formed Chinese numeral: " + number);
            }
        }
        if (m.group("mult") != null) {
            value = value.movePointRight(m.group("mult").equals("万") ? 4 : 8);
            value = value.setScale(Math.max(value.scale(), 0));
        }
        String change = m.group("direction");
        boolean negative = bracketed != "-".equals(m.group("sign"));
        if (change != null && change.matches(DECREASE)) {
            negative = !negative;
        }
        if (negative) {
            value = value.negate();
        }
        String unit = m.group("unit") == null ? null : Units.normalise(m.group("unit"));
        Relation relation = m.group("rel") == null ? Relation.NONE : Relation.of(m.group("rel"));
        boolean approximate = m.group("approx1") != null || m.group("approx2") != null || m.group("approx3") != null;
        BigDecimal scale = unit == null ? null : Units.MONEY.get(Units.base(unit));
        return new Figure(value, unit, scale, relation, kind(change != null, unit, scale != null), approximate,
                printed, 0, printed.length());
    }

    private static FigureKind kind(boolean change, String unit, boolean money) {
        if (change) {
            return FigureKind.CHANGE;
        }
        if (unit == null) {
            return FigureKind.NUMBER;
        }
        if (unit.contains("/")) {
            return FigureKind.RATIO;
        }
        if (Units.PERCENT.contains(unit)) {
            return FigureKind.PERCENT;
        }
        return money ? FigureKind.AMOUNT : FigureKind.COUNT;
    }

    private static Reading notAFigure(String printed, String text) {
        String shown = printed.strip();
        if (text.chars().noneMatch(Character::isDigit)) {
            return new Reading.NotAFigure(printed, "not a number: " + shown);
        }
        if (text.matches("[-+(]?[\\d,]+(\\.\\d+)?[)%]?") && text.contains(",")) {
            return new Reading.NotAFigure(printed, "commas do not group thousands: " + shown);
        }
        if (text.chars().filter(c -> c == '.').count() > 1) {
            return new Reading.NotAFigure(printed, "more than one decimal point: " + shown);
        }
        return new Reading.NotAFigure(printed, "not a figure with a known unit: " + shown);
    }

    /**
     * Folds full-width forms to their ASCII twins (１２３．４５, －, ％, ，), applies NFKC to the
     * rest (circled and other compatibility digits), and removes all whitespace, since extraction
     * inserts it anywhere.
     */
    public static String compact(String printed) {
        String folded = java.text.Normalizer.normalize(Fold.fold(printed), java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
