package org.disclosure.pipeline.ocr;

import java.util.regex.Pattern;

/**
 * The choice between a figure's first read (the page, Chinese model) and its second, digits-only read
 * (the word's crop alone, digits and figure punctuation only). Pure logic: no engine.
 *
 * <p>A word is split into a prefix, its figure core and a suffix: {@code ，2022} is {@code ，} +
 * {@code 2022}; {@code 3%，} is {@code 3%} + {@code ，}. Only cores are compared; the chosen core is put
 * back between the first read's prefix and suffix, so the sentence around the figure is unchanged.
 */
public final class SecondRead {

    /** A clean figure: 1234, 1,234.5, -3.2, 9.3%. */
    private static final Pattern CLEAN = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?");
    /** Letters Tesseract puts where a digit was: O for 0, l and I for 1, S for 5, B for 8. */
    private static final String CONFUSABLE = "OoDlI|丨SB";
    private static final String CONFUSED_AS = "000111158";
    /** The look-alikes of 0. */
    private static final String ZERO_LIKE = "OoD";

    private SecondRead() {
    }

    /**
     * Both readings of a figure and the one kept.
     *
     * @param text       the word as kept: the first read's prefix and suffix around the chosen core
     * @param confidence the kept reading's confidence: the higher of the two when both reads agree, the
     *                   lower when they disagree (two readings of one figure that differ prove neither)
     * @param agreed     whether both reads give the same figure (after mapping O to 0, l to 1 …)
     */
    public record Choice(String text, double confidence, String first, double firstConfidence, String second,
                         double secondConfidence, boolean agreed) {

        public boolean changed() {
            return !text.equals(first);
        }
    }

    /**
     * Whether a word deserves a second read: its figure core has a digit and nothing but figure
     * characters and digit look-alikes, and its first read is not a clean figure or is below
     * {@code uncertainBelow}. Around the core the word may hold punctuation (the crop is the whole
     * word) or ideographs ({@code 2023年}, {@code 增长9.3%}: the crop is the core's share of the word's
     * box only, see {@link #glued}); a word with two figures in it ({@code 2023年增长9.3%}) is not read again.
     */
    public static boolean deserves(String text, double confidence, double uncertainBelow) {
        String core = core(text);
        if (!(core.chars().anyMatch(Character::isDigit) || lookAlikeFigure(text)) || !numericLooking(core)) {
            return false;
        }
        if (!numericLooking(text) && core.chars().anyMatch(c -> punctuation(c) && !figureCharacter(c))) {
            return false; // 第1、2项: figures in a list glued to ideographs, not one figure
        }
        return confidence < uncertainBelow || !isClean(core);
    }

    /**
     * A word with no digit that is nothing but the shape of a figure: look-alikes and figure
     * punctuation only, two characters or more, one of them a letter Tesseract reads for a 0
     * ({@code ooo|} for 0.00 in a blurred table cell, {@code O.OO}). A lone {@code |} or {@code l} is a
     * rule's remnant or a letter, not a figure.
     */
    static boolean lookAlikeFigure(String text) {
        String core = core(text);
        return numericLooking(text) && core.length() >= 2 && core.chars().anyMatch(c -> ZERO_LIKE.indexOf(c) >= 0);
    }

    /**
     * A table cell's word with the specks around its figure dropped: {@code 。780.79}, {@code ”780.79},
     * {@code 31.47,} and {@code 0.00.} (a cell holds a figure alone; the speck is dust or a rule's edge)
     * become the clean figure, which the table can then read. Only when the core is a clean figure and
     * nothing but punctuation is around it; anything else is left as read (and stays uncertain).
     */
    public static String cellFigure(String text) {
        String core = core(text);
        if (core.equals(text) || core.chars().noneMatch(Character::isDigit) || !isClean(core) || !numericLooking(text)) {
            return text;
        }
        int[] span = coreSpan(text);
        String around = text.substring(0, span[0]) + text.substring(span[1]);
        boolean punctuationOnly = around.codePoints().allMatch(cp -> punctuation(cp) || cp == '.' || cp == ',');
        return punctuationOnly ? core : text;
    }

    /**
     * Whether a word OCR read must be shown as uncertain: a figure (or a figure's look-alike shape) read
     * below {@code uncertainBelow}; or, whatever the engine's confidence, one whose two reads disagree
     * (two readings that differ prove neither) or whose figure is still not a clean one after them
     * ({@code 137.71|}, {@code 6,339,4O0}): its value, if the table reads one, is a guess.
     *
     * @param choice the second read made of it, or null when it was not read again
     */
    public static boolean uncertain(String text, double confidence, Choice choice, double uncertainBelow) {
        boolean figure = text.chars().anyMatch(Character::isDigit) || lookAlikeFigure(text);
        if (!figure) {
            return false;
        }
        if (confidence < uncertainBelow || choice != null && !choice.agreed()) {
            return true;
        }
        return numericLooking(text) && !isClean(core(text));
    }

