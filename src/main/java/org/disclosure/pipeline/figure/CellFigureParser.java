package org.disclosure.pipeline.figure;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the figure in a table cell, undoing what printing and extraction did to it: spaces inside
 * numbers ({@code 1, 089. 40}), thousands separators, full-width digits and signs, negative
 * numbers in parentheses, and dashes standing for "none".
 */
public final class CellFigureParser {

    private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "—", "——", "–", "/", "…", "……", "×", "x");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private CellFigureParser() {
    }

    public static CellReading read(String printed) {
        if (printed == null) {
            return new CellReading.Blank();
        }
        String text = compact(printed);
        if (text.isEmpty()) {
            return new CellReading.Blank();
        }
        if (PLACEHOLDERS.contains(text)) {
            return new CellReading.Placeholder(printed.strip());
        }
        boolean negative = false;
        if (text.startsWith("(") && text.endsWith(")") && text.length() > 2) {
            negative = true;
            text = text.substring(1, text.length() - 1);
        }
        if (text.startsWith("-") || text.startsWith("+")) {
            negative = negative != text.startsWith("-");
            text = text.substring(1);
        }
        boolean percent = text.endsWith("%");
        if (percent) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.indexOf(',') >= 0) {
            if (!GROUPED.matcher(text).matches()) {
                return new CellReading.NotAFigure("commas do not group thousands: " + printed.strip());
            }
            text = text.replace(",", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            return new CellReading.NotAFigure("not a number: " + printed.strip());
        }
        BigDecimal value = new BigDecimal(text);
        return new CellReading.Number(negative ? value.negate() : value, percent);
    }

    /** NFKC folds full-width forms; all whitespace goes, since extraction inserts it anywhere. */
    static String compact(String printed) {
        String folded = Normalizer.normalize(printed, Normalizer.Form.NFKC)
                .replace('\u2212', '-') // minus sign
                .replace('\u2014', '—');
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
