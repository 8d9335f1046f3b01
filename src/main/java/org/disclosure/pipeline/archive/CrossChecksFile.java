package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.contract.CheckMapping;
import org.disclosure.pipeline.contract.CrossChecksJson;

/**
 * cross-checks.json in and out: {@link CrossChecks} mapped onto the contract's {@link CrossChecksJson}
 * and written, or read and mapped back. Every writer and reader of the file goes through here, as
 * document.json's go through {@link DocumentFile}.
 */
public final class CrossChecksFile {

    private CrossChecksFile() {
    }

    public static byte[] bytes(CrossChecks checks) throws IOException {
        return Json.bytes(toJson(checks));
    }

    /** The folder's cross-checks.json, or an empty one when it has none. */
    public static CrossChecks readIn(Path folder) throws IOException {
        Path file = folder.resolve(ArchiveLayout.CROSS_CHECKS_JSON);
        return Files.isRegularFile(file) ? read(file) : CrossChecks.empty();
    }

    /** What a cross-checks.json holds; one of a newer schema version, or one that breaks the contract, is refused. */
    public static CrossChecks read(Path file) throws IOException {
        CrossChecksJson json = Json.read(file, CrossChecksJson.class);
        if (json.schemaVersion() > CrossChecksJson.SCHEMA_VERSION) {
            throw new IOException(file + " is of schema version " + json.schemaVersion() + "; this pipeline reads up to "
                    + CrossChecksJson.SCHEMA_VERSION);
        }
        try {
            return fromJson(json);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold to the cross-checks.json contract: " + e.getMessage(), e);
        }
    }

    static CrossChecksJson toJson(CrossChecks checks) {
        CrossChecks.Replacement by = checks.supersededBy();
        return new CrossChecksJson(checks.schemaVersion(),
                by == null ? null : new CrossChecksJson.Replacement(by.folder(), by.sha256(), by.title(), by.archivedAt()),
                checks.learned() == null ? null : checks.learned().stream().map(CrossChecksFile::toJson).toList());
    }

    static CrossChecks fromJson(CrossChecksJson json) {
        CrossChecksJson.Replacement by = json.supersededBy();
        return new CrossChecks(json.schemaVersion(),
                by == null ? null : new CrossChecks.Replacement(by.folder(), by.sha256(), by.title(), by.archivedAt()),
                json.learned() == null ? List.of() : json.learned().stream().map(CrossChecksFile::fromJson).toList());
    }

    private static CrossChecksJson.Learned toJson(CrossChecks.Learned l) {
        return new CrossChecksJson.Learned(l.from(), l.sha256(), l.title(), l.unit(), l.year(), l.kind(), l.archivedAt(),
                l.replaces(), CheckMapping.toJson(l.checks()));
    }

    private static CrossChecks.Learned fromJson(CrossChecksJson.Learned l) {
        if (l.from() == null || l.archivedAt() == null) {
            throw new IllegalArgumentException("a learned entry without its from or archivedAt");
        }
        return new CrossChecks.Learned(l.from(), l.sha256(), l.title(), l.unit(), l.year(), l.kind(), l.archivedAt(),
                l.replaces(), l.checks() == null ? List.of() : CheckMapping.fromJson(l.checks()));
    }
}
