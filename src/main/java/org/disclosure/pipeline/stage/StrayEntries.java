package org.disclosure.pipeline.stage;

import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.ErrorRecord;
import org.disclosure.pipeline.archive.LogText;
import org.disclosure.pipeline.intake.InboxEntries;

/**
 * Sets aside the inbox entries that are not documents to read: a symbolic link (which would publish
 * whatever it points to), a folder, a pipe. Each is moved, as it is, into the failed folder with a
 * record saying what it was, so nothing in the inbox is ignored in silence and nothing outside it is
 * ever read.
 */
public final class StrayEntries {

    public static final String STAGE = StageName.RECEIVE.key();

    private final Path inbox;
    private final InboxEntries entries;
    private final ArchiveStore store;

    public StrayEntries(Path inbox, InboxEntries entries, ArchiveStore store) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.entries = entries;
        this.store = store;
    }

    /** Looks at the inbox once; returns one outcome for each entry set aside. */
    public List<Outcome> setAside() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return outcomes;
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(inbox)) {
            for (Path entry : listing) {
                InboxEntries.Kind kind = entries.classify(entry);
                FailureReason reason = switch (kind) {
                    case LINK -> FailureReason.SYMLINK;
                    case FOLDER -> FailureReason.FOLDER;
                    case SPECIAL -> FailureReason.NOT_A_FILE;
                    case DOCUMENT, IGNORED -> null;
                };
                if (reason != null) {
                    String target = InboxEntries.linkTarget(entry);
                    outcomes.add(setAside(entry, reason, message(kind, target), target));
                }
            }
        }
        return outcomes;
    }

    /** @param linkTarget where a link points, as written in it; null for anything else */
    private Outcome setAside(Path entry, FailureReason reason, String message, String linkTarget) throws IOException {
        String name = entry.getFileName().toString();
        ErrorRecord error = new ErrorRecord(1, name, null, null, reason, message, STAGE, Instant.now().toString(),
                linkTarget == null ? null : "link to " + linkTarget);
        Path target = store.setAside(entry, error);
        return new Outcome(name, false, "rejected", 0, 0, 0, 0, target, reason + " (" + message + ")");
    }

    private static String message(InboxEntries.Kind kind, String linkTarget) {
        return switch (kind) {
            case LINK -> "这是一个符号链接，未读取其指向的文件。This is a symbolic link"
                    + (linkTarget == null ? "" : " to " + LogText.escape(linkTarget))
                    + "; links are never followed, so nothing it points to was read. The link itself was moved here. "
                    + "Copy the file itself into the inbox.";
            case FOLDER -> "这是一个文件夹，不是文件。This is a folder, not a file: the inbox takes files only. "
                    + "The folder was moved here as it was; drop the PDFs inside it into the inbox one by one.";
            default -> "这不是普通文件。This is not a regular file (a pipe, socket or device): it cannot be read as a document.";
        };
    }
}