    /**
     * Whether the word holds more than its figure and punctuation: an ideograph, a letter, glued to it
     * ({@code 2023年}, {@code 增长9.3%}). Its crop must then be the figure's share of the box alone.
     */
    public static boolean glued(String text) {
        return !numericLooking(text);
    }

    /**
     * Digits, figure punctuation, digit look-alikes and punctuation only; a {@code +} only in front
     * ({@code 5+2} is a name, not a figure, and the digits-only read has no {@code +} to read it with).
     */
    static boolean numericLooking(String text) {
        return text.indexOf('+', 1) < 0
                && text.codePoints().allMatch(cp -> figureCharacter(cp) || CONFUSABLE.indexOf(cp) >= 0 || punctuation(cp));
    }

    public static boolean isClean(String figure) {
        return CLEAN.matcher(figure).matches();
    }

    /** The figure inside a word: leading characters before the first digit (or sign) and trailing ones after the last digit or % cut off. */
    static String core(String text) {
        int[] span = coreSpan(text);
        return text.substring(span[0], span[1]);
    }

    /** Where the figure core lies in the word: {start, end} as char indexes, end exclusive. */
    static int[] coreSpan(String text) {
        int start = 0;
        while (start < text.length() && !startsFigure(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && !endsFigure(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /**
     * Keeps the better reading. Same figure both times (look-alike letters mapped to digits): the
     * first read's text with the look-alikes fixed, at the higher confidence. Different figures: when the
     * first is clean and one holds the other (the second read lost or gained a character at an edge of
     * its crop) the first stands; otherwise a clean figure beats one that is not, and between two clean ones (or two
     * unclean) the higher confidence wins. Either way the confidence is the lower of the two, so the
     * figure stays uncertain.
     *
     * @param second the digits-only read, or null/blank when it read nothing
     */
    public static Choice choose(String first, double firstConfidence, String second, double secondConfidence) {
        String secondCore = second == null ? "" : core(second.strip());
        if (secondCore.isEmpty()) {
            return new Choice(first, firstConfidence, first, firstConfidence, second, secondConfidence, false);
        }
        int[] span = coreSpan(first);
        String firstCore = first.substring(span[0], span[1]);
        String firstAsDigits = unconfused(firstCore);
        boolean agreed = firstAsDigits.equals(secondCore);
        String keptCore;
        double confidence;
        if (agreed) {
            keptCore = firstAsDigits;
            confidence = Math.max(firstConfidence, secondConfidence);
        } else {
            boolean firstClean = isClean(firstCore);
            boolean secondClean = isClean(secondCore);
            // The crop's margin, not a correction: a second read that only loses or gains characters at an
            // edge (71.9% as 1.9%, 43.4 as 43.44, 51.5 as -51.5) is the crop cut too tight or too wide.
            boolean edgeOnly = firstClean
                    && (firstAsDigits.contains(secondCore) || secondCore.contains(firstAsDigits));
            boolean takeSecond = !edgeOnly
                    && (secondClean != firstClean ? secondClean : secondConfidence > firstConfidence);
            keptCore = takeSecond ? secondCore : firstCore;
            confidence = Math.min(firstConfidence, secondConfidence);
        }
        String text = first.substring(0, span[0]) + keptCore + first.substring(span[1]);
        return new Choice(text, confidence, first, firstConfidence, second, secondConfidence, agreed);
    }

    /** Look-alike letters as the digits they stand for. */
    static String unconfused(String core) {
        StringBuilder out = new StringBuilder(core.length());
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            int at = CONFUSABLE.indexOf(c);
            out.append(at >= 0 ? CONFUSED_AS.charAt(at) : c);
        }
        return out.toString();
    }

    private static boolean startsFigure(char c) {
        return Character.isDigit(c) || c == '-' || c == '+' || CONFUSABLE.indexOf(c) >= 0;
    }

    private static boolean endsFigure(char c) {
        return Character.isDigit(c) || c == '%' || CONFUSABLE.indexOf(c) >= 0;
    }

    private static boolean figureCharacter(int cp) {
        return cp >= '0' && cp <= '9' || cp == '.' || cp == ',' || cp == '-' || cp == '+' || cp == '%';
    }

    private static boolean punctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
