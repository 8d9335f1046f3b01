package org.disclosure.pipeline.stage;

/**
 * The service stopped while a document was in hand. It is not the document's fault: the file
 * stays in the inbox and is done again on the next start, rather than being rejected.
 */
public final class WorkInterrupted extends RuntimeException {

    public WorkInterrupted(String message) {
        super(message);
    }
}
