package org.disclosure.pipeline.index;

import java.math.BigDecimal;

import org.disclosure.pipeline.archive.DocumentStatus;

/**
 * An archived document as the index knows it; {@code id} is its sha256.
 *
 * @param folder     its archive folder's name (under /archive/ on the console)
 * @param archivedAt   when its document.json was last written (filed, or re-filed)
 * @param supersededBy the archive folder of the later version that replaced this one, else null
 */
public record IndexedDocument(String id, String folder, String fileName, String title, String unit,
                              String normalisedUnit, String region, Integer year, String kind, Integer pages,
                              DocumentStatus status, BigDecimal coverage, Checks checks, boolean notChecked,
                              boolean artefactFailed, String receivedAt, String archivedAt, String supersededBy) {

    /**
     * The document's checks as they stand: its own and those later documents made with it.
     *
     * @param failedAcrossDocuments how many of the failed are checks across documents (cross-doc.*)
     */
    public record Checks(int run, int failed, int warned, int unverified, int failedAcrossDocuments) {
    }
}
