package org.disclosure.pipeline.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * For a document of a given kind, which standard tables are present, empty or missing, and
 * whether an empty one carries the explanatory note the disclosure rules require.
 */
final class RequiredSet {

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
                    .filter(t -> t.standard() != null && standard.standardKind().is(t.standard().kind())).toList();
            if (found.isEmpty()) {
                if (required) {
                    String note = noteFor(standard, pages, List.of());
                    result.add(new RequiredTable(standard.standardKind().key(), standard.name(), RequiredTable.MISSING, true, List.of(),
                            note != null, note));
                }
                continue;
            }
            List<String> ids = found.stream().map(DisclosureTable::id).toList();
            boolean empty = found.stream().allMatch(RequiredSet::statesNothing);
            if (!empty) {
                result.add(new RequiredTable(standard.standardKind().key(), standard.name(), RequiredTable.PRESENT, required, ids,
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
            result.add(new RequiredTable(standard.standardKind().key(), standard.name(), RequiredTable.EMPTY, required, ids,
                    note != null, note));
        }
        return result;
    }

    /** No cell states a figure other than zero. */
    static boolean statesNothing(DisclosureTable table) {
        return EmptyTableNotes.statesNothing(table);
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
            Matcher m = EmptyTableNotes.NOTE.matcher(page.text());
            if (m.find()) {
                return sentence(page.text(), segmentStart(page.text(), m.start()));
            }
        }
        String subject = subjectOf(standard);
        for (DisclosurePage page : pages) {
            Matcher m = EmptyTableNotes.NOTE.matcher(page.text());
            while (m.find()) {
                String sentence = sentence(page.text(), segmentStart(page.text(), m.start()));
                if (TextNormalizer.withoutSpaces(sentence).contains(subject)) {
                    return sentence;
                }
            }
        }
        return null;
    }

    private static String sentence(String text, int start) {
        return EmptyTableNotes.sentence(text, start);
    }

    private static int segmentStart(String text, int at) {
        return EmptyTableNotes.segmentStart(text, at);
    }

    /** The words a note about this table would use: 政府性基金, 国有资本经营, 三公 ... */
    private static String subjectOf(StandardTable standard) {
        return EmptyTableNotes.subjectOf(standard.name());
    }
}
