package org.disclosure.pipeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One run, one machine, the same files: our pipeline, tabula-java 1.0.5 (lattice and stream) and
 * pdftotext -layout side by side, then how we scale. Prints a markdown report and writes it to
 * OUT/results.md. Run it with bench/run (see docs/benchmark.md), which builds the class paths it needs.
 *
 * <p>Arguments: [--pages N] [--out DIR] [--tabula-classpath FILE] [--quick]
 */
public final class BenchmarkRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CORES = 2;
    /** Documents our JVM sees before it is timed, so the JIT has compiled the hot paths. */
    private static final int WARMUP = 60;
    /** Documents each worker process sees first: a new JVM's compiler keeps a core busy for about 200. */
    private static final int WORKER_WARMUP = 250;

    private final Path out;
    private final String tabulaClassPath;
    private final StringBuilder report = new StringBuilder();

    private BenchmarkRunner(Path out, String tabulaClassPath) {
        this.out = out;
        this.tabulaClassPath = tabulaClassPath;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick") || args[i].equals("--workers")) {
                options.put(args[i], "true");
            } else {
                options.put(args[i], args[++i]);
            }
        }
        boolean quick = options.containsKey("--quick");
        long pages = Long.parseLong(options.getOrDefault("--pages", quick ? "200" : "2000"));
        Path out = Files.createDirectories(Path.of(options.getOrDefault("--out", "target/bench")));
        String tabula = options.containsKey("--tabula-classpath")
                ? Files.readString(Path.of(options.get("--tabula-classpath"))).strip() : null;
        new BenchmarkRunner(out, tabula).run(pages, quick, options.containsKey("--workers"));
    }

    private void run(long targetPages, boolean quick, boolean workersOnly) throws Exception {
        log("building the corpus (about " + targetPages + " pages)");
        Corpus corpus = Corpus.build(out.resolve("corpus"), targetPages);
        if (workersOnly) {
            header(corpus);
            scaleOut(corpus);
            write();
            return;
        }
        List<Path> pdfs = corpus.documents().stream().map(Corpus.Document::pdf).toList();
        Map<String, Corpus.Document> byName = new HashMap<>();
        corpus.documents().forEach(d -> byName.put(d.pdf().getFileName().toString(), d));

        List<Row> rows = new ArrayList<>();
        log("our pipeline");
        Speed ours = ourPipeline(out.resolve("corpus/generated"), out.resolve("ours"), "1g", CORES, WARMUP, Integer.MAX_VALUE);
        rows.add(new Row(ours, scoreOurs(corpus, out.resolve("ours/run/archive"))));

        if (tabulaClassPath != null) {
            for (String mode : List.of("lattice", "stream")) {
                log("tabula-java 1.0.5, " + mode);
                Speed speed = tabula(mode, pdfs, corpus.pages());
                rows.add(new Row(speed, scoreTabula(corpus, mode)));
            }
        } else {
            log("tabula-java skipped: no --tabula-classpath");
        }
        if (ExternalRun.available("pdftotext")) {
            log("pdftotext -layout");
            Path text = clean(out.resolve("pdftotext"));
            rows.add(new Row(ExternalRun.perFile("pdftotext -layout (poppler)", pdfs, corpus.pages(), CORES,
                    pdf -> List.of("pdftotext", "-layout", pdf.toString(), text.resolve(pdf.getFileName() + ".txt").toString()),
                    Files.createDirectories(out.resolve("logs"))), null));
        } else {
            log("pdftotext skipped: not installed (apt-get install poppler-utils)");
        }

        header(corpus);
        sideBySide(rows, ours);
        if (!quick) {
            scale(corpus);
            longDocument();
            scaleOut(corpus);
        }
        write();
    }

    private void write() throws IOException {
        Path results = out.resolve("results.md");
        Files.writeString(results, report, StandardCharsets.UTF_8);
        System.out.println(report);
        log("written to " + results);
    }

    private record Row(Speed speed, Accuracy accuracy) {
    }

    // ---- the systems ----

    private Speed ourPipeline(Path corpus, Path work, String heap, int threads, int warmup, int limit) throws Exception {
        clean(work);
        Path log = work.resolve("run.log");
        List<String> command = List.of(java(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                PipelineRun.class.getName(), corpus.toString(), work.toString(), Integer.toString(threads),
                Integer.toString(warmup), Integer.toString(limit));
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String last = null;
        for (String line : new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{")) {
                last = line;
            }
        }
        if (process.waitFor() != 0 || last == null) {
            throw new IllegalStateException("our pipeline run failed; see " + log);
        }
        JsonNode result = JSON.readTree(last);
        List<Long> latencies = new ArrayList<>();
        result.path("latenciesMillis").forEach(n -> latencies.add(n.asLong()));
        return new Speed("disclosure-pipeline (whole pipeline)", result.path("documents").asInt(), result.path("pages").asLong(),
                result.path("seconds").asDouble(), latencies, result.path("peakHeapBytes").asLong(),
                result.path("peakRssBytes").asLong(), threads + (threads == 1 ? " thread" : " threads") + " in one JVM, -Xmx" + heap
                + (warmup > 0 ? ", warmed up on " + warmup + " documents" : ", cold (no warm-up)") + "; archived "
                + result.path("archived").asInt());
    }

    private Speed tabula(String mode, List<Path> pdfs, long pages) throws Exception {
        List<Path> folders = new ArrayList<>();
        for (int part = 0; part < CORES; part++) {
            folders.add(clean(out.resolve("tabula-" + mode + "-" + part)));
        }
        for (int i = 0; i < pdfs.size(); i++) {
            Files.copy(pdfs.get(i), folders.get(i % CORES).resolve(pdfs.get(i).getFileName()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        long started = System.nanoTime();
        List<Future<ExternalRun.Result>> runs = new ArrayList<>();
        for (Path folder : folders) {
            List<String> command = List.of(java(), "-cp", tabulaClassPath, "technology.tabula.CommandLineApp",
                    mode.equals("lattice") ? "-l" : "-t", "-p", "all", "-f", "JSON", "-b", folder.toString());
            runs.add(pool.submit(() -> ExternalRun.run(command, folder, ".json", folder.resolve("tabula.log"))));
        }
        List<Long> latencies = new ArrayList<>();
        long rss = 0;
        for (Future<ExternalRun.Result> run : runs) {
            ExternalRun.Result result = run.get();
            latencies.addAll(result.completionMillis());
            rss += Math.max(0, result.peakRssBytes());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Speed("tabula-java 1.0.5 " + mode + " (tables only)", pdfs.size(), pages, seconds, latencies, -1, rss,
                CORES + " batch processes over halves of the corpus; memory: both summed; latency: time between its outputs");
    }

    // ---- accuracy ----

    private Accuracy scoreOurs(Corpus corpus, Path archive) throws IOException {
        Map<String, Path> documents = new HashMap<>();
        try (Stream<Path> folders = Files.list(archive)) {
            for (Path folder : folders.filter(f -> Files.isDirectory(f) && !f.getFileName().toString().startsWith(".")).toList()) {
                Path json = folder.resolve("document.json");
                documents.put(JSON.readTree(json.toFile()).path("source").path("fileName").asText(), json);
            }
        }
        Accuracy accuracy = new Accuracy();
        for (Corpus.Document document : corpus.documents()) {
            Path json = documents.get(document.pdf().getFileName().toString());
            accuracy.add(Corpus.spec(document.spec()), json == null ? null : Accuracy.ourRows(json));
        }
        return accuracy;
    }

    private Accuracy scoreTabula(Corpus corpus, String mode) throws IOException {
        Accuracy accuracy = new Accuracy();
        List<Corpus.Document> documents = corpus.documents();
        for (int i = 0; i < documents.size(); i++) {
            Corpus.Document document = documents.get(i);
            String stem = document.pdf().getFileName().toString().replaceFirst("\\.pdf$", "");
            Path json = out.resolve("tabula-" + mode + "-" + (i % CORES)).resolve(stem + ".json");
            accuracy.add(Corpus.spec(document.spec()), Accuracy.tabulaRows(json));
        }
        return accuracy;
    }

    // ---- scale ----

    private void scale(Corpus corpus) throws Exception {
        log("scale: 1, 100, 1000 documents");
        Path folder = clean(out.resolve("scale-corpus"));
        List<Corpus.Document> documents = corpus.documents();
        for (int i = 0; i < 1000; i++) {
            Path source = documents.get(i % documents.size()).pdf();
            String name = String.format("scale-%04d-%s", i, source.getFileName());
            Corpus.distinctCopy(source, folder.resolve(name), name);
        }
        report.append("\n### How time and memory grow\n\n")
                .append("| documents | pages | seconds | docs/s | pages/s | peak heap | peak RSS |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int count : List.of(1, 100, 1000)) {
            Speed speed = ourPipeline(folder, out.resolve("scale-" + count), "1g", CORES, WARMUP, count);
            report.append(String.format("| %d | %d | %.1f | %.1f | %.1f | %s | %s |%n", speed.documents(), speed.pages(),
                    speed.seconds(), speed.documentsPerSecond(), speed.pagesPerSecond(),
                    mb(speed.peakHeapBytes()), mb(speed.peakRssBytes())));
        }
    }

    private void longDocument() throws Exception {
        log("one long document under a 256 MB heap");
        Path folder = clean(out.resolve("long-corpus"));
        Path pdf = Corpus.longDocument(folder, 300);
        Path only = Files.createDirectories(folder.resolve("only"));
        Files.move(pdf, only.resolve(pdf.getFileName()));
        report.append("\n### One long document, -Xmx256m\n\n");
        try {
            Speed speed = ourPipeline(only, out.resolve("long"), "256m", 1, 0, 1);
            report.append(String.format("%d pages in %.1f s (%.1f pages/s), peak heap %s, peak RSS %s: %s%n",
                    speed.pages(), speed.seconds(), speed.pagesPerSecond(), mb(speed.peakHeapBytes()),
                    mb(speed.peakRssBytes()), speed.note()));
        } catch (IllegalStateException failed) {
            report.append("FAILED within 256 MB: ").append(failed.getMessage()).append('\n');
        }
    }

    /** The distributed mode with 1, 2 and 4 worker processes over the same corpus. */
    private void scaleOut(Corpus corpus) throws Exception {
        report.append("\n### Distributed mode: worker processes on this machine\n\n")
                .append("| workers | extraction | documents | pages | seconds | docs/s | pages/s | vs 1 worker |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (String isolation : List.of("none")) {
            double one = 0;
            for (int workers : List.of(1, 2, 4)) {
                log("distributed mode, " + workers + " worker processes, isolation " + isolation);
                Speed speed = ScaleOut.run(corpus.documents(), WORKER_WARMUP, workers, isolation, clean(out.resolve("workers-" + isolation + "-" + workers)));
                one = workers == 1 ? speed.pagesPerSecond() : one;
                report.append(String.format("| %d | %s | %d | %d | %.1f | %.2f | %.1f | %.2f× |%n", workers,
                        isolation.equals("none") ? "in the worker" : "own JVM per worker", speed.documents(), speed.pages(),
                        speed.seconds(), speed.documentsPerSecond(), speed.pagesPerSecond(), speed.pagesPerSecond() / one));
            }
        }
        report.append("\nEach worker process takes one document at a time (pipeline.workers=1) and reads it in its own "
                + "JVM (pipeline.isolation=none: with a broker, a worker that dies costs one redelivery). The coordinator "
                + "and the broker share the machine. Timed over the whole corpus after the workers have warmed up on "
                + WORKER_WARMUP + " other documents each.\n");
    }

    // ---- the report ----

    private void header(Corpus corpus) throws IOException {
        report.append("## Benchmark, ").append(LocalDate.now()).append("\n\n")
                .append("Machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; Java ").append(System.getProperty("java.version")).append(".\n")
                .append("Corpus: ").append(corpus.documents().size()).append(" generated disclosures, ")
                .append(corpus.pages()).append(" pages (the 7 fixture documents repeated with distinct bytes; every cell known).\n\n");
    }

    private void sideBySide(List<Row> rows, Speed ours) {
        report.append("| system | pages/s | docs/s | median ms | p95 ms | peak heap | peak RSS | rows right | figures recovered | pages/s vs ours |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            Speed s = row.speed();
            report.append(String.format("| %s | %.1f | %.2f | %s | %s | %s | %s | %s | %s | %.2f× |%n",
                    s.system(), s.pagesPerSecond(), s.documentsPerSecond(), millis(s.medianMillis()), millis(s.p95Millis()),
                    mb(s.peakHeapBytes()), mb(s.peakRssBytes()),
                    row.accuracy() == null ? "n/a (no tables)" : String.format("%.1f%%", 100 * row.accuracy().rowShare()),
                    row.accuracy() == null ? "n/a" : String.format("%.1f%%", 100 * row.accuracy().figureShare()),
                    s.pagesPerSecond() / ours.pagesPerSecond()));
        }
        report.append("\n");
        for (Row row : rows) {
            report.append("- ").append(row.speed().system()).append(": ").append(row.speed().note());
            if (row.accuracy() != null) {
                report.append("; ").append(row.accuracy().summary());
            }
            report.append('\n');
        }
    }

    private static String millis(long value) {
        return value < 0 ? "n/a" : Long.toString(value);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%d MB", bytes / (1024 * 1024));
    }

    private static String cpu() throws IOException {
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info)) {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
