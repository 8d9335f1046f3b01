package org.disclosure.pipeline.contract;

/** document.json's {@code processing}: the pipeline's version, when the file was received, how long it took. */
public record ProcessingJson(String pipelineVersion, String receivedAt, Long millis) {
}
