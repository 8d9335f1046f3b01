package org.disclosure.pipeline.contract;

import java.util.List;

/** document.json's {@code ocr}: which pages were read by OCR, with what, how confidently (see archive/OcrInfo). */
public record OcrJson(String engine, String version, String language, int dpi, double uncertainBelow,
                      List<Page> pages, List<SuspectCellJson> suspects) {

    /** One page given to the engine. */
    public record Page(int page, double meanConfidence, int words, List<UncertainReadingJson> uncertain, String failure,
                       List<SecondReading> secondReads, double skewDegrees) {
    }

    /** A figure read a second time from its crop, digits only, with both readings. */
    public record SecondReading(String text, List<Double> bbox, double confidence, String firstRead,
                                double firstConfidence, String secondRead, double secondConfidence, boolean agreed) {
    }
}
