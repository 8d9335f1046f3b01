package org.disclosure.pipeline.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The files the console may serve: only inside the archive and failed folders, never a hidden
 * file or work in progress, never anything a path with {@code ..}, an absolute path or a symbolic
 * link leads to outside them.
 *
 * <p>Only the files the pipeline writes itself get a type of their own. Anything else is an
 * original as someone dropped it, under a name of their choosing: it is served as a PDF if its bytes
 * are one and otherwise as an attachment, so a dropped {@code x.html} never becomes a page of the
 * console's origin.
 */
public final class ArchiveFiles {

    static final String PDF = "application/pdf";
    static final String BYTES = "application/octet-stream";
    private static final String JSON = "application/json; charset=utf-8";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** What the pipeline writes at the top of each document's archive folder. */
    private static final Map<String, String> GENERATED = Map.of(
            "report.html", "text/html; charset=utf-8",
            "document.json", JSON,
            "duplicates.json", JSON,
            "annotated.pdf", PDF,
            "tables.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /**
     * A file to send and the type to send it as.
     *
     * @param contentDisposition {@code attachment; ...} for a file that is neither ours nor a PDF, else null
     * @param mayChange whether the file can still change once filed (duplicates.json grows)
     */
    public record Served(Path file, String contentType, String contentDisposition, boolean mayChange) {
    }

    private final Path archive;
    private final Path failed;

    public ArchiveFiles(Path archive, Path failed) {
        this.archive = archive.toAbsolutePath().normalize();
        this.failed = failed.toAbsolutePath().normalize();
    }

    /** @param area "archive" or "failed"; @param relative the path below it, as requested */
    public Optional<Served> find(String area, String relative) throws IOException {
        Path root = switch (area) {
            case "archive" -> archive;
            case "failed" -> failed;
            default -> null;
        };
        if (root == null || relative == null || relative.isEmpty() || relative.contains("\\") || relative.contains("\0")) {
            return Optional.empty();
        }
        String[] parts = relative.split("/");
        for (String part : parts) {
            if (part.isEmpty() || part.startsWith(".")) {
                return Optional.empty();   // "..", hidden files and the .work area alike
            }
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        // a symbolic link inside may still point outside
        if (!candidate.toRealPath().startsWith(root.toRealPath())) {
            return Optional.empty();
        }
        // a PDF is a PDF whatever its name, even one of ours (an original dropped as report.html)
        if (startsWithPdfMagic(candidate)) {
            return Optional.of(new Served(candidate, PDF, null, false));
        }
        String generated = generatedType(area, parts);
        if (generated != null) {
            return Optional.of(new Served(candidate, generated, null, parts[parts.length - 1].equals("duplicates.json")));
        }
        return Optional.of(new Served(candidate, BYTES, ContentDisposition.attachment(candidate.getFileName().toString()), false));
    }

    /** The type of a file the pipeline writes, by its place in the layout; null for anything else. */
    static String generatedType(String area, String[] parts) {
        String name = parts[parts.length - 1];
        if (area.equals("failed")) {
            return parts.length == 1 && name.endsWith(".error.json") ? JSON : null;
        }
        if (parts.length == 2) {
            return GENERATED.get(name);
        }
        if (parts.length == 3 && parts[1].equals("tables") && name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        return null;
    }

    private static boolean startsWithPdfMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
        }
    }
}
