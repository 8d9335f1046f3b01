package org.disclosure.pipeline.ocr;

import org.disclosure.pipeline.pdf.Box;

/**
 * A figure given a digits-only second read: both readings and the one kept.
 *
 * @param bbox [x0, top, x1, bottom] in points
 */
public record RereadWord(String text, Box bbox, double confidence, String firstRead, double firstConfidence,
                         String secondRead, double secondConfidence, boolean agreed) {
}
