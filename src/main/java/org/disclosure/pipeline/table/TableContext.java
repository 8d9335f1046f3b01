package org.disclosure.pipeline.table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;

/**
 * What is printed just above a table: its title (表一: numbering removed), the declared unit
 * (单位: 万元) and the preparing department (编制部门: ...); or, for a table at the top of a page, at
 * the foot of the page before. With no title, why not.
 *
 * @param untitledReason why no title was found, or null when there is one
 */
record TableContext(String title, String unit, String preparedBy, boolean continuation, String untitledReason) {

    /** How far above a table its title may stand, in points. */
    private static final double REACH = 90;

    private static final Pattern UNIT = Pattern.compile("单\\s*位\\s*[:：]\\s*(万元|元|千元|亿元|百万元)");
    private static final Pattern PREPARED_BY = Pattern.compile("编制(?:部门|单位)\\s*[:：]\\s*(.*?)(?=\\s*单\\s*位\\s*[:：]|$)");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:附)?表\\s*[一二三四五六七八九十百零〇0-9]+(?:[-－—][0-9一二三四五六七八九十]+)?\\s*[:：.、]?\\s*");
    private static final Pattern CONTINUED = Pattern.compile("^[（(]?续表[)）]?|续表$");
    /** A subtitle giving only the year, such as (2022年), printed under a title. */
    private static final Pattern YEAR_SUBTITLE = Pattern.compile("^[（(]\\s*\\d{4}\\s*年度?\\s*[)）]$");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s*[（(]\\s*\\d{4}\\s*年度?\\s*[)）]$");
    /** A qualifier printed under a title, such as （含省对下转移支付）: it belongs to the title above it. */
    private static final Pattern QUALIFIER = Pattern.compile("^[（(][^（()）]+[)）]$");
    /** Page furniture at a page's foot: its number (— 86 —, 第3页, 3/20). */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[—\\-－–\\s]*(?:第\\s*)?\\d{1,4}\\s*(?:页)?(?:\\s*[/／共]\\s*\\d{1,4}\\s*页?)?[—\\-－–\\s]*$");
    /** How far below a page's last text a title at its foot may stand above the page number, in lines. */
    private static final int FOOT_LINES = 4;

    /**
     * Reads the lines above the table, up to {@code ceiling} (the bottom of the table above it on
     * the same page, or 0).
     */
    static TableContext above(PageModel page, PageTable table, double ceiling) {
        String title = null;
        String unit = null;
        String preparedBy = null;
        String numbering = null;
        String notTitle = null;
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
                numbering = text.replaceAll("[\\s:：.、]", "");
                continue; // a numbering line of its own, such as "表一:"
            }
            if (QUALIFIER.matcher(stripped).matches() && i > 0 && titleAbove(lines, i, ceiling, page) != null) {
                title = titleAbove(lines, i, ceiling, page) + stripped;
            } else if (looksLikeTitle(stripped, line, page)) {
                title = wrappedAbove(lines, i, ceiling) + stripped.replace('\t', ' ');
            } else {
                notTitle = sentenceEndingAt(lines, i);
            }
            break;
        }
        String reason = null;
        if (title == null && continuation) {
            reason = "it is marked as the continuation (续表) of a table before it, and none precedes it";
        } else if (title == null) {
            if (numbering != null) {
                title = numbering; // only its number is printed: 表3 still names it
            } else {
                reason = notTitle == null ? "nothing is printed above it" : "the line above it is not a title: " + notTitle;
            }
        }
        if (title != null) {
            // a year printed beside the title, (2022年), is not part of its name, wherever the producer put it
            title = TRAILING_YEAR.matcher(title).replaceFirst("").strip();
        }
        return new TableContext(title, unit, preparedBy, continuation, reason);
    }

    /**
     * The title at the foot of the page before a table that opens its page (a title printed at the
     * bottom of page N, its table on N+1): the last lines below {@code floor} (the bottom of that
     * page's last table, or 0), page numbers aside, if they name a table. Null if they do not.
     */
    static TableContext atFootOf(PageModel page, double floor) {
        List<TextLine> lines = page.lines();
        String unit = null;
        String preparedBy = null;
        for (int i = lines.size() - 1, seen = 0; i >= 0 && seen < FOOT_LINES; i--, seen++) {
            TextLine line = lines.get(i);
            if (line.box().top() < floor) {
                return null;
            }
            String text = line.normalizedText().strip();
            if (PAGE_NUMBER.matcher(text).matches() || YEAR_SUBTITLE.matcher(text).matches()) {
                continue; // page furniture, or the year printed under the title, as above a table
            }
            Matcher unitMatch = UNIT.matcher(text);
            if (unitMatch.find()) {
                unit = unit == null ? unitMatch.group(1) : unit;
                continue;
            }
            Matcher preparedMatch = PREPARED_BY.matcher(text);
            if (preparedMatch.find()) {
                preparedBy = preparedBy == null ? preparedMatch.group(1).strip() : preparedBy;
                continue;
            }
            String stripped = NUMBERING.matcher(text).replaceFirst("").strip();
            boolean numbered = NUMBERING.matcher(text).lookingAt();
            if (QUALIFIER.matcher(stripped).matches() && i > 0 && titleAbove(lines, i, floor, page) != null) {
                return new TableContext(titleAbove(lines, i, floor, page) + stripped, unit, preparedBy, false, null);
            }
            // at a page's foot only a line that names a table is its title: a short centred line may be anything
            if (!stripped.isEmpty() && stripped.length() <= 60 && (numbered || namesATable(stripped))) {
                return new TableContext(wrappedAbove(lines, i, floor) + stripped.replace('\t', ' '), unit, preparedBy, false, null);
            }
            return null;
        }
        return null;
    }

    /** This context with the title, unit and preparer printed at the foot of the page before. */
    TableContext withFoot(TableContext foot) {
        return new TableContext(foot.title(), unit != null ? unit : foot.unit(),
                preparedBy != null ? preparedBy : foot.preparedBy(), false, null);
    }

    /** This context with the title of the table it continues. */
    TableContext continuing(String continuedTitle) {
        return new TableContext(continuedTitle, unit, preparedBy, true,
                continuedTitle == null ? "it continues a table without a title" : null);
    }

    /** The title on the line just above line i, close above it, if it names a table. */
    private static String titleAbove(List<TextLine> lines, int i, double ceiling, PageModel page) {
        TextLine below = lines.get(i);
        TextLine line = lines.get(i - 1);
        String stripped = NUMBERING.matcher(line.normalizedText().strip()).replaceFirst("").strip();
        if (line.box().top() < ceiling || below.box().top() - line.box().bottom() > 1.5 * below.size()
                || stripped.isEmpty() || !looksLikeTitle(stripped, line, page)) {
            return null;
        }
        return wrappedAbove(lines, i - 1, ceiling) + stripped.replace('\t', ' ');
    }

    /** The line with the lines of its sentence wrapped close above it (纳入…部门决算 / 编制范围的单位包括：). */
    private static String sentenceEndingAt(List<TextLine> lines, int last) {
        StringBuilder sentence = new StringBuilder(lines.get(last).normalizedText().strip());
        TextLine below = lines.get(last);
        for (int i = last - 1; i >= 0 && last - i <= 2; i--) {
            String text = lines.get(i).normalizedText().strip();
            if (below.box().top() - lines.get(i).box().bottom() > 1.2 * below.size() || text.matches(".*[。；;:：!！?？]$")) {
                break;
            }
            sentence.insert(0, text);
            below = lines.get(i);
        }
        return sentence.toString();
    }

    private static boolean namesATable(String text) {
        return text.endsWith("表") || text.contains("情况表") || text.contains("总表") || text.contains("明细表");
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
        if (namesATable(text)) {
            return true;
        }
        double centre = (line.box().x0() + line.box().x1()) / 2;
        return Math.abs(centre - page.width() / 2) < page.width() * 0.1 && text.length() <= 40;
    }
}
