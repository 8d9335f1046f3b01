package org.disclosure.pipeline.pdf;

import java.util.List;

/** Glyphs that share a baseline, left to right, with the text they read as. */
public record TextLine(String text, List<Glyph> glyphs, Box box, double baseline, double size) {
}
