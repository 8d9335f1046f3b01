package org.disclosure.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    /**
     * The digits-only second read: the English model reading the crop as one line (mode 7). On 73
     * figure crops of the Nanchang scan it agreed with the first read on 62 where the Chinese model
     * agreed on 57 (mode 8) and 56 (mode 7) (docs/ocr.md).
     */
    static final String DIGITS_LANGUAGE = "eng";
    static final String DIGITS_SEGMENTATION = "7";
    static final String DIGITS_WHITELIST = "0123456789.,-%";

    private static volatile Boolean digitsModel;

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
            return run(folder, List.of(input.toString(), folder.resolve("page").toString(),
                    "-l", LANGUAGE, "--psm", PAGE_SEGMENTATION, "tsv"), budget);
        } finally {
            deleteFolder(folder);
        }
    }

    /**
     * Recognises each crop as one line of a figure, digits and figure punctuation only, in one engine
     * run: the crops are listed in a file Tesseract reads as a multi-page input, and the TSV's
     * {@code page_num} is the crop's number (1-based). One process per page instead of one per figure.
     *
     * @throws OcrFailure when the engine fails or overruns {@code budget} (it is killed)
     */
    public String digitsTsv(List<BufferedImage> crops, Duration budget) throws OcrFailure, IOException {
        Path folder = Files.createTempDirectory("ocr-digits");
        try {
            List<String> names = new ArrayList<>(crops.size());
            for (int i = 0; i < crops.size(); i++) {
                Path crop = folder.resolve("crop-" + (i + 1) + ".pgm");
                writePgm(crops.get(i), crop);
                names.add(crop.toString());
            }
            Path list = folder.resolve("crops.txt");
            Files.write(list, names, StandardCharsets.UTF_8);
            return run(folder, List.of(list.toString(), folder.resolve("page").toString(),
                    "-l", DIGITS_LANGUAGE, "--psm", DIGITS_SEGMENTATION,
                    "-c", "tessedit_char_whitelist=" + DIGITS_WHITELIST, "tsv"), budget);
        } finally {
            deleteFolder(folder);
        }
    }

    /** Whether the model the second read uses is installed (Debian's tesseract-ocr brings it). */
    public static boolean digitsModelInstalled() {
        Boolean known = digitsModel;
        if (known == null) {
            known = listLanguages().contains(DIGITS_LANGUAGE);
            digitsModel = known;
        }
        return known;
    }

    private static List<String> listLanguages() {
        try {
            Process langs = new ProcessBuilder(ENGINE, "--list-langs").redirectErrorStream(true).start();
            String list = new String(langs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            langs.waitFor(30, TimeUnit.SECONDS);
            return list.lines().map(String::strip).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Runs the engine with {@code arguments} writing {@code folder/page.tsv}, and returns that TSV. */
    private String run(Path folder, List<String> arguments, Duration budget) throws OcrFailure, IOException {
        List<String> command = new ArrayList<>();
        command.add(this.command);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("log.txt").toFile());
        // Tesseract's OpenMP threads fight over two shared cores: one thread is three times faster.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        if (budget.isNegative() || budget.isZero()) {
            throw new OcrFailure("over its time budget");
        }
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
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
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
