package org.disclosure.pipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveIndexTest {

    @TempDir
    Path root;

    @Test
    void anErrorRecordThatCannotBeReadIsListedAsSuchAndTheListStillComesOut() throws Exception {
        Path failed = Files.createDirectories(root.resolve("failed"));
        Files.writeString(failed.resolve("notes.pdf"), "notes");
        Files.writeString(failed.resolve("notes.pdf.error.json"), """
                {"schemaVersion":1,"fileName":"notes.pdf","reason":"not-a-pdf","message":"not a PDF","stage":"extract",
                 "time":"2026-12-01T10:00:00Z"}""");
        Files.writeString(failed.resolve("junk.error.json"), "<html>not a record</html>");
        Files.writeString(failed.resolve("odd.pdf.error.json"), "{\"reason\":\"not-a-pdf\",\"time\":\"yesterday\"}");

        Listing listing = new ArchiveIndex(root.resolve("inbox"), root.resolve("archive"), failed)
                .list(ConsoleFilter.of(null, null, null, null));

        assertThat(listing.failed()).extracting(Listing.Failed::file).containsExactlyInAnyOrder("notes.pdf", "junk", "odd.pdf");
        assertThat(listing.failed()).filteredOn(f -> f.file().equals("junk")).singleElement()
                .satisfies(f -> assertThat(f.error().reason()).isEqualTo("unreadable-record"));
    }
}
