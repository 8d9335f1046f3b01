package org.disclosure.pipeline.pdf;

import java.util.List;

/**
 * Glyphs that share a baseline, left to right, with the text they read as.
 *
 * @param charGlyphs for each char of {@code text}, the glyph it was read from, or null for a space
 *                   or tab the reading inserted; this is how a figure found in text is traced back
 *                   to its place on the page
 */
public record TextLine(String text, List<Glyph> glyphs, List<Glyph> charGlyphs, Box box, double baseline, double size) {

    /** The text for matching: NFC, radicals mapped to ideographs (see {@link TextNormalizer}). */
    public String normalizedText() {
        return TextNormalizer.normalize(text);
    }

    /** The box around the glyphs of text[start, end), or null if none of it was drawn. */
    public Box boxOf(int start, int end) {
        Box box = null;
        for (int i = start; i < end && i < charGlyphs.size(); i++) {
            Glyph glyph = charGlyphs.get(i);
            if (glyph != null) {
                box = box == null ? glyph.box() : box.union(glyph.box());
            }
        }
        return box;
    }
}
