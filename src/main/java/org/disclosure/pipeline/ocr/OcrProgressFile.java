package org.disclosure.pipeline.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A job's OCR progress as one line in its work folder ({@code .ocr-progress}: the file's name, a tab,
 * {@link OcrProgress#line()}), written after each page by whichever process reads it and read by the
 * console: no channel between the worker and the console is needed, in one JVM or many.
 */
public final class OcrProgressFile {

    public static final String NAME = ".ocr-progress";

    private OcrProgressFile() {
    }

    /** Replaces the line at once (written beside, then moved), so a reader never sees half of it. */
    public static void write(Path workFolder, String fileName, OcrProgress progress) {
        try {
            Path temporary = workFolder.resolve(NAME + ".tmp-" + Thread.currentThread().getId());
            Files.writeString(temporary, fileName + "\t" + progress.line(), StandardCharsets.UTF_8);
            Files.move(temporary, workFolder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // progress is for people watching; a line not written costs nothing else
        }
    }

    /** Removes the line once the pages are read: it must not be archived with the document. */
    public static void clear(Path workFolder) {
        try {
            Files.deleteIfExists(workFolder.resolve(NAME));
        } catch (IOException e) {
            // an archived hidden line is harmless; the console lists only work in hand
        }
    }

    /** The job's line as {@code name: ocr: 40/200 pages, …}, if it is being OCR'd. */
    public static Optional<String> read(Path workFolder) {
        Path file = workFolder.resolve(NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split("\t", 2);
            return parts.length == 2 ? Optional.of(parts[0] + " — " + parts[1]) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the job finished meanwhile
        }
    }
}
