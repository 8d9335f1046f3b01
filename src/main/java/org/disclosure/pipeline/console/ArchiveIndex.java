package org.disclosure.pipeline.console;

import org.disclosure.pipeline.archive.FailureReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.ErrorRecord;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.ocr.OcrProgressFile;

/**
 * Reads the archive and failed folders for the console. Each document.json is read once and
 * remembered until its folder changes, so a large archive lists quickly.
 */
public final class ArchiveIndex {

    private final Path inbox;
    private final Path archive;
    private final Path failed;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, DocumentHeadline entry, String original) {
    }

    public ArchiveIndex(Path inbox, Path archive, Path failed) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.archive = archive.toAbsolutePath().normalize();
        this.failed = failed.toAbsolutePath().normalize();
    }

    public Listing list(ConsoleFilter filter) throws IOException {
        List<Listing.Archived> archived = new ArrayList<>();
        int doneToday = 0;
        Instant midnight = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (Path folder : visible(archive)) {
            Cached read = read(folder);
            if (read == null) {
                continue;
            }
            DocumentHeadline entry = read.entry();
            Listing.Archived item = new Listing.Archived(folder.getFileName().toString(), entry, read.original());
            if (isAfter(entry.receivedAt(), midnight)) {
                doneToday++;
            }
            if (filter.showsArchived() && filter.matches(item)) {
                archived.add(item);
            }
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
        archived.sort(Comparator.comparing((Listing.Archived a) -> a.entry().receivedAt() == null ? "" : a.entry().receivedAt()).reversed());
        if (filter.byCoverage()) {
            // stable: equal coverage keeps newest first; a scan (no ledger) read nothing and leads
            archived.sort(Comparator.comparing((Listing.Archived a) -> a.entry().coverage(),
                    Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        rejected.sort(Comparator.comparing((Listing.Failed f) -> f.error().time() == null ? "" : f.error().time()).reversed());
        int queued = (int) visible(inbox).stream().filter(Files::isRegularFile).count();
        List<String> ocr = new ArrayList<>();
        int inProgress = hiddenWork(ocr);
        return new Listing(archived, rejected, queued, inProgress, doneToday, ocr);
    }

    private Cached read(Path folder) throws IOException {
        Path json = folder.resolve(ArchiveLayout.DOCUMENT_JSON);
        if (!Files.isRegularFile(json)) {
            return null;
        }
        FileTime modified = Files.getLastModifiedTime(json);
        Cached cached = cache.get(folder);
        if (cached != null && cached.modified().equals(modified)) {
            return cached;
        }
        DocumentHeadline entry = Json.read(json, DocumentHeadline.class);
        String original = entry.source() == null ? null : ArchiveLayout.originalLink(folder, entry.source().fileName());
        Cached fresh = new Cached(modified, entry, original);
        cache.put(folder, fresh);
        return fresh;
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
                "此失败记录无法读取。The error record beside this file could not be read.", "unknown", null, null);
    }

    /**
     * Documents in hand: job folders inside each process's folder of the work area; the OCR progress
     * line of each being OCR'd is added to {@code ocr}.
     */
    private int hiddenWork(List<String> ocr) throws IOException {
        Path work = archive.resolve(".work");
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
