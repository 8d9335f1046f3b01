package org.disclosure.pipeline.ocr;

import java.time.Duration;

/**
 * How scanned pages are read.
 *
 * @param enabled        false: pages without text stay unread (the document is filed as no-text-layer)
 * @param pageBudget     the longest one page may take; over it the engine is killed and the page left unread
 * @param uncertainBelow a figure read with a lower confidence (0 to 100) is uncertain
 */
public record OcrSettings(boolean enabled, Duration pageBudget, double uncertainBelow) {

    public static final int DPI = 300;
    public static final double UNCERTAIN_BELOW = 80;

    public static OcrSettings defaults() {
        return new OcrSettings(true, Duration.ofSeconds(60), UNCERTAIN_BELOW);
    }
}
