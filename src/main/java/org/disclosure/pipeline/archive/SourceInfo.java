package org.disclosure.pipeline.archive;

/**
 * Where the document came from: its file name, its bytes' hash and size, its page count and producer.
 *
 * @param repair what had to be repaired to read the file, or null when it was whole
 */
public record SourceInfo(String fileName, String sha256, long bytes, int pages, String producer, String creator,
                         String repair) {
}
