package org.disclosure.pipeline.archive;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.SuspectCell;
import org.disclosure.pipeline.reconcile.UncertainReading;

/**
 * Which pages were read by OCR, with what, and how sure the engine was (document.json's {@code ocr}).
 *
 * @param engine         "tesseract"
 * @param version        as {@code tesseract --version} reports it
 * @param language       the model, "chi_sim"
 * @param dpi            the resolution pages were rendered at
 * @param uncertainBelow a figure read with a lower confidence is uncertain
 * @param pages          every page that had no text layer and was given to the engine
 * @param suspects       cells whose misreading would explain a sum that does not hold (the reconcile
 *                       stage fills it; never null)
 */
public record OcrInfo(String engine, String version, String language, int dpi, double uncertainBelow,
                      List<Page> pages, List<SuspectCell> suspects) {

    public OcrInfo {
        suspects = suspects == null ? List.of() : List.copyOf(suspects);
    }

    /** Before the sums were checked: no suspects yet. */
    public OcrInfo(String engine, String version, String language, int dpi, double uncertainBelow, List<Page> pages) {
        this(engine, version, language, dpi, uncertainBelow, pages, List.of());
    }

    public OcrInfo withSuspects(List<SuspectCell> found) {
        return new OcrInfo(engine, version, language, dpi, uncertainBelow, pages, found);
    }

    /** Every uncertain figure on every page read, for the checks to leave unverified. */
    public List<UncertainReading> uncertain() {
        return pages.stream().flatMap(p -> p.uncertain().stream()).toList();
    }

    /**
     * One page given to the engine.
     *
     * @param meanConfidence the mean confidence of its words, 0 to 100
     * @param uncertain      the figures read below the threshold
     * @param failure        why the page could not be read (time budget, engine error), or null
     * @param secondReads    the figures read a second time, digits only, with both readings
     * @param skewDegrees    the page image's skew in degrees (positive: its lines fall to the right); the
     *                       image was turned back by it before reading when over 0.2°
     */
    public record Page(int page, double meanConfidence, int words, List<UncertainReading> uncertain, String failure,
                       List<SecondReading> secondReads, double skewDegrees) {

        public Page(int page, double meanConfidence, int words, List<UncertainReading> uncertain, String failure) {
            this(page, meanConfidence, words, uncertain, failure, List.of(), 0);
        }
    }

    /**
     * A figure read a second time from its crop, digits only.
     *
     * @param text       the word as kept
     * @param confidence the kept reading's: the higher of the two when they agree, the lower when not
     * @param agreed     whether both reads gave the same figure
     */
    public record SecondReading(String text, Box bbox, double confidence, String firstRead,
                                double firstConfidence, String secondRead, double secondConfidence, boolean agreed) {
    }
}
