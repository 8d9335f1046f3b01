package org.disclosure.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tesseract} command, run as a child process per page: a crash or a hang of the native
 * engine costs one page, never the JVM (see docs/ocr.md).
 */
public final class Tesseract {

    public static final String ENGINE = "tesseract";
    public static final String LANGUAGE = "chi_sim";
    /**
     * Pages are read as one uniform block of text (page segmentation mode 6): mode 4 reads a large
     * centred title as vertical text, character by character, and drops a title's last character;
     * mode 6 reads a ruled table well once its grid is painted out ({@link ImageRulings}; docs/ocr.md).
     */
    static final String PAGE_SEGMENTATION = "6";

    private static volatile Optional<String> version;

    private final String command;

    public Tesseract() {
        this(ENGINE);
    }

    Tesseract(String command) {
        this.command = command;
    }

    /** The engine's version as {@code tesseract --version} reports it, or empty when it is not installed. */
    public static Optional<String> version() {
        Optional<String> known = version;
        if (known == null) {
            known = askVersion();
            version = known;
        }
        return known;
    }

    private static Optional<String> askVersion() {
        try {
            Process process = new ProcessBuilder(ENGINE, "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String first = out.lines().findFirst().orElse("").strip();
            if (!first.startsWith("tesseract")) {
                return Optional.empty();
            }
            Process langs = new ProcessBuilder(ENGINE, "--list-langs").redirectErrorStream(true).start();
            String list = new String(langs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            langs.waitFor(30, TimeUnit.SECONDS);
            if (list.lines().map(String::strip).noneMatch(LANGUAGE::equals)) {
                return Optional.empty(); // the engine without its Chinese model reads nothing useful
            }
            return Optional.of(first.substring("tesseract".length()).strip());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Recognises a grayscale page image and returns Tesseract's TSV.
     *
     * @throws OcrFailure when the engine fails or overruns {@code budget} (it is killed)
     */
    public String tsv(BufferedImage image, Duration budget) throws OcrFailure, IOException {
        Path folder = Files.createTempDirectory("ocr-page");
        try {
            Path input = folder.resolve("page.pgm");
            writePgm(image, input);
            Path output = folder.resolve("page");
            ProcessBuilder builder = new ProcessBuilder(List.of(command, input.toString(), output.toString(),
                    "-l", LANGUAGE, "--psm", PAGE_SEGMENTATION, "tsv"))
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("log.txt").toFile());
            // Tesseract's OpenMP threads fight over two shared cores: one thread is three times faster.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            try {
                if (!process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                    throw new OcrFailure("over its time budget of " + budget.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new OcrFailure("interrupted");
            }
            Path tsv = folder.resolve("page.tsv");
            if (process.exitValue() != 0 || !Files.exists(tsv)) {
                String log = Files.readString(folder.resolve("log.txt"), StandardCharsets.UTF_8).strip();
                throw new OcrFailure("tesseract exited with " + process.exitValue()
                        + (log.isEmpty() ? "" : ": " + log.lines().reduce((a, b) -> b).orElse("")));
            }
            return Files.readString(tsv, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** Binary PGM: no encoder, no compression; Leptonica reads it directly. */
    private static void writePgm(BufferedImage image, Path file) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            int[] row = new int[width];
            byte[] bytes = new byte[width];
            for (int y = 0; y < height; y++) {
                image.getRaster().getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    bytes[x] = (byte) row[x];
                }
                out.write(bytes);
            }
        }
    }

    /** The engine could not read a page. */
    public static final class OcrFailure extends Exception {
        private static final long serialVersionUID = 1L;

        public OcrFailure(String message) {
            super(message);
        }
    }
}
