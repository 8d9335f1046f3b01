package org.disclosure.pipeline.console;

import java.util.Locale;

import org.disclosure.pipeline.index.DocumentQuery;

/**
 * The console's filter, from its query string: a status (complete, ocr, repaired, no-text-layer, ocr-unavailable,
 * problems for documents with failed checks, not-checked for those on which no check could run (a
 * scan), artefact-failed for those with a report, copy or spreadsheet not made, or failed), a unit,
 * a year, and words in the name; incomplete for documents with printed numbers nothing read. Sorted
 * newest first, or by coverage, lowest first, so the documents whose reading is least complete lead.
 */
public record ConsoleFilter(String status, String unit, String year, String query, String sort) {

    public static final String BY_COVERAGE = "coverage";

    public static ConsoleFilter of(String status, String unit, String year, String query, String sort) {
        return new ConsoleFilter(blankToNull(status), blankToNull(unit), blankToNull(year), blankToNull(query),
                BY_COVERAGE.equals(blankToNull(sort)) ? BY_COVERAGE : null);
    }

    boolean byCoverage() {
        return BY_COVERAGE.equals(sort);
    }

    boolean showsArchived() {
        return !"failed".equals(status);
    }

    boolean showsFailed() {
        return status == null || "failed".equals(status);
    }

    /**
     * The index search for the archived documents this filter shows, or null when none can match
     * (a year that is not a number). Words match the file name, the folder, the document's title, a
     * table's title or a row's label.
     */
    DocumentQuery archivedQuery() {
        Integer budgetYear = null;
        if (year != null) {
            try {
                budgetYear = Integer.valueOf(year);
            } catch (NumberFormatException notAYear) {
                return null;
            }
        }
        return new DocumentQuery(unit, budgetYear, null, null, status, null, null, null, null, query, byCoverage(),
                DocumentQuery.MAX_LIMIT, 0);
    }

    boolean matches(Listing.Failed failed) {
        return (unit == null && year == null) && (query == null || contains(failed.file(), query));
    }

    private static boolean contains(String text, String words) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
