package org.disclosure.pipeline.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Json;

/**
 * How long each stage of the pipeline takes, as one Micrometer timer ({@value #TIMER}) tagged with
 * the stage, so the next optimisation is chosen from data. A worker process sends what it timed
 * back with each reply ({@link #drain()}), so the service's timers cover extraction in workers too.
 * A batch run ({@code --once}) can write the totals to a file at exit for the benchmark.
 */
public final class StageTimes {

    public static final String TIMER = "pipeline.stage";
    /** The system property naming the file a {@code --once} run writes the totals to. */
    public static final String FILE_PROPERTY = "pipeline.stage-times";

    public static final String INTAKE = "intake";
    public static final String PARSE = "parse-and-page-model";
    public static final String OCR = "ocr";
    public static final String TABLES = "tables";
    public static final String MODEL = "model";
    public static final String LEDGER = "ledger";
    public static final String CHECKS = "checks";
    public static final String JSON = "json";
    public static final String REPORT_HTML = "report-html";
    public static final String PAGE_IMAGES = "page-images";
    public static final String ANNOTATED_PDF = "annotated-pdf";
    public static final String SPREADSHEETS = "xlsx-csv";
    public static final String ARCHIVE = "archive";
    public static final String WORKER_START = "worker-start";

    private static final SimpleMeterRegistry OWN = new SimpleMeterRegistry();
    private static final CompositeMeterRegistry REGISTRY = new CompositeMeterRegistry();
    /** What was timed since the last {@link #drain()}: a worker's share of one request. */
    private static final Map<String, LongAdder> SINCE_DRAIN = new ConcurrentHashMap<>();

    static {
        REGISTRY.add(OWN);
    }

    private StageTimes() {
    }

    /** Also publishes the timers in {@code registry} (the service's metrics endpoint). */
    public static void publishTo(MeterRegistry registry) {
        REGISTRY.add(registry);
    }

    /** One entry of the totals: how often a stage ran and for how long in all. */
    public record Total(String stage, long count, double seconds) {
    }

    public static <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - start);
        }
    }

    /** Work that may fail with an I/O error, timed whether or not it does. */
    public interface IoWork<T> {
        T get() throws IOException;
    }

    public static <T> T timeIo(String stage, IoWork<T> work) throws IOException {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - start);
        }
    }

    public static void record(String stage, long nanos) {
        timer(stage).record(nanos, TimeUnit.NANOSECONDS);
        SINCE_DRAIN.computeIfAbsent(stage, s -> new LongAdder()).add(nanos);
    }

    /** Records what another process timed (nanoseconds per stage), as one more run of each stage. */
    public static void recordAll(Map<String, Long> nanosByStage) {
        if (nanosByStage != null) {
            nanosByStage.forEach(StageTimes::record);
        }
    }

    /** The nanoseconds per stage timed since the last call, and starts afresh. */
    public static Map<String, Long> drain() {
        Map<String, Long> drained = new TreeMap<>();
        for (String stage : List.copyOf(SINCE_DRAIN.keySet())) {
            long nanos = SINCE_DRAIN.get(stage).sumThenReset();
            if (nanos > 0) {
                drained.put(stage, nanos);
            }
        }
        return drained;
    }

    /** Every stage timed in this process so far, the longest first. */
    public static List<Total> totals() {
        List<Total> totals = new ArrayList<>();
        for (Timer timer : OWN.find(TIMER).timers()) {
            totals.add(new Total(timer.getId().getTag("stage"), timer.count(), timer.totalTime(TimeUnit.NANOSECONDS) / 1e9));
        }
        totals.sort(Comparator.comparingDouble(Total::seconds).reversed());
        return totals;
    }

    /** Writes {@link #totals()} as JSON to {@code file}. */
    public static void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ArchiveStore.writeAtomically(file, Json.bytes(totals()));
    }

    private static Timer timer(String stage) {
        return Timer.builder(TIMER).tag("stage", stage).description("Time spent in one stage of the pipeline")
                .register(REGISTRY);
    }
}
