package org.disclosure.pipeline.pdf;

/** A file that cannot be read as a PDF, with the typed reason. */
public final class UnreadablePdfException extends Exception {

    private final PdfRejection reason;

    public UnreadablePdfException(PdfRejection reason, String detail, Throwable cause) {
        super(detail == null ? reason.explanation() : reason.explanation() + " (" + detail + ")", cause);
        this.reason = reason;
    }

    public PdfRejection reason() {
        return reason;
    }
}
