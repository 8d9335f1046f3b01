package org.disclosure.pipeline.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.metrics.StageTimes;

/** One running worker JVM and its pipe: a request line out, a reply line back, within a deadline. */
final class WorkerProcess implements AutoCloseable {

    /** Put on the reply queue when the worker's standard output ends: the process is gone. */
    private static final String ENDED = "\u0000ended";

    private final Process process;
    /** How long a retiring worker may take to exit and write its class-data archive (a few seconds). */
    private static final Duration ARCHIVE_WRITE_ALLOWANCE = Duration.ofSeconds(60);

    private final Writer requests;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private int handled;
    private boolean writesClassData;

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "worker-" + process.pid() + "-replies");
        reader.setDaemon(true);
        reader.start();
    }

    static WorkerProcess start(List<String> command, Duration startTimeout) throws IOException, WorkerLost {
        return start(command, startTimeout, false);
    }

    /** @param writesClassData whether the worker writes its class-data archive when it exits: it is let exit, not killed, when retired */
    static WorkerProcess start(List<String> command, Duration startTimeout, boolean writesClassData) throws IOException, WorkerLost {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        WorkerProcess worker = new WorkerProcess(process);
        worker.writesClassData = writesClassData;
        WorkReply hello = worker.awaitReply(startTimeout);
        if (!WorkReply.READY.equals(hello.status())) {
            worker.close();
            throw new WorkerLost(WorkerLost.Cause.CRASHED, "worker did not start: " + hello);
        }
        StageTimes.record(StageTimes.WORKER_START, System.nanoTime() - start);
        return worker;
    }

    WorkReply run(WorkRequest request, Duration timeout) throws IOException, WorkerLost {
        return run(request, pages -> timeout, progress -> { });
    }

    /**
     * Sends the request and waits for its reply. An {@code ocr} line on the way says how many pages
     * need OCR: from then on the deadline is {@code budget} of that count, from when the request was sent.
     *
     * @param budget   the time allowed for a document with that many pages to OCR (0 before any line)
     * @param progress told of each {@code ocr} line
     */
    WorkReply run(WorkRequest request, java.util.function.IntFunction<Duration> budget,
                  java.util.function.Consumer<WorkReply> progress) throws IOException, WorkerLost {
        handled++;
        try {
            requests.write(Json.line(request));
            requests.write('\n');
            requests.flush();
        } catch (IOException pipeClosed) {
            throw lost(null);
        }
        long sent = System.nanoTime();
        Duration allowed = budget.apply(0);
        while (true) {
            Duration left = allowed.minusNanos(System.nanoTime() - sent);
            WorkReply reply = awaitReply(left.isNegative() ? Duration.ZERO : left, allowed);
            if (!reply.interim()) {
                return reply;
            }
            allowed = budget.apply(reply.pagesTotal() == null ? 0 : reply.pagesTotal());
            progress.accept(reply);
        }
    }

    int handled() {
        return handled;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private WorkReply awaitReply(Duration timeout) throws IOException, WorkerLost {
        return awaitReply(timeout, timeout);
    }

    /** @param allowed the whole budget, for the message when it runs out */
    private WorkReply awaitReply(Duration timeout, Duration allowed) throws IOException, WorkerLost {
        String line;
        try {
            line = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new WorkerLost(WorkerLost.Cause.CRASHED, "interrupted while waiting for the worker (shutting down)");
        }
        if (line == null) {
            close();
            throw new WorkerLost(WorkerLost.Cause.TIMED_OUT, "no answer within " + allowed.toSeconds() + " s");
        }
        if (ENDED.equals(line)) {
            throw lost(null);
        }
        return Json.parse(line, WorkReply.class);
    }

    private WorkerLost lost(String detail) {
        int exit;
        try {
            exit = process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        close();
        if (exit == WorkerLost.OUT_OF_MEMORY_EXIT) {
            return new WorkerLost(WorkerLost.Cause.OUT_OF_MEMORY, "the worker ran out of memory");
        }
        return new WorkerLost(WorkerLost.Cause.CRASHED, "the worker ended with exit code " + exit
                + (detail == null ? "" : ": " + detail));
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("{")) {
                    replies.add(line);
                }
            }
        } catch (IOException ignored) {
            // the stream closes when the process is killed; that is reported below
        }
        replies.add(ENDED);
    }

    /**
     * Ends an idle worker that is no longer needed (the service stops, or it is recycled). One that
     * writes the class-data archive is let exit by itself (its input closed), since the JVM writes
     * the archive on a clean exit; any other is simply ended.
     */
    void retire() {
        if (writesClassData && process.isAlive()) {
            try {
                requests.close();
                process.waitFor(ARCHIVE_WRITE_ALLOWANCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (IOException gone) {
                // ended already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
