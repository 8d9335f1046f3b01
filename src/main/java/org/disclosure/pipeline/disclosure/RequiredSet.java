package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a document of a given kind, which standard tables are present, empty or missing, and
 * whether an empty one carries the explanatory note the disclosure rules require.
 */
final class RequiredSet {

    /**
     * How disclosures explain an empty table (本表为空表, 无政府性基金预算支出, 没有…支出, 未安排): the
     * words alone, the note being the sentence around them (a leading [^。]* made each search quadratic).
     */
    private static final Pattern NOTE = Pattern.compile(
            "空表|本表无数据|故本表无|无[^。，,\\n]{0,24}(?:支出|收入|经费|数据)|没有[^。\\n]{0,40}(?:支出|收入|安排)|未安排");

    private RequiredSet() {
    }

    static List<RequiredTable> evaluate(String documentKind, List<DisclosureTable> tables, List<DisclosurePage> pages,
                                        TableCatalogue catalogue) {
        List<RequiredTable> result = new ArrayList<>();
        if (documentKind == null) {
            return result;
        }
        for (StandardTable standard : catalogue.tables()) {
            boolean required = standard.requiredIn().contains(documentKind);
            if (!required && !standard.optionalIn().contains(documentKind)) {
                continue;
            }
            List<DisclosureTable> found = tables.stream()
                    .filter(t -> t.standard() != null && t.standard().kind().equals(standard.kind())).toList();
            if (found.isEmpty()) {
                if (required) {
                    String note = noteFor(standard, pages, List.of());
                    result.add(new RequiredTable(standard.kind(), standard.name(), RequiredTable.MISSING, true, List.of(),
                            note != null, note));
                }
                continue;
            }
            List<String> ids = found.stream().map(DisclosureTable::id).toList();
            boolean empty = found.stream().allMatch(RequiredSet::statesNothing);
            if (!empty) {
                result.add(new RequiredTable(standard.kind(), standard.name(), RequiredTable.PRESENT, required, ids,
                        null, null));
                continue;
            }
            List<Integer> near = new ArrayList<>();
            for (DisclosureTable table : found) {
                for (int page : table.pages()) {
                    near.add(page);
                    near.add(page + 1);
                }
            }
            String note = noteFor(standard, pages, near);
            result.add(new RequiredTable(standard.kind(), standard.name(), RequiredTable.EMPTY, required, ids,
                    note != null, note));
        }
        return result;
    }

    /** No cell states a figure other than zero. */
    static boolean statesNothing(DisclosureTable table) {
        return table.rows().stream().flatMap(List::stream)
                .noneMatch(c -> c.value() != null && c.value().compareTo(BigDecimal.ZERO) != 0);
    }

    /**
     * The sentence explaining an empty table: on the table's own pages (and the next), or anywhere
     * in the document when it names the table.
     */
    private static String noteFor(StandardTable standard, List<DisclosurePage> pages, List<Integer> near) {
        for (DisclosurePage page : pages) {
            if (!near.contains(page.number())) {
                continue;
            }
            Matcher m = NOTE.matcher(page.text());
            if (m.find()) {
                return sentence(page.text(), segmentStart(page.text(), m.start()));
            }
        }
        String subject = subjectOf(standard);
        for (DisclosurePage page : pages) {
            Matcher m = NOTE.matcher(page.text());
            while (m.find()) {
                String sentence = sentence(page.text(), segmentStart(page.text(), m.start()));
                if (sentence.replaceAll("\\s+", "").contains(subject)) {
                    return sentence;
                }
            }
        }
        return null;
    }

    /** Where the sentence or line holding {@code at} begins. */
    private static int segmentStart(String text, int at) {
        return Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    }

    /** The sentence from {@code start} to its 。, read across the line breaks it wraps over (three at most). */
    private static String sentence(String text, int start) {
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

    /** The words a note about this table would use: 政府性基金, 国有资本经营, 三公 ... */
    private static String subjectOf(StandardTable standard) {
        String name = standard.name().replaceAll("[\"“”]", "");
        for (String subject : List.of("政府性基金", "国有资本经营", "三公", "项目支出", "机关运行经费", "政府采购")) {
            if (name.contains(subject)) {
                return subject;
            }
        }
        return name;
    }
}
