package org.disclosure.pipeline.disclosure;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two printed table titles name the same table, whatever the year, the 部门/单位 prefix, the
 * numbering (表一:, 1., 五、), the quotes, the spacing or a wrapped line make of them; and where a
 * title is printed in a page's text.
 */
public final class PrintedTitles {

    /** How alike two titles must be to name one table: small wording differences pass, other tables do not. */
    public static final double SAME = 0.8;

    /** A numbering before a title: 表一:, 表1, 1., 4．, 五、, (三). */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:附?表\\s*[一二三四五六七八九十\\d]+\\s*[:：、.．\\-—]?|\\d{1,2}\\s*[.．、]|[一二三四五六七八九十]+\\s*、|[(（][一二三四五六七八九十\\d]+[)）])\\s*");

    /** The mark of a table's continuation: (续), 续表 at the end. */
    private static final Pattern CONTINUED = Pattern.compile("[(（]续[)）]|续表$");

    private static final TableCatalogue CATALOGUE = TableCatalogue.standard();

    private PrintedTitles() {
    }

    /** A line that reads as a table's title, not a heading that speaks of it (…决算情况说明). */
    private static boolean isTitle(String line) {
        return normalize(CONTINUED.matcher(line).replaceAll("")).endsWith("表");
    }

    /** The title without its numbering, year, prefixes, quotes and spaces. */
    public static String normalize(String title) {
        return TableCatalogue.normalizeTitle(NUMBERING.matcher(title.strip()).replaceFirst(""));
    }

    /** The numbering a printed title or 目录 line begins with, or "" when it has none. */
    static String numbering(String line) {
        var m = NUMBERING.matcher(line.strip());
        return m.find() ? m.group().strip() : "";
    }

    /**
     * How alike two printed titles are, 0 to 1. Titles the catalogue tells apart (收入支出决算总表,
     * 财政拨款收入支出决算总表), or that each have words of their own (基本支出 and 项目支出), are
     * different tables however many characters they share; otherwise one ending the other, or the
     * share of bigrams they have in common.
     */
    public static double likeness(String a, String b) {
        return likeness(a, normalize(a), b, normalize(b));
    }

    /** {@link #likeness(String, String)} of titles already normalised ({@code x} of {@code a}, {@code y} of {@code b}). */
    private static double likeness(String a, String x, String b, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        double likeness = (x.endsWith(y) || y.endsWith(x)) && Math.min(x.length(), y.length()) >= 6 ? 0.9
                : Similarity.dice(x, y);
        if (likeness < SAME || eachHasOwnWords(x, y)) {
            return Math.min(likeness, SAME / 2);
        }
        Classification left = CATALOGUE.classify(a, List.of(), null);
        Classification right = CATALOGUE.classify(b, List.of(), null);
        return left != null && right != null && !left.kind().equals(right.kind()) ? 0 : likeness;
    }

    /**
     * Two titles that each say something the other does not, though they differ in a few words only
     * (基本支出 for 项目支出, 支出 for 项目): one table's title misprinted as another's, not the same title
     * worded differently. Titles sharing little are a 目录's shorthand, not a contradiction.
     */
    public static boolean contradict(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return !x.isEmpty() && !y.isEmpty() && eachHasOwnWords(x, y) && Similarity.dice(x, y) >= CLOSE_WORDING;
    }

    /** How many bigrams two titles that differ in a few words share: more than one table's title shares with another's. */
    private static final double CLOSE_WORDING = 0.6;

    /** Each title has two characters or more the other lacks: they name different things, not one in other words. */
    private static boolean eachHasOwnWords(String x, String y) {
        return own(x, y) >= 2 && own(y, x) >= 2;
    }

    private static long own(String x, String y) {
        return x.codePoints().distinct().filter(c -> y.indexOf(c) < 0).count();
    }

    /**
     * The first page (outside {@code skipped}) with a line that prints one of {@code titles}, or null.
     * Lines are also read joined with the next, so a title wrapped over two lines is found.
     */
    public static Integer pageNaming(List<DisclosurePage> pages, Collection<String> titles, Set<Integer> skipped) {
        // each title normalised once, each line tested and normalised once, not once per title
        List<String> normalisedTitles = titles.stream().map(PrintedTitles::normalize).toList();
        List<String> titleList = List.copyOf(titles);
        for (DisclosurePage page : pages) {
            if (skipped.contains(page.number())) {
                continue;
            }
            String[] lines = page.text().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.length() < 4 || line.length() > 60) {
                    continue;
                }
                String joined = i + 1 < lines.length ? line + lines[i + 1].strip() : line;
                boolean lineIsTitle = isTitle(line);
                boolean joinedIsTitle = joined.length() <= 60 && isTitle(joined);
                if (!lineIsTitle && !joinedIsTitle) {
                    continue;
                }
                String normalisedLine = lineIsTitle ? normalize(line) : null;
                String normalisedJoined = joinedIsTitle ? normalize(joined) : null;
                for (int t = 0; t < titleList.size(); t++) {
                    String title = titleList.get(t);
                    String normalisedTitle = normalisedTitles.get(t);
                    if (lineIsTitle && likeness(line, normalisedLine, title, normalisedTitle) >= SAME
                            || joinedIsTitle && likeness(joined, normalisedJoined, title, normalisedTitle) >= SAME) {
                        return page.number();
                    }
                }
            }
        }
        return null;
    }
}
