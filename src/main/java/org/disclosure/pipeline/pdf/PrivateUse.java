package org.disclosure.pipeline.pdf;

/**
 * The Private Use Area code points (U+E000–U+F8FF and the supplementary planes 15 and 16) some
 * producers' fonts map their glyphs to: they carry no meaning of their own.
 */
public final class PrivateUse {

    private PrivateUse() {
    }

    public static boolean isPrivateUse(int codePoint) {
        return codePoint >= 0xE000 && codePoint <= 0xF8FF || codePoint >= 0xF0000 && codePoint <= 0x10FFFF;
    }

    public static boolean contains(String text) {
        return text.codePoints().anyMatch(PrivateUse::isPrivateUse);
    }
}
