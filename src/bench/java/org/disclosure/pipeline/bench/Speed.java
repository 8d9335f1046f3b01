package org.disclosure.pipeline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How fast one system went over the corpus.
 *
 * @param latenciesMillis per-document latency, where the system lets us see it (empty otherwise)
 * @param peakHeapBytes   peak Java heap in use, or -1 when not a JVM we can look into
 * @param peakRssBytes    peak resident memory of the process (summed over parallel processes)
 */
record Speed(String system, int documents, long pages, double seconds, List<Long> latenciesMillis,
             long peakHeapBytes, long peakRssBytes, String note) {

    double pagesPerSecond() {
        return pages / seconds;
    }

    double documentsPerSecond() {
        return documents / seconds;
    }

    long medianMillis() {
        return percentile(50);
    }

    long p95Millis() {
        return percentile(95);
    }

    private long percentile(int p) {
        if (latenciesMillis.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(latenciesMillis);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
