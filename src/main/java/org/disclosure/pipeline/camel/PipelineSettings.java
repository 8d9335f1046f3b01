package org.disclosure.pipeline.camel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.disclosure.pipeline.intake.ReadLockMode;
import org.disclosure.pipeline.ocr.OcrSettings;

/**
 * The pipeline.* settings the beans are built from, typed. Their defaults live in
 * application.properties only (docs/configuration.md lists them, checked by a test); the
 * environment and the command line override them there, so nothing here repeats a default.
 *
 * @param trustedLinkRoot the folder inbox links may lead into; empty when links are never followed
 * @param allowedHosts    extra host names the console answers to, comma-separated; may be blank
 */
public record PipelineSettings(Path inbox, Path archive, Path failed, PipelineMode mode,
                               ReadLockMode readLock, Duration readLockQuiet, Optional<Path> trustedLinkRoot,
                               int maxPages, long maxMegabytes, int workers, String isolation, String workerMemory,
                               Duration documentTimeout, boolean ocr, Duration ocrPageTimeout, double ocrUncertainBelow,
                               int ocrThreads, Duration ocrPageAllowance, String allowedHosts,
                               String version) {

    /** The registry name the settings are bound under. */
    public static final String BEAN = "settings";

    public OcrSettings ocrSettings() {
        return new OcrSettings(ocr, ocrPageTimeout, ocrUncertainBelow, ocrThreads);
    }

    public long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }
}
