package org.disclosure.pipeline.archive;

/** A file dropped again with bytes already archived: under which name, and when. */
public record DuplicateDrop(String fileName, String sha256, String receivedAt) {
}
