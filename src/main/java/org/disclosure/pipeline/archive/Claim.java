package org.disclosure.pipeline.archive;

import java.io.IOException;
import java.time.Instant;

/**
 * The claim check that travels through the message broker: which dropped file, and where in the
 * shared claim store its bytes lie. Small, plain strings, and no absolute path, so each worker
 * resolves it against its own mount of the shared archive.
 *
 * @param id         unique id of this drop; it becomes the job id
 * @param fileName   the name the file was dropped under
 * @param sha256     hex SHA-256 of its bytes: the claim is stored under it
 * @param bytes      its size
 * @param receivedAt when the coordinator took it from the inbox (ISO-8601)
 */
public record Claim(String id, String fileName, String sha256, long bytes, String receivedAt) {

    public Instant receivedInstant() {
        return Instant.parse(receivedAt);
    }

    public String toJson() throws IOException {
        return Json.line(this);
    }

    public static Claim fromJson(String json) throws IOException {
        Claim claim = Json.parse(json, Claim.class);
        if (claim.id() == null || claim.fileName() == null || claim.sha256() == null || claim.receivedAt() == null
                || !claim.sha256().matches("[0-9a-f]{64}") || !ClaimStore.isPlainName(claim.id())
                || !ClaimStore.isPlainName(claim.fileName())) {
            throw new IOException("not a claim check: " + json);
        }
        return claim;
    }
}
