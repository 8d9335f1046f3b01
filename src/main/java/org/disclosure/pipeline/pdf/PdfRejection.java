package org.disclosure.pipeline.pdf;

/** Why a file could not be read as a PDF at all. Each reason has a stable code used in error.json. */
public enum PdfRejection {
    EMPTY_FILE("empty-file", "The file is empty (0 bytes). It may still have been uploading; drop it again once complete."),
    NOT_A_PDF("not-a-pdf", "The file is not a PDF, whatever its name says: it does not start with a PDF header."),
    ENCRYPTED("encrypted", "The PDF is protected by a password that is needed to open it. Ask the publisher for an unprotected copy."),
    TRUNCATED("truncated", "The PDF is incomplete: its end (the trailer every PDF finishes with) is missing, so the upload or download was cut off. Drop the complete file again."),
    TOO_MANY_PAGES("too-many-pages", "The PDF has more pages than this service is configured to accept."),
    TOO_COMPLEX("too-complex", "The PDF's structure is nested too deeply to read; it may be crafted to crash readers."),
    DAMAGED("damaged", "The PDF is damaged and could not be read.");

    private final String code;
    private final String explanation;

    PdfRejection(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    public String code() {
        return code;
    }

    public String explanation() {
        return explanation;
    }
}
