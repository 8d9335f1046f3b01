package org.disclosure.pipeline.pdf;

import java.text.Normalizer;

/**
 * Normalised text for matching: NFC, and the Kangxi and CJK radical code points some fonts map
 * their glyphs to (⼀ U+2F00, ⺠ U+2EA0) replaced by the unified ideographs a reader sees.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if ((cp >= 0x2F00 && cp <= 0x2FDF) || (cp >= 0x2E80 && cp <= 0x2EFF)) {
                // NFKC maps radicals to their ideographs; apply it to these code points alone.
                out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
