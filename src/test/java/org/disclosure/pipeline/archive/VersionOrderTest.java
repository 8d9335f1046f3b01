package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Of versions of one document, every reader of the archive picks the same latest. */
class VersionOrderTest {

    private record Version(String folder, String archivedAt) {
    }

    private static final Comparator<Version> ORDER = VersionOrder.ofText(Version::archivedAt, Version::folder);

    @Test
    void theOneArchivedLaterIsTheLaterWhateverItsFolderIsCalled() {
        Version first = new Version("z-first_aaaa0001", "2026-01-01T00:00:00Z");
        Version corrected = new Version("a-corrected_bbbb0002", "2026-02-01T00:00:00Z");

        assertThat(ORDER.compare(corrected, first)).isPositive();
        assertThat(ORDER.compare(first, corrected)).isNegative();
    }

    @Test
    void atTheSameInstantTheFolderLaterInNameOrderIsTheLater() {
        Version a = new Version("budget_aaaa0001", "2026-01-01T00:00:00Z");
        Version b = new Version("budget_bbbb0002", "2026-01-01T00:00:00Z");

        assertThat(ORDER.compare(b, a)).isPositive();
        assertThat(List.of(a, b).stream().max(ORDER)).contains(b);
        assertThat(List.of(b, a).stream().max(ORDER)).contains(b);
    }

    @Test
    void timesAreComparedAsInstantsNotAsText() {
        // as text "…00Z" sorts after "…00.5Z"; as instants half a second later is later
        Version whole = new Version("a_aaaa0001", "2026-01-01T00:00:00Z");
        Version half = new Version("b_bbbb0002", "2026-01-01T00:00:00.500Z");
        Version nanos = new Version("c_cccc0003", "2026-01-01T00:00:00.000000001Z");

        List<Version> sorted = new ArrayList<>(List.of(half, nanos, whole));
        sorted.sort(ORDER);

        assertThat(sorted).containsExactly(whole, nanos, half);
    }

    @Test
    void instantsAndTextOrderAlike() {
        Comparator<Version> byInstant = VersionOrder.of(v -> Instant.parse(v.archivedAt()), Version::folder);
        Version a = new Version("x_aaaa0001", "2026-03-01T10:00:00.25Z");
        Version b = new Version("y_bbbb0002", "2026-03-01T10:00:00.125Z");

        assertThat(Integer.signum(byInstant.compare(a, b))).isEqualTo(Integer.signum(ORDER.compare(a, b))).isPositive();
    }
}
