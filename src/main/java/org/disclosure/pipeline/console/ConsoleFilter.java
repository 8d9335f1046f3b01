package org.disclosure.pipeline.console;

import java.util.Locale;

import org.disclosure.pipeline.archive.DocumentHeadline;

/**
 * The console's filter, from its query string: a status (complete, repaired, no-text-layer,
 * problems for documents with failed checks, not-checked for those on which no check could run (a
 * scan), artefact-failed for those with a report, copy or spreadsheet not made, or failed), a unit,
 * a year, and words in the name.
 */
public record ConsoleFilter(String status, String unit, String year, String query) {

    public static ConsoleFilter of(String status, String unit, String year, String query) {
        return new ConsoleFilter(blankToNull(status), blankToNull(unit), blankToNull(year), blankToNull(query));
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
