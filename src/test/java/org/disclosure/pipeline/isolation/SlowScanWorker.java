package org.disclosure.pipeline.isolation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.disclosure.pipeline.archive.Json;

/**
 * A stand-in worker for {@link WorkerDeadlineTest}: to each request it says it has {@code args[0]} pages
 * to OCR, takes {@code args[1]} milliseconds, and answers done.
 */
public final class SlowScanWorker {

    private SlowScanWorker() {
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[0]);
        long millis = Long.parseLong(args[1]);
        System.out.println(Json.line(WorkReply.ready()));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            System.out.println(Json.line(WorkReply.ocr(0, pages)));
            Thread.sleep(millis);
            System.out.println(Json.line(WorkReply.ocr(pages, pages)));
            System.out.println(Json.line(WorkReply.done()));
        }
    }
}
