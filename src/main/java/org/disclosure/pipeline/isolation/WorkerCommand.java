package org.disclosure.pipeline.isolation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.ocr.OcrSettings;

/**
 * The command line that starts a worker: this same Java and class path, with the memory budget.
 *
 * @param ocr            whether pages without a text layer are read by OCR
 * @param ocrPageSeconds the longest OCR may take on one page
 * @param ocrUncertainBelow a figure OCR read with a lower confidence is uncertain
 * @param ocrThreads     pages OCR'd at once in the worker; 0: one per processor
 */
public record WorkerCommand(Path archiveRoot, Path failedRoot, int maxPages, String version, boolean ocr,
                            int ocrPageSeconds, double ocrUncertainBelow, int ocrThreads) {

    public WorkerCommand(Path archiveRoot, Path failedRoot, int maxPages, String version) {
        this(archiveRoot, failedRoot, maxPages, version, true, (int) OcrSettings.defaults().pageBudget().toSeconds(),
                OcrSettings.UNCERTAIN_BELOW, 0);
    }

    List<String> command(WorkerLimits limits) {
        return command(limits, List.of());
    }

    /** @param jvmOptions more options for the JVM, such as those of class-data sharing */
    List<String> command(WorkerLimits limits, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + limits.maxHeap());
        command.addAll(jvmOptions);
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
        command.add("--ocr");
        command.add(Boolean.toString(ocr));
        command.add("--ocr-page-timeout");
        command.add(Integer.toString(ocrPageSeconds));
        command.add("--ocr-uncertain-below");
        command.add(Double.toString(ocrUncertainBelow));
        command.add("--ocr-threads");
        command.add(Integer.toString(ocrThreads));
        return command;
    }
}
