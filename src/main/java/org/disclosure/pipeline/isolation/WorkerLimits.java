package org.disclosure.pipeline.isolation;

import java.time.Duration;

/**
 * The budget every document gets, and how many worker processes share the work.
 *
 * @param workers       worker processes, each handling one document at a time
 * @param maxHeap       each worker's -Xmx, e.g. "512m": a document needing more is rejected
 * @param timeout       wall-clock time a document may take to extract before its worker is killed
 * @param startTimeout  how long a new worker may take to start
 * @param recycleAfter  documents a worker handles before it is replaced, so no slow leak can build up
 * @param ocrPageAllowance time added to {@code timeout} for each page the document needs OCR for: a
 *                      200-page scan needs far longer than any born-digital PDF, and must still finish
 */
public record WorkerLimits(int workers, String maxHeap, Duration timeout, Duration startTimeout, int recycleAfter,
                           Duration ocrPageAllowance) {

    /** Fifteen seconds a scanned page: about three times what one takes on two shared cores (docs/ocr.md). */
    public static final Duration OCR_PAGE_ALLOWANCE = Duration.ofSeconds(15);

    public WorkerLimits(int workers, String maxHeap, Duration timeout, Duration startTimeout, int recycleAfter) {
        this(workers, maxHeap, timeout, startTimeout, recycleAfter, OCR_PAGE_ALLOWANCE);
    }

    /** The budget of a document with {@code ocrPages} pages to OCR: the base timeout plus each page's allowance. */
    public Duration timeoutFor(int ocrPages) {
        return timeout.plus(ocrPageAllowance.multipliedBy(Math.max(0, ocrPages)));
    }

    public WorkerLimits {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker is needed, not " + workers);
        }
        if (!maxHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("worker memory must look like 512m or 2g, not " + maxHeap);
        }
    }
}
