package org.disclosure.pipeline.contract;

import java.util.List;

/** A figure OCR read with low confidence, as {@code ocr.pages[].uncertain} lists it. */
public record UncertainReadingJson(int page, String text, List<Double> bbox, double confidence, String firstRead,
                                   String secondRead) {
}
