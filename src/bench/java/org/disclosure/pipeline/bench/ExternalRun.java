package org.disclosure.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs another tool as separate processes, timing them and reading their peak resident memory
 * from GNU time. Batch tools are watched: when each output file appears gives per-document latency.
 */
final class ExternalRun {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private ExternalRun() {
    }

    /** What one process did: its wall time, its peak resident memory, and when each output appeared. */
    record Result(double seconds, long peakRssBytes, List<Long> completionMillis, int exitCode) {
    }

    static boolean available(String command) {
        try {
            Process probe = new ProcessBuilder("sh", "-c", "command -v " + command).redirectErrorStream(true).start();
            return probe.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Runs the command and, while it runs, notes when each file ending in {@code outputSuffix}
     * appears in {@code watched}: the time from start, or from the previous output, is that
     * document's latency in a tool that does one document after another.
     */
    static Result run(List<String> command, Path watched, String outputSuffix, Path log) throws Exception {
        Path rss = Files.createTempFile("rss", ".txt");
        List<String> timed = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        if (gnuTime) {
            timed.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
        }
        timed.addAll(command);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Map<Path, Long> seen = new HashMap<>();
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            if (watched != null) {
                noteOutputs(watched, outputSuffix, seen, started);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (watched != null) {
            noteOutputs(watched, outputSuffix, seen, started);
        }
        List<Long> times = new ArrayList<>(seen.values());
        times.sort(Long::compare);
        List<Long> latencies = new ArrayList<>();
        long previous = 0;
        for (long at : times) {
            latencies.add(at - previous);
            previous = at;
        }
        long peak = -1;
        if (gnuTime) {
            String kilobytes = Files.readString(rss).strip().replaceAll("(?s).*\\n", "");
            peak = kilobytes.matches("\\d+") ? Long.parseLong(kilobytes) * 1024 : -1;
        }
        Files.deleteIfExists(rss);
        return new Result(seconds, peak, latencies, process.exitValue());
    }

    private static void noteOutputs(Path folder, String suffix, Map<Path, Long> seen, long started) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long now = (System.nanoTime() - started) / 1_000_000;
            files.filter(p -> p.toString().endsWith(suffix)).forEach(p -> seen.putIfAbsent(p, now));
        }
    }

    /** Runs one short command per input, {@code parallel} at a time; each call's time is its latency. */
    static Speed perFile(String system, List<Path> inputs, long pages, int parallel,
                         java.util.function.Function<Path, List<String>> command, Path logs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long started = System.nanoTime();
        List<Future<Result>> futures = new ArrayList<>();
        for (Path input : inputs) {
            futures.add(pool.submit(() -> run(command.apply(input), null, null, logs.resolve(input.getFileName() + ".log"))));
        }
        List<Long> latencies = new ArrayList<>();
        long peak = 0;
        for (Future<Result> future : futures) {
            Result result = future.get();
            latencies.add(Math.round(result.seconds() * 1000));
            peak = Math.max(peak, result.peakRssBytes());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Speed(system, inputs.size(), pages, seconds, latencies, -1, peak * parallel,
                parallel + " processes at a time, one per file; memory: peak of one call × " + parallel);
    }
}
