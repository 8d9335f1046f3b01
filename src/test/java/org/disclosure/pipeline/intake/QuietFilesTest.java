package org.disclosure.pipeline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which inbox files are complete, on a clock the test moves. */
class QuietFilesTest {

    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** A clock that only moves when told to. */
    static final class TestClock extends Clock {
        private long millis = 1_000_000;

        void advance(Duration by) {
            millis += by.toMillis();
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @TempDir
    Path inbox;

    private final TestClock clock = new TestClock();
    private final QuietFiles quiet = new QuietFiles(QUIET, clock, 1000);

    @Test
    void aStableFileIsAcceptedOnceTheQuietIntervalHasPassedSinceItWasFirstSeen() throws Exception {
        Path file = Files.writeString(inbox.resolve("a.pdf"), "%PDF-1.7 complete");
        assertThat(quiet.accept(file)).as("first look").isFalse();
        clock.advance(Duration.ofMillis(2999));
        assertThat(quiet.accept(file)).as("just before the interval").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(quiet.accept(file)).as("unchanged for the interval").isTrue();
    }

    @Test
    void aFileStillGrowingIsNotAccepted() throws Exception {
        Path file = Files.writeString(inbox.resolve("growing.pdf"), "%PDF-1.7 ");
        assertThat(quiet.accept(file)).isFalse();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(2));
            Files.writeString(file, "more ", StandardOpenOption.APPEND);
            assertThat(quiet.accept(file)).as("still growing, look " + i).isFalse();
        }
        clock.advance(QUIET);
        assertThat(quiet.accept(file)).as("stopped growing a whole interval ago").isTrue();
    }

    @Test
    void aCopyKeepingAnOldTimestampButGrowingIsNotAccepted() throws Exception {
        Path file = Files.writeString(inbox.resolve("copy.pdf"), "%PDF-1.7 ");
        Files.setLastModifiedTime(file, LONG_AGO);
        assertThat(quiet.accept(file)).as("old time, first look").isFalse();
        for (int i = 0; i < 5; i++) {
            clock.advance(QUIET.plusSeconds(1));   // longer than the interval between looks
            Files.writeString(file, "piece ", StandardOpenOption.APPEND);
            Files.setLastModifiedTime(file, LONG_AGO);
            assertThat(quiet.accept(file)).as("its size changed, look " + i).isFalse();
        }
        clock.advance(QUIET);
        assertThat(quiet.accept(file)).isTrue();
    }

    @Test
    void aTouchedFileOfTheSameSizeWaitsAgain() throws Exception {
        Path file = Files.writeString(inbox.resolve("touched.pdf"), "%PDF-1.7 x");
        Files.setLastModifiedTime(file, LONG_AGO);
        quiet.accept(file);
        clock.advance(QUIET);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));
        assertThat(quiet.accept(file)).as("rewritten in place, same length").isFalse();
        clock.advance(QUIET);
        assertThat(quiet.accept(file)).isTrue();
    }

    @Test
    void aBurstBecomesEligibleTogetherAfterOneInterval() throws Exception {
        for (int i = 0; i < 500; i++) {
            Files.writeString(inbox.resolve("doc-" + i + ".pdf"), "doc " + i);
        }
        try (var files = Files.list(inbox)) {
            assertThat(files.filter(quiet::accept).count()).isZero();
        }
        clock.advance(QUIET);
        try (var files = Files.list(inbox)) {
            assertThat(files.filter(quiet::accept).count()).as("all at the next look").isEqualTo(500);
        }
    }

    @Test
    void aVanishedFileIsForgottenAndAFileAgainUnderItsNameWaitsAFullInterval() throws Exception {
        Path file = Files.writeString(inbox.resolve("gone.pdf"), "first");
        Files.setLastModifiedTime(file, LONG_AGO);
        quiet.accept(file);
        assertThat(quiet.tracked()).isEqualTo(1);
        Files.delete(file);
        clock.advance(QUIET);
        Path other = Files.writeString(inbox.resolve("other.pdf"), "x");
        quiet.accept(other);   // any look sweeps files that have gone
        assertThat(quiet.tracked()).as("only the file still there").isEqualTo(1);

        // the same name, size and time again: a new file, which waits its own interval
        Files.writeString(file, "first");
        Files.setLastModifiedTime(file, LONG_AGO);
        assertThat(quiet.accept(file)).isFalse();
        clock.advance(QUIET);
        assertThat(quiet.accept(file)).isTrue();
    }

    @Test
    void memoryIsBoundedFilesBeyondTheLimitWaitForRoom() throws Exception {
        QuietFiles small = new QuietFiles(QUIET, clock, 2);
        Path a = Files.writeString(inbox.resolve("a.pdf"), "a");
        Path b = Files.writeString(inbox.resolve("b.pdf"), "b");
        Path c = Files.writeString(inbox.resolve("c.pdf"), "c");
        small.accept(a);
        small.accept(b);
        small.accept(c);
        assertThat(small.tracked()).isEqualTo(2);
        clock.advance(QUIET);
        assertThat(small.accept(a)).isTrue();
        assertThat(small.accept(c)).as("not watched yet").isFalse();
        Files.delete(a);   // taken
        clock.advance(QUIET);
        small.accept(b);
        assertThat(small.accept(c)).as("watched now, its interval starts").isFalse();
        clock.advance(QUIET);
        assertThat(small.accept(c)).isTrue();
    }

    @Test
    void onlyRegularFilesAreAcceptedNeverLinksOrFolders() throws Exception {
        Path target = Files.writeString(inbox.resolve("real.pdf"), "real");
        Path link = Files.createSymbolicLink(inbox.resolve("link.pdf"), target);
        Path folder = Files.createDirectory(inbox.resolve("folder.pdf"));
        for (int look = 0; look < 3; look++) {
            assertThat(quiet.accept(link)).as("symbolic link").isFalse();
            assertThat(quiet.accept(folder)).as("folder").isFalse();
            quiet.accept(target);
            clock.advance(QUIET);
        }
        assertThat(quiet.accept(target)).isTrue();
        assertThat(quiet.tracked()).as("links and folders are not watched").isEqualTo(1);
    }

    @Test
    void readLockModes() {
        assertThat(ReadLockMode.of("quiet").camelReadLock()).isEqualTo("none");
        assertThat(ReadLockMode.of("quiet").waitsForQuiet()).isTrue();
        assertThat(ReadLockMode.of(" Changed ").camelReadLock()).isEqualTo("changed");
        assertThat(ReadLockMode.of("none").waitsForQuiet()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadLockMode.of("fileLock"))
                .hasMessageContaining("quiet, changed or none");
    }
}
