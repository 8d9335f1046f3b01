package org.disclosure.pipeline.archive;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The one order of the archived versions of one document (same unit, year and kind, other bytes): the
 * one archived later, its document.json written later, is the later version; at the same instant, the
 * one whose folder comes later in name order, so every reader of the archive picks the same latest.
 * Supersession marks every version but the latest, checks across documents pair with the latest, and
 * of two versions' checks with a document the later one's stand.
 */
public final class VersionOrder {

    private VersionOrder() {
    }

    /** Earlier versions first: by when each was archived, then by folder name. */
    public static <T> Comparator<T> of(Function<? super T, Instant> archivedAt, Function<? super T, String> folder) {
        return Comparator.<T, Instant>comparing(archivedAt).thenComparing(folder);
    }

    /** Earlier versions first, each archived when its ISO-8601 text says (compared as instants, not as text). */
    public static <T> Comparator<T> ofText(Function<? super T, String> archivedAt, Function<? super T, String> folder) {
        return of(v -> Instant.parse(archivedAt.apply(v)), folder);
    }
}
