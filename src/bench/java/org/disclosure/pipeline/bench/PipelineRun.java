package org.disclosure.pipeline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.disclosure.pipeline.intake.InboxEntries;
import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.stage.ArchiveStage;
import org.disclosure.pipeline.stage.DeduplicateStage;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.Outcome;
import org.disclosure.pipeline.stage.ReceiveStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.disclosure.pipeline.stage.ReportStage;

/**
 * Our whole pipeline over a folder of PDFs in this JVM, with a fixed number of threads: receive,
 * duplicate check, extract, model, reconcile, document.json, report, archive; the same stage code the
 * service's routes call. Warms up on a few documents first. Prints one JSON line of measurements.
 *
 * <p>Arguments: CORPUS_FOLDER WORK_FOLDER THREADS WARMUP_DOCUMENTS [LIMIT]
 */
public final class PipelineRun {

    private PipelineRun() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int limit = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
        List<Path> all;
        try (Stream<Path> listed = Files.list(corpus)) {
            all = listed.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<Path> files = all.subList(0, Math.min(limit, all.size()));
        if (warmup > 0) {
            run(all.subList(0, Math.min(warmup, all.size())), work.resolve("warmup"), threads);
        }
        System.gc();
        HeapSampler heap = HeapSampler.start();
        long started = System.nanoTime();
        List<Outcome> outcomes = run(files, work.resolve("run"), threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = heap.stop();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documents", outcomes.size());
        result.put("pages", outcomes.stream().mapToLong(Outcome::pages).sum());
        result.put("archived", outcomes.stream().filter(Outcome::archived).count());
        result.put("seconds", seconds);
        result.put("latenciesMillis", outcomes.stream().map(Outcome::millis).toList());
        result.put("peakHeapBytes", peakHeap);
        result.put("peakRssBytes", peakResidentBytes());
        System.out.println(Json.line(result));
    }

    private static List<Outcome> run(List<Path> files, Path work, int threads) throws Exception {
        ArchiveStore store = new ArchiveStore(work.resolve("archive"), work.resolve("failed"));
        ReceiveStage receive = new ReceiveStage(store, new InboxEntries(null), Long.MAX_VALUE);
        DeduplicateStage deduplicate = new DeduplicateStage(store);
        ExtractStage extract = new ExtractStage(store, 5000, "bench");
        ReconcileStage reconcile = new ReconcileStage(store);
        ReportStage report = new ReportStage(store);
        ArchiveStage archive = new ArchiveStage(store);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    Job job = receive.receive(file);
                    Path copy = deduplicate.archivedCopy(job);
                    if (copy != null) {
                        return deduplicate.record(job, copy);
                    }
                    return archive.archive(report.report(reconcile.reconcile(extract.extract(job))));
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return Collections.unmodifiableList(outcomes);
        } finally {
            pool.shutdown();
        }
    }

    /** Peak resident set of this process (VmHWM), as Linux reports it. */
    static long peakResidentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    /** Samples heap use every 10 ms and keeps the highest. */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
