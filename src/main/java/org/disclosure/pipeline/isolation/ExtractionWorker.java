package org.disclosure.pipeline.isolation;

import org.disclosure.pipeline.archive.FailureReason;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.metrics.StageTimes;
import org.disclosure.pipeline.ocr.OcrSettings;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.StageFailure;

/**
 * The main class of a worker process. It reads one {@link WorkRequest} per line on standard input,
 * runs the extract stage on it (writing document.json into the job's work folder) and answers with
 * one {@link WorkReply} line on standard output. The parent enforces the time budget by killing it
 * and the memory budget through -Xmx with -XX:+ExitOnOutOfMemoryError; either way only this
 * process dies. Logs go to standard error, so standard output stays the protocol's alone.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Map<String, String> options = options(args);
        exitWhenParentDies();
        ArchiveStore store = new ArchiveStore(Path.of(options.get("--archive")), Path.of(options.get("--failed")));
        // each OCR'd page is told to the service: it extends the document's time budget and shows progress
        ExtractStage stage = new ExtractStage(store, Integer.parseInt(required(options, "--max-pages")),
                required(options, "--version"), ocrSettings(options), progress -> {
                    try {
                        protocol.println(Json.line(WorkReply.ocr(progress.done(), progress.total())));
                    } catch (IOException e) {
                        // the service only misses a progress line; the reply that matters comes later
                    }
                });
        protocol.println(Json.line(WorkReply.ready()));
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            WorkReply reply = handle(stage, Json.parse(line, WorkRequest.class));
            protocol.println(Json.line(reply.withTimings(StageTimes.drain())));
        }
    }

    static WorkReply handle(ExtractStage stage, WorkRequest request) {
        try {
            stage.extract(request.job());
            return WorkReply.done();
        } catch (StageFailure failure) {
            return WorkReply.failed(failure.stage(), failure.reason(), failure.getMessage());
        } catch (StackOverflowError deep) {
            return WorkReply.failed(ExtractStage.NAME, FailureReason.TOO_COMPLEX,
                    "The PDF's structure is nested too deeply to read (it may be crafted to crash readers).");
        } catch (RuntimeException e) {
            return WorkReply.failed(ExtractStage.NAME, FailureReason.INTERNAL_ERROR, "Extraction failed unexpectedly: " + e);
        }
    }

    /** A worker whose service was killed must not linger, busy with a hostile file, for ever. */
    private static void exitWhenParentDies() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            while (parent.get().isAlive()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(1);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static OcrSettings ocrSettings(Map<String, String> options) {
        return new OcrSettings(Boolean.parseBoolean(required(options, "--ocr")),
                Duration.ofSeconds(Long.parseLong(required(options, "--ocr-page-timeout"))),
                Double.parseDouble(required(options, "--ocr-uncertain-below")),
                Integer.parseInt(required(options, "--ocr-threads")));
    }

    /** WorkerCommand passes every option; the service's configuration holds their defaults, not this process. */
    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : new String[] {"--archive", "--failed"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required);
            }
        }
        return options;
    }
}
