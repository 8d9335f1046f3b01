package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {

    @TempDir
    Path root;

    @Test
    void aClaimLiesUnderItsContentHashUntilReleased() throws Exception {
        ClaimStore claims = new ClaimStore(root.resolve("archive"));
        Path dropped = Files.writeString(root.resolve("单位预算.pdf"), "%PDF-1.7 bytes");
        Claim claim = claims.claim(dropped);

        assertThat(claim.fileName()).isEqualTo("单位预算.pdf");
        assertThat(claim.bytes()).isEqualTo(Files.size(dropped));
        assertThat(claims.file(claim)).isEqualTo(root.resolve("archive/.claims").resolve(claim.sha256())
                .resolve(claim.id()).resolve("单位预算.pdf"));
        assertThat(Files.mismatch(claims.file(claim), dropped)).isEqualTo(-1L);
        assertThat(claims.isPending(claim)).isTrue();
        assertThat(Claim.fromJson(claim.toJson())).isEqualTo(claim);

        claims.release(claim);
        assertThat(claims.isPending(claim)).isFalse();
        assertThat(root.resolve("archive/.claims").resolve(claim.sha256())).as("empty hash folder removed").doesNotExist();
        claims.release(claim);   // releasing twice, as a redelivery may, is harmless
    }

    @Test
    void twoDropsOfTheSameBytesAreTwoClaimsInOneHashFolder() throws Exception {
        ClaimStore claims = new ClaimStore(root.resolve("archive"));
        Claim first = claims.claim(Files.writeString(root.resolve("a.pdf"), "%PDF same"));
        Claim second = claims.claim(Files.writeString(root.resolve("b.pdf"), "%PDF same"));
        assertThat(first.sha256()).isEqualTo(second.sha256());
        assertThat(first.id()).isNotEqualTo(second.id());

        claims.release(first);
        assertThat(claims.isPending(second)).as("the other drop still waits").isTrue();
        claims.release(second);
        try (var left = Files.list(root.resolve("archive/.claims"))) {
            assertThat(left.filter(p -> !p.getFileName().toString().startsWith(".")).toList()).isEmpty();
        }
    }

    @Test
    void aClaimCheckThatNamesAPathOutsideTheStoreIsRefused() {
        String sha = "a".repeat(64);
        for (Claim forged : List.of(new Claim("../../x", "a.pdf", sha, 1, Instant.now().toString()),
                new Claim("1-2", "../../../etc/passwd", sha, 1, Instant.now().toString()),
                new Claim("1-2", "a.pdf", "../" + sha.substring(3), 1, Instant.now().toString()))) {
            assertThatThrownBy(() -> Claim.fromJson(Json.line(forged))).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> Claim.fromJson("{\"id\":\"1\"}")).isInstanceOf(IOException.class);
    }

    @Test
    void aWorkerTakesTheClaimIntoItsOwnWorkFolderAndChecksItsBytes() throws Exception {
        ClaimStore claims = new ClaimStore(root.resolve("archive"));
        ArchiveStore store = new ArchiveStore(root.resolve("archive"), root.resolve("failed"));
        Claim claim = claims.claim(Files.writeString(root.resolve("c.pdf"), "%PDF original"));

        Job job = store.receive(claim, claims.file(claim));
        assertThat(job.id()).isEqualTo(claim.id());
        assertThat(job.receivedAt()).isEqualTo(claim.receivedInstant());
        assertThat(Files.readString(job.storedOriginal())).isEqualTo("%PDF original");

        Files.writeString(claims.file(claim), "%PDF altered on shared storage");
        assertThatThrownBy(() -> store.receive(claim, claims.file(claim))).isInstanceOf(IOException.class)
                .hasMessageContaining("no longer has the bytes");
        store.close();
    }
}
