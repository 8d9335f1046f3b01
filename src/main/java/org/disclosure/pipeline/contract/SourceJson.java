package org.disclosure.pipeline.contract;

/** document.json's {@code source}: the file as dropped, its hash, size, pages, producer and any repair. */
public record SourceJson(String fileName, String sha256, long bytes, int pages, String producer, String creator,
                         String repair) {
}
