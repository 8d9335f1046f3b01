package org.disclosure.pipeline.archive;

/** When and how fast the pipeline processed the document, and with which version. */
public record ProcessingInfo(String pipelineVersion, String receivedAt, Long millis) {
}
