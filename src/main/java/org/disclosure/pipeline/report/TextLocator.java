package org.disclosure.pipeline.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds where a quoted piece of text is printed on a page, for findings whose evidence is a
 * sentence rather than a cell (a project's description, last year's date left in). Positions are
 * in points from the top left of the page as displayed, the frame document.json uses for pages
 * that did not need turning.
 */
final class TextLocator {

    private final PDDocument document;
    private final Map<Integer, List<TextPosition>> pages = new HashMap<>();

    TextLocator(PDDocument document) {
        this.document = document;
    }

    /** The box around the first place {@code text} (ignoring whitespace) is printed on {@code page}, or null. */
    List<Double> find(int page, String text) throws IOException {
        String wanted = text == null ? "" : text.replaceAll("\\s+", "");
        if (wanted.isEmpty() || page < 1 || page > document.getNumberOfPages()) {
            return null;
        }
        List<TextPosition> glyphs = glyphs(page);
        StringBuilder printed = new StringBuilder();
        List<TextPosition> owners = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            String unicode = glyph.getUnicode();
            if (unicode == null) {
                continue;
            }
            for (char c : unicode.toCharArray()) {
                if (!Character.isWhitespace(c)) {
                    printed.append(c);
                    owners.add(glyph);
                }
            }
        }
        int at = printed.indexOf(wanted);
        if (at < 0) {
            return null;
        }
        double x0 = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double x1 = 0;
        double bottom = 0;
        for (TextPosition glyph : owners.subList(at, at + wanted.length())) {
            x0 = Math.min(x0, glyph.getXDirAdj());
            x1 = Math.max(x1, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
            bottom = Math.max(bottom, glyph.getYDirAdj());
        }
        return List.of(x0, top, x1, bottom);
    }

    private List<TextPosition> glyphs(int page) throws IOException {
        List<TextPosition> cached = pages.get(page);
        if (cached != null) {
            return cached;
        }
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                found.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        pages.put(page, found);
        return found;
    }
}
