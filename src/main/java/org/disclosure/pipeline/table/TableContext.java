package org.disclosure.pipeline.table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;

/**
 * What is printed just above a table: its title (表一: numbering removed), the declared unit
 * (单位: 万元) and the preparing department (编制部门: ...).
 */
record TableContext(String title, String unit, String preparedBy, boolean continuation) {

    /** How far above a table its title may stand, in points. */
    private static final double REACH = 90;

    private static final Pattern UNIT = Pattern.compile("单\\s*位\\s*[:：]\\s*(万元|元|千元|亿元|百万元)");
    private static final Pattern PREPARED_BY = Pattern.compile("编制(?:部门|单位)\\s*[:：]\\s*(.*?)(?=\\s*单\\s*位\\s*[:：]|$)");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:附)?表\\s*[一二三四五六七八九十百零〇0-9]+(?:[-－—][0-9一二三四五六七八九十]+)?\\s*[:：.、]?\\s*");
    private static final Pattern CONTINUED = Pattern.compile("^[（(]?续表[)）]?|续表$");
    /** A subtitle giving only the year, such as (2022年), printed under a title. */
    private static final Pattern YEAR_SUBTITLE = Pattern.compile("^[（(]\\s*\\d{4}\\s*年度?\\s*[)）]$");

    /**
     * Reads the lines above the table, up to {@code ceiling} (the bottom of the table above it on
     * the same page, or 0).
     */
    static TableContext above(PageModel page, PageTable table, double ceiling) {
        String title = null;
        String unit = null;
        String preparedBy = null;
        boolean continuation = false;
        List<TextLine> lines = page.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            TextLine line = lines.get(i);
            if (line.box().bottom() > table.box().top() + 1 || line.box().bottom() < table.box().top() - REACH
                    || line.box().top() < ceiling) {
                continue;
            }
            String text = line.normalizedText().strip();
            Matcher unitMatch = UNIT.matcher(text);
            boolean unitLine = unitMatch.find();
            if (unitLine && unit == null) {
                unit = unitMatch.group(1);
            }
            Matcher preparedMatch = PREPARED_BY.matcher(text);
            if (preparedMatch.find()) {
                if (preparedBy == null) {
                    preparedBy = preparedMatch.group(1).strip();
                }
                continue;
            }
            if (unitLine) {
                continue;
            }
            if (YEAR_SUBTITLE.matcher(text).matches()) {
                continue;
            }
            if (CONTINUED.matcher(text).find()) {
                continuation = true;
                break;
            }
            String stripped = NUMBERING.matcher(text).replaceFirst("").strip();
            if (stripped.isEmpty()) {
                continue; // a numbering line of its own, such as "表一:"
            }
            if (looksLikeTitle(stripped, line, page)) {
                title = wrappedAbove(lines, i, ceiling) + stripped.replace('\t', ' ');
            }
            break;
        }
        return new TableContext(title, unit, preparedBy, continuation);
    }

    /**
     * The lines of a long title that wrapped above its last line (…税收返还 / 及转移支付项目表): close
     * above it, in the same size, centred like it, and not a numbering, unit or continuation line.
     */
    private static String wrappedAbove(List<TextLine> lines, int last, double ceiling) {
        StringBuilder before = new StringBuilder();
        TextLine below = lines.get(last);
        for (int i = last - 1; i >= 0 && last - i <= 2; i--) {
            TextLine line = lines.get(i);
            String text = line.normalizedText().strip();
            double gap = below.box().top() - line.box().bottom();
            boolean sameSize = Math.abs(line.size() - below.size()) <= 0.5;
            double centre = (line.box().x0() + line.box().x1()) / 2;
            double belowCentre = (below.box().x0() + below.box().x1()) / 2;
            if (line.box().top() < ceiling || gap < -1 || gap > 0.8 * below.size() || !sameSize
                    || Math.abs(centre - belowCentre) > below.size() * 2 || text.isEmpty()
                    || NUMBERING.matcher(text).replaceFirst("").strip().isEmpty() || NUMBERING.matcher(text).lookingAt()
                    || UNIT.matcher(text).find() || PREPARED_BY.matcher(text).find() || CONTINUED.matcher(text).find()
                    || text.endsWith("表")) {
                break;
            }
            before.insert(0, text.replace('\t', ' '));
            below = line;
        }
        return before.toString();
    }

    /** A title names a table (…表) or stands short and centred; a paragraph's last line does neither. */
    private static boolean looksLikeTitle(String text, TextLine line, PageModel page) {
        if (text.length() > 60) {
            return false;
        }
        if (text.endsWith("表") || text.contains("情况表") || text.contains("总表") || text.contains("明细表")) {
            return true;
        }
        double centre = (line.box().x0() + line.box().x1()) / 2;
        return Math.abs(centre - page.width() / 2) < page.width() * 0.1 && text.length() <= 40;
    }
}
