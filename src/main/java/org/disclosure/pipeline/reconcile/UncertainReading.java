package org.disclosure.pipeline.reconcile;

import org.disclosure.pipeline.pdf.Box;

/**
 * A figure OCR read with low confidence: the digits may be wrong, so a check resting on it proves
 * nothing either way.
 *
 * @param bbox       [x0, top, x1, bottom] in points on the page
 * @param confidence the engine's confidence, 0 to 100
 * @param firstRead  when the figure was read a second time, digits only: the first (page) read
 * @param secondRead and the second read (null when none was made)
 */
public record UncertainReading(int page, String text, Box bbox, double confidence, String firstRead,
                               String secondRead) {

    public UncertainReading(int page, String text, Box bbox, double confidence) {
        this(page, text, bbox, confidence, null, null);
    }
}
