package org.disclosure.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.archive.DocumentStatus;
import org.junit.jupiter.api.Test;

/** Versions of one document are the same unit's, not two regions' units that share a district's name. */
class LatestVersionsTest {

    @Test
    void ofTwoVersionsOfOneUnitsDocumentTheOneArchivedLastStands() {
        IndexedDocument first = document("a", "上海市普陀区财政局", "2026-01-01T00:00:00Z");
        IndexedDocument corrected = document("b", "上海市普陀区财政局", "2026-02-01T00:00:00Z");
        assertThat(IndexedCounterparts.latestVersions(List.of(first, corrected))).containsExactly(corrected);
        assertThat(IndexedCounterparts.latestVersions(List.of(corrected, first))).containsExactly(corrected);
    }

    @Test
    void unitsOfTwoCitiesWithTheSameDistrictNameAreNotVersionsOfEachOther() {
        IndexedDocument beijing = document("a", "北京市朝阳区财政局", "2026-01-01T00:00:00Z");
        IndexedDocument changchun = document("b", "长春市朝阳区财政局", "2026-02-01T00:00:00Z");
        assertThat(beijing.normalisedUnit()).as("the index's search key alone").isEqualTo(changchun.normalisedUnit());
        assertThat(IndexedCounterparts.latestVersions(List.of(beijing, changchun))).containsExactly(beijing, changchun);
    }

    private static IndexedDocument document(String folder, String unit, String archivedAt) {
        return new IndexedDocument(folder, folder, folder + ".pdf", unit + "2024年部门预算", unit, UnitNames.normalise(unit),
                UnitNames.region(unit), 2024, "部门预算", 10, DocumentStatus.COMPLETE, null, null, false, false, archivedAt,
                archivedAt, null);
    }
}
