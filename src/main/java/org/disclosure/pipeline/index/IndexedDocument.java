package org.disclosure.pipeline.index;

import java.math.BigDecimal;

/**
 * An archived document as the index knows it; {@code id} is its sha256.
 *
 * @param folder     its archive folder's name (under /archive/ on the console)
 * @param archivedAt when its document.json was last written (filed, or re-filed)
 */
public record IndexedDocument(String id, String folder, String fileName, String title, String unit,
                              String normalisedUnit, String region, Integer year, String kind, Integer pages,
                              String status, BigDecimal coverage, Checks checks, boolean notChecked,
                              boolean artefactFailed, String receivedAt, String archivedAt) {

    public record Checks(int run, int failed, int warned, int unverified) {
    }
}
