package org.disclosure.pipeline.ocr;

import java.util.List;

/**
 * A word with a digit in it that Tesseract read with low confidence: a figure that may be misread.
 *
 * @param bbox [x0, top, x1, bottom] in points, as every other box on the page
 */
public record UncertainWord(String text, List<Double> bbox, double confidence) {
}
