package org.disclosure.pipeline.ocr;

/**
 * One word Tesseract read, in pixels of the rendered page image (origin top-left).
 *
 * @param line       which line of the page the word belongs to (block, paragraph and line numbers joined)
 * @param confidence Tesseract's confidence, 0 to 100
 */
public record OcrWord(String text, int left, int top, int width, int height, double confidence, String line) {

    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }

    public boolean hasDigit() {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }
}
