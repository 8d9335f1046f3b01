package org.disclosure.pipeline.ocr;

import java.time.Duration;

/**
 * How far the OCR of a document has got: pages done of all, the rate so far and the time left at
 * that rate. Pure arithmetic, for the log line and the console.
 */
public record OcrProgress(int done, int total, Duration elapsed) {

    /** Told after each page is read (from the thread that read it). */
    @FunctionalInterface
    public interface Listener {
        void pagesRead(OcrProgress progress);

        Listener NONE = progress -> { };
    }

    /** Pages a minute so far; 0 before the first page is done. */
    public double pagesPerMinute() {
        double minutes = elapsed.toMillis() / 60_000.0;
        return done == 0 || minutes <= 0 ? 0 : done / minutes;
    }

    /** The time the remaining pages take at the rate so far; null before the first page is done. */
    public Duration remaining() {
        if (done == 0) {
            return null;
        }
        return Duration.ofMillis(Math.round((double) elapsed.toMillis() / done * (total - done)));
    }

    /** {@code ocr: 40/200 pages, 3.1 pages/min, eta 52 min} (eta in seconds under two minutes). */
    public String line() {
        Duration left = remaining();
        String eta = left == null ? "?" : left.toSeconds() < 120 ? left.toSeconds() + " s"
                : Math.round(left.toSeconds() / 60.0) + " min";
        return String.format(java.util.Locale.ROOT, "ocr: %d/%d pages, %.1f pages/min, eta %s", done, total,
                pagesPerMinute(), eta);
    }

    /** Whether a log line is due after this page: every {@code every} pages, and the last. */
    public boolean logDue(int every) {
        return done == total || every > 0 && done % every == 0;
    }
}
