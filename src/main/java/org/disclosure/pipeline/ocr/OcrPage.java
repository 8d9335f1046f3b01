package org.disclosure.pipeline.ocr;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageModel;

/**
 * One page read by OCR: its page model and how sure the engine was.
 *
 * @param model          the page model built from the words, or null when the page could not be read
 * @param meanConfidence the mean of the words' confidences (first read), 0 to 100 (0 when no word was read)
 * @param uncertain      the figures read below the confidence threshold (after the second read), and patches
 *                       of ink in a ruled table the engine read nothing from (text "")
 * @param reread         the figures given a digits-only second read, with both readings
 * @param failure        why the page could not be read (time budget, engine error), or null
 * @param skewDegrees    the skew found on the page image ({@link Deskew}), 0 when level or unread; the
 *                       image was turned back by it before reading when over {@link Deskew#LEVEL_WITHIN}
 */
public record OcrPage(int number, PageModel model, double meanConfidence, int words, List<UncertainWord> uncertain,
                      List<RereadWord> reread, long millis, String failure, double skewDegrees) {

    public OcrPage(int number, PageModel model, double meanConfidence, int words, List<UncertainWord> uncertain,
                   List<RereadWord> reread, long millis, String failure) {
        this(number, model, meanConfidence, words, uncertain, reread, millis, failure, 0);
    }

    static OcrPage failed(int number, long millis, String failure) {
        return new OcrPage(number, null, 0, 0, List.of(), List.of(), millis, failure);
    }

    /**
     * With each patch of ink the engine read nothing from ({@link UnreadInk}) added as an uncertain reading
     * of nothing, at confidence 0: a figure that may have been missed, never filled in.
     */
    OcrPage withUnreadInk(List<Box> patches) {
        if (patches.isEmpty()) {
            return this;
        }
        List<UncertainWord> all = new java.util.ArrayList<>(uncertain);
        patches.forEach(box -> all.add(new UncertainWord("", box, 0)));
        return new OcrPage(number, model, meanConfidence, words, List.copyOf(all), reread, millis, failure, skewDegrees);
    }

    OcrPage withSkew(double degrees) {
        return new OcrPage(number, model, meanConfidence, words, uncertain, reread, millis, failure, degrees);
    }
}
