package org.disclosure.pipeline.ocr;

import java.util.List;

/** A line as Tesseract laid it out: its box in pixels and its words left to right. */
public record OcrLine(int left, int top, int width, int height, List<OcrWord> words) {

    public int bottom() {
        return top + height;
    }
}
