package org.disclosure.pipeline.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The files the console may serve: only inside the archive and failed folders, never a hidden
 * file or work in progress, never anything a path with {@code ..}, an absolute path or a symbolic
 * link leads to outside them.
 */
public final class ArchiveFiles {

    /** A file to send and the type to send it as. */
    public record Served(Path file, String contentType) {
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
        for (String part : relative.split("/")) {
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
        return Optional.of(new Served(candidate, contentType(candidate)));
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
