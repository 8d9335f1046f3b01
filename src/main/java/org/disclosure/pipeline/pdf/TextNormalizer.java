package org.disclosure.pipeline.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Text as a reader reads it. Some fonts map their glyphs to the Kangxi Radicals (⼀ U+2F00) or the
 * CJK Radicals Supplement (⻔ U+2ED4) instead of the unified ideographs they look like, so extracted
 * text reads ⼀般公共预算 and 部⻔; every radical is replaced by its equivalent ideograph (Unicode's
 * EquivalentUnifiedIdeograph data: NFKC covers the Kangxi block but hardly any of the Supplement).
 */
public final class TextNormalizer {

    private static final Map<Integer, Integer> RADICALS = load("/text/cjk-radicals.txt");
    /** The radicals' range: a char outside it needs no (boxed) map look-up, which is most of them. */
    private static final int FIRST_RADICAL = RADICALS.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
    private static final int LAST_RADICAL = RADICALS.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);

    private TextNormalizer() {
    }

    /**
     * The text without whitespace, as {@code text.replaceAll("\\s+", "")} gives it (the same six
     * ASCII whitespace chars) but without a regex: it runs for every label and title compared.
     */
    public static String withoutSpaces(String text) {
        int i = 0;
        while (i < text.length() && !isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What the regex {@code \s} matches without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** NFC, radicals unified, full-width digits as ASCII (２０２２年 is 2022年): for matching titles, labels and words. */
    public static String normalize(String text) {
        return asciiDigits(unifyRadicals(Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    private static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + (c - '\uFF10')));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The text with each CJK radical replaced by its unified ideograph (a few rare ones lie outside
     * the Basic Multilingual Plane: applied to a glyph's text, every char of it still maps to the glyph).
     */
    public static String unifyRadicals(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            char c = text.charAt(i);
            any = c >= FIRST_RADICAL && c <= LAST_RADICAL && RADICALS.containsKey((int) c);
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(RADICALS.getOrDefault(c, c)));
        return out.toString();
    }

    /** Lines "FROM [TO] IDEOGRAPH" in hex, # for comments. */
    private static Map<Integer, Integer> load(String resource) {
        Map<Integer, Integer> map = new HashMap<>();
        try (InputStream in = TextNormalizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.strip().split("\\s+");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int from = Integer.parseInt(parts[0], 16);
                int to = parts.length == 3 ? Integer.parseInt(parts[1], 16) : from;
                int ideograph = Integer.parseInt(parts[parts.length - 1], 16);
                for (int c = from; c <= to; c++) {
                    map.put(c, ideograph);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
