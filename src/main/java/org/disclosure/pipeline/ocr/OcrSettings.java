package org.disclosure.pipeline.ocr;

import java.time.Duration;

/**
 * How scanned pages are read.
 *
 * @param enabled        false: pages without text stay unread (the document is filed as no-text-layer)
 * @param pageBudget     the longest one page may take (render, first and second read); over it the page
 *                       is left unread with the reason, and the document goes on
 * @param uncertainBelow a figure read with a lower confidence (0 to 100) is uncertain
 * @param threads        pages read at once; 0 or less: one per available processor
 */
public record OcrSettings(boolean enabled, Duration pageBudget, double uncertainBelow, int threads) {

    public static final int DPI = 300;
    public static final double UNCERTAIN_BELOW = 80;
    /** A progress line in the log every this many pages. */
    public static final int PROGRESS_EVERY = 10;

    public OcrSettings(boolean enabled, Duration pageBudget, double uncertainBelow) {
        this(enabled, pageBudget, uncertainBelow, 0);
    }

    public static OcrSettings defaults() {
        return new OcrSettings(true, Duration.ofSeconds(60), UNCERTAIN_BELOW, 0);
    }

    /** The pool size: {@link #threads}, or the processors available when that is 0 or less. */
    public int poolSize() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
