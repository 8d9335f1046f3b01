package org.disclosure.pipeline.isolation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that starts a worker: this same Java and class path, with the memory budget. */
public record WorkerCommand(Path archiveRoot, Path failedRoot, int maxPages, String version) {

    List<String> command(WorkerLimits limits) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + limits.maxHeap());
        // Running out of memory ends the worker at once, never leaving it half-alive.
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ExtractionWorker.class.getName());
        command.add("--archive");
        command.add(archiveRoot.toString());
        command.add("--failed");
        command.add(failedRoot.toString());
        command.add("--max-pages");
        command.add(Integer.toString(maxPages));
        command.add("--version");
        command.add(version);
        return command;
    }
}
