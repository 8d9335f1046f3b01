package org.disclosure.pipeline.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width, height,
 * confidence, text) into lines of words. Level 4 rows are lines, level 5 rows words.
 */
public final class TesseractTsv {

    private static final int LEVEL_LINE = 4;
    private static final int LEVEL_WORD = 5;
    private static final int COLUMNS = 12;

    private TesseractTsv() {
    }

    public static List<OcrLine> lines(String tsv) {
        Map<String, int[]> lineBoxes = new LinkedHashMap<>();
        Map<String, List<OcrWord>> lineWords = new LinkedHashMap<>();
        for (String row : tsv.split("\\R")) {
            String[] f = row.split("\t", -1);
            if (f.length < COLUMNS || !f[0].chars().allMatch(Character::isDigit) || f[0].isEmpty()) {
                continue; // the header, or a truncated row
            }
            int level = Integer.parseInt(f[0]);
            String key = f[2] + "." + f[3] + "." + f[4];
            int left = Integer.parseInt(f[6]);
            int top = Integer.parseInt(f[7]);
            int width = Integer.parseInt(f[8]);
            int height = Integer.parseInt(f[9]);
            if (level == LEVEL_LINE) {
                lineBoxes.put(key, new int[] {left, top, width, height});
            } else if (level == LEVEL_WORD) {
                String text = f[11].strip();
                double confidence = Double.parseDouble(f[10]);
                if (text.isEmpty() || confidence < 0) {
                    continue;
                }
                lineWords.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new OcrWord(text, left, top, width, height, confidence, key));
            }
        }
        List<OcrLine> lines = new ArrayList<>();
        lineWords.forEach((key, words) -> {
            int[] box = lineBoxes.get(key);
            if (box == null) {
                int left = words.stream().mapToInt(OcrWord::left).min().orElse(0);
                int top = words.stream().mapToInt(OcrWord::top).min().orElse(0);
                int right = words.stream().mapToInt(OcrWord::right).max().orElse(0);
                int bottom = words.stream().mapToInt(OcrWord::bottom).max().orElse(0);
                box = new int[] {left, top, right - left, bottom - top};
            }
            List<OcrWord> sorted = new ArrayList<>(words);
            sorted.sort(Comparator.comparingInt(OcrWord::left));
            lines.add(new OcrLine(box[0], box[1], box[2], box[3], List.copyOf(sorted)));
        });
        return lines;
    }

    /** One crop's reading: its words joined without spaces, at the lowest of their confidences. */
    public record Reading(String text, double confidence) {
    }

    /**
     * A multi-page TSV (one crop a page, as {@link Tesseract#digitsTsv} gives it) as one reading per
     * page number; a page where nothing was read has no entry.
     */
    public static Map<Integer, Reading> readingsByPage(String tsv) {
        Map<Integer, List<OcrWord>> byPage = new LinkedHashMap<>();
        for (String row : tsv.split("\\R")) {
            String[] f = row.split("\t", -1);
            if (f.length < COLUMNS || f[0].isEmpty() || !f[0].chars().allMatch(Character::isDigit)
                    || Integer.parseInt(f[0]) != LEVEL_WORD) {
                continue;
            }
            String text = f[11].strip();
            double confidence = Double.parseDouble(f[10]);
            if (text.isEmpty() || confidence < 0) {
                continue;
            }
            byPage.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>()).add(new OcrWord(text,
                    Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                    confidence, f[1]));
        }
        Map<Integer, Reading> readings = new LinkedHashMap<>();
        byPage.forEach((page, words) -> {
            List<OcrWord> sorted = new ArrayList<>(words);
            sorted.sort(Comparator.comparingInt(OcrWord::left));
            StringBuilder text = new StringBuilder();
            double confidence = 100;
            for (OcrWord word : sorted) {
                text.append(word.text());
                confidence = Math.min(confidence, word.confidence());
            }
            readings.put(page, new Reading(text.toString(), confidence));
        });
        return readings;
    }
}
