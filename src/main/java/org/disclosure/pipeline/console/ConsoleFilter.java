package org.disclosure.pipeline.console;

import java.math.BigDecimal;
import java.util.Locale;

import org.disclosure.pipeline.archive.DocumentHeadline;

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

    boolean matches(Listing.Archived archived) {
        DocumentHeadline entry = archived.entry();
        if (status != null) {
            boolean matches = switch (status) {
                case "problems" -> !entry.notChecked() && entry.summary() != null && entry.summary().failed() > 0;
                case "not-checked" -> entry.notChecked();
                case "artefact-failed" -> !entry.failedArtefacts().isEmpty();
                case "incomplete" -> entry.coverage() != null && entry.coverage().compareTo(BigDecimal.ONE) < 0;
                default -> status.equals(entry.status());
            };
            if (!matches) {
                return false;
            }
        }
        if (unit != null && (entry.unit() == null || !entry.unit().contains(unit))) {
            return false;
        }
        if (year != null && (entry.year() == null || !year.equals(entry.year().toString()))) {
            return false;
        }
        return query == null || contains(entry.source().fileName(), query) || contains(archived.folder(), query)
                || (entry.document() != null && contains(entry.document().title(), query));
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
