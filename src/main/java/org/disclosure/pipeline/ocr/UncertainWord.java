package org.disclosure.pipeline.ocr;

import org.disclosure.pipeline.pdf.Box;

/**
 * A word with a digit in it that Tesseract read with low confidence: a figure that may be misread.
 *
 * @param bbox       [x0, top, x1, bottom] in points, as every other box on the page
 * @param firstRead  the page read's text when a digits-only second read was made, else null
 * @param secondRead the second read's text, or null (none made, or it read nothing)
 */
public record UncertainWord(String text, Box bbox, double confidence, String firstRead, String secondRead) {

    public UncertainWord(String text, Box bbox, double confidence) {
        this(text, bbox, confidence, null, null);
    }
}
