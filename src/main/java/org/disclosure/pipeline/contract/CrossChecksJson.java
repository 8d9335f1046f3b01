package org.disclosure.pipeline.contract;

import java.util.List;

/**
 * cross-checks.json as it is written, field for field and in this order: the published contract
 * (src/main/resources/schema/cross-checks.schema.json), versioned by {@code schemaVersion}. Its checks
 * are document.json's ({@link CheckJson}); archive/CrossChecksFile maps archive/CrossChecks onto it.
 */
public record CrossChecksJson(int schemaVersion, Replacement supersededBy, List<Learned> learned) {

    /** The version this code writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The latest archived version of the document, which replaced this one. */
    public record Replacement(String folder, String sha256, String title, String archivedAt) {
    }

    /** What one later document's checks said of this one. */
    public record Learned(String from, String sha256, String title, String unit, Integer year, String kind,
                          String archivedAt, List<String> replaces, List<CheckJson> checks) {
    }
}
