package org.disclosure.pipeline.console;

import org.disclosure.pipeline.archive.FailureReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.DocumentFile;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.ErrorRecord;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.archive.StageName;
import org.disclosure.pipeline.ocr.OcrProgressFile;
import org.disclosure.pipeline.index.DocumentQuery;
import org.disclosure.pipeline.index.DocumentSearch;

/**
 * What the console lists: archived documents from the index (see index/), rejected files from the
 * failed folder, and the work in hand from the inbox and the work area.
 */
public final class ArchiveIndex {

    private final Path inbox;
    private final Path archive;
    private final Path failed;
    private final DocumentSearch search;

    public ArchiveIndex(Path inbox, Path archive, Path failed, DocumentSearch search) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.archive = archive.toAbsolutePath().normalize();
        this.failed = failed.toAbsolutePath().normalize();
        this.search = search;
    }

    /** One page of the archived documents the filter matches (see {@link ConsoleFilter}), and everything else the console shows. */
    public Listing list(ConsoleFilter filter) throws IOException {
        Instant midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Listing.Archived> archived = new ArrayList<>();
        int doneToday;
        long archivedTotal = 0;
        List<String> kinds;
        List<String> rules;
        try {
            DocumentQuery query = filter.archivedQuery();
            if (filter.showsArchived() && query != null) {
                archivedTotal = search.count(query);
                for (DocumentSearch.Headline headline : search.headlines(query)) {
                    DocumentHeadline entry = DocumentFile.headline(headline.headline());
                    Path folder = archive.resolve(headline.folder());
                    archived.add(new Listing.Archived(headline.folder(), entry,
                            entry.source() == null ? null : ArchiveLayout.originalLink(folder, entry.source().fileName()),
                            headline.checks(), headline.supersededBy()));
                }
            }
            doneToday = Math.toIntExact(search.receivedAfter(midnight.toString()));
            kinds = search.kinds();
            rules = search.rules();
        } catch (SQLException e) {
            throw new IOException("the archive index cannot be read: " + e.getMessage(), e);
        }
        List<Listing.Failed> rejected = new ArrayList<>();
        for (Path error : visible(failed).stream().filter(p -> p.getFileName().toString().endsWith(".error.json")).toList()) {
            String file = error.getFileName().toString().replaceFirst("\\.error\\.json$", "");
            ErrorRecord record = readError(error, file);
            Listing.Failed item = new Listing.Failed(file, record);
            if (isAfter(record.time(), midnight)) {
                doneToday++;
            }
            if (filter.showsFailed() && filter.matches(item)) {
                rejected.add(item);
            }
        }
        rejected.sort(Comparator.comparing((Listing.Failed f) -> f.error().time() == null ? "" : f.error().time()).reversed());
        int queued = (int) visible(inbox).stream().filter(Files::isRegularFile).count();
        List<String> ocr = new ArrayList<>();
        int inProgress = hiddenWork(ocr);
        return new Listing(archived, rejected, queued, inProgress, doneToday, ocr, archivedTotal, kinds, rules);
    }

    private static boolean isAfter(String time, Instant instant) {
        try {
            return time != null && Instant.parse(time).isAfter(instant);
        } catch (java.time.format.DateTimeParseException notATime) {
            return false;
        }
    }

    /** A record that cannot be read (damaged, or not a record at all) is listed as such, never breaks the list. */
    private static ErrorRecord readError(Path error, String file) {
        try {
            ErrorRecord record = Json.read(error, ErrorRecord.class);
            if (record != null && record.reason() != null) {
                return record;
            }
        } catch (IOException | RuntimeException unreadable) {
            // fall through to the placeholder
        }
        return new ErrorRecord(1, file, null, null, FailureReason.UNREADABLE_RECORD,
                "此失败记录无法读取。The error record beside this file could not be read.", StageName.UNKNOWN.key(), null, null);
    }

    /**
     * Documents in hand: job folders inside each process's folder of the work area; the OCR progress
     * line of each being OCR'd is added to {@code ocr}.
     */
    private int hiddenWork(List<String> ocr) throws IOException {
        Path work = archive.resolve(org.disclosure.pipeline.archive.ArchiveLayout.WORK_FOLDER);
        if (!Files.isDirectory(work)) {
            return 0;
        }
        int jobs = 0;
        try (Stream<Path> nodes = Files.list(work)) {
            for (Path node : nodes.filter(Files::isDirectory).toList()) {
                List<Path> inHand = visible(node);
                jobs += inHand.size();
                for (Path job : inHand) {
                    OcrProgressFile.read(job).ifPresent(ocr::add);
                }
            }
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException goneMeanwhile) {
            // a process stopped while we counted
        }
        return jobs;
    }

    private static List<Path> visible(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
