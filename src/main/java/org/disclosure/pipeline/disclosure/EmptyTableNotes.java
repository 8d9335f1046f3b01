package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * The note that explains an empty table (本单位无政府性基金预算收支, 此表为空表, 无此项, 本年度未安排):
 * printed with the table (between its title and the next table's), or anywhere in the document when
 * the note names what the table is about (政府性基金, 国有资本经营, 三公 …).
 */
public final class EmptyTableNotes {

    /**
     * How disclosures explain an empty table: the words alone, the note being the sentence around
     * them (a leading [^。]* made each search quadratic).
     */
    static final Pattern NOTE = Pattern.compile("空表|本表无数据|故本表无|无此项|不涉及|无[^。，,\\n]{0,24}(?:支出|收入|收支|经费|数据)"
            + "|没有[^。\\n]{0,40}(?:支出|收入|收支|安排)|未安排");
    /** What a table of these funds or items is about; a note naming it explains the table wherever it is printed. */
    private static final List<String> SUBJECTS = List.of("政府性基金", "国有资本经营", "三公", "项目支出", "机关运行经费",
            "政府采购");
    /** The subjects whose every amount in the narrative belongs to the one table (项目支出 is also the whole budget's). */
    private static final List<String> OWN_TABLE = List.of("政府性基金", "国有资本经营", "三公");

    private EmptyTableNotes() {
    }

    /** No cell states a figure other than zero. */
    public static boolean statesNothing(DisclosureTable table) {
        return table.rows().stream().flatMap(List::stream)
                .noneMatch(c -> c.value() != null && c.value().compareTo(BigDecimal.ZERO) != 0);
    }

    /** What the table is about, as a note or the narrative names it (政府性基金), or its whole name. */
    public static String subjectOf(String title) {
        String name = title.replaceAll("[\"“”]", "");
        return SUBJECTS.stream().filter(name::contains).findFirst().orElse(name);
    }

    /** Whether every narrative amount naming this subject is an amount of its table alone. */
    public static boolean ownsItsAmounts(String subject) {
        return OWN_TABLE.contains(subject);
    }

    /** The sentence that explains why the table is empty, or null. */
    public static String noteFor(DisclosureTable table, List<DisclosureTable> tables, List<DisclosurePage> pages) {
        for (String text : printedWith(table, tables, pages)) {
            Matcher m = NOTE.matcher(text);
            if (m.find()) {
                return sentence(text, segmentStart(text, m.start()));
            }
        }
        return table.title() == null ? null : naming(subjectOf(table.title()), pages);
    }

    /** The first note in the document that names {@code subject} (无政府性基金预算支出, 三公经费…为空表), or null. */
    public static String naming(String subject, List<DisclosurePage> pages) {
        for (DisclosurePage page : pages) {
            Matcher m = NOTE.matcher(page.text());
            while (m.find()) {
                String sentence = sentence(page.text(), segmentStart(page.text(), m.start()));
                if (TextNormalizer.withoutSpaces(sentence).contains(subject)) {
                    return sentence;
                }
            }
        }
        return null;
    }

    /**
     * The text printed with the table: on its first page from its title (from the page's top when it
     * is the page's first table) to the next table's title; when no table follows on that page, on
     * to the next page's first table title.
     */
    private static List<String> printedWith(DisclosureTable table, List<DisclosureTable> tables, List<DisclosurePage> pages) {
        List<String> texts = new ArrayList<>();
        int first = table.pages().get(0);
        int last = table.pages().get(table.pages().size() - 1);
        for (DisclosurePage page : pages) {
            if (page.number() < first || page.number() > last + 1) {
                continue;
            }
            List<String> lines = List.of(page.text().split("\n"));
            List<Integer> titles = new ArrayList<>();
            int own = -1;
            for (int i = 0; i < lines.size(); i++) {
                for (DisclosureTable other : tables) {
                    if (other.title() != null && other.pages().contains(page.number())
                            && lines.get(i).strip().length() <= 60
                            && PrintedTitles.likeness(lines.get(i), other.title()) >= PrintedTitles.SAME) {
                        titles.add(i);
                        if (other == table && own < 0) {
                            own = i;
                        }
                        break;
                    }
                }
            }
            if (page.number() > last) {
                int end = titles.isEmpty() ? lines.size() : titles.get(0);
                texts.add(String.join("\n", lines.subList(0, end)));
                break;
            }
            int from = own < 0 || titles.indexOf(own) == 0 ? 0 : own;
            int to = titles.stream().filter(t -> t > from && t != from).findFirst().orElse(lines.size());
            texts.add(String.join("\n", lines.subList(from, to)));
            if (to < lines.size() && page.number() == last) {
                break; // another table follows on the page: the next page's notes are not this table's
            }
        }
        return texts;
    }

    /** The sentence (or line) of {@code text} that holds position {@code at}. */
    public static String sentenceAround(String text, int at) {
        return sentence(text, segmentStart(text, at));
    }

    /** Where the sentence or line holding {@code at} begins. */
    static int segmentStart(String text, int at) {
        return Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    }

    /** The sentence from {@code start} to its 。, read across the line breaks it wraps over (three at most). */
    static String sentence(String text, int start) {
        int end = text.indexOf('。', start);
        int limit = start;
        for (int lines = 0; lines < 4 && limit >= 0; lines++) {
            limit = text.indexOf('\n', limit + 1);
        }
        if (end < 0 || limit >= 0 && end > limit) {
            end = limit < 0 ? text.length() - 1 : limit - 1;
        }
        return text.substring(start, end + 1).replace("\n", "").strip();
    }
}
