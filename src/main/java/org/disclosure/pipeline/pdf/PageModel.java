package org.disclosure.pipeline.pdf;

import java.util.List;

/**
 * Everything the later stages need from one page, built from a single pass over its content stream.
 *
 * @param number  1-based page number
 * @param width   page width in points (crop box, as displayed)
 * @param height  page height in points
 * @param glyphs  every glyph drawn, duplicates from fake bold removed
 * @param rulings horizontal and vertical lines, merged where collinear
 * @param lines   the page's text lines, top to bottom
 * @param imageCount how many images the page paints (a page with images and no glyphs is a scan)
 * @param turned  degrees clockwise the displayed page was turned so its text reads upright (0 mostly);
 *                every position above is in that upright frame
 * @param geometry the page's crop box, /Rotate and turn: how user space maps to that frame and back
 */
public record PageModel(int number, double width, double height, List<Glyph> glyphs,
                        List<Ruling> rulings, List<TextLine> lines, int imageCount, int turned, PageGeometry geometry) {

    /** A page whose crop box starts at the origin and carries no /Rotate (pages made in tests). */
    public PageModel(int number, double width, double height, List<Glyph> glyphs,
                     List<Ruling> rulings, List<TextLine> lines, int imageCount, int turned) {
        this(number, width, height, glyphs, rulings, lines, imageCount, turned,
                turned == 90 || turned == 270 ? new PageGeometry(0, width, height, width, 0, turned)
                        : new PageGeometry(0, height, width, height, 0, turned));
    }

    public boolean hasTextLayer() {
        return glyphs.stream().anyMatch(g -> !g.isSpace());
    }

    /**
     * How many glyphs still read as private-use code points after recovery from their font's glyph
     * names and their place in a number: kept in the text, never dropped, and counted so a reader of
     * the page can be told that part of it could not be read.
     */
    public int unrecoveredPrivateUse() {
        return (int) glyphs.stream().filter(g -> PrivateUse.contains(g.text())).count();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line.text());
        }
        return text.toString();
    }
}
