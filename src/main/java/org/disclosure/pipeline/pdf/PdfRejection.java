package org.disclosure.pipeline.pdf;

/** Why a file could not be read as a PDF at all. Each reason has a stable code used in error.json. */
public enum PdfRejection {
    EMPTY_FILE("empty-file", "The file is empty (0 bytes). It may still have been uploading; drop it again once complete."),
    NOT_A_PDF("not-a-pdf", "The file is not a PDF, whatever its name says: it does not start with a PDF header."),
    ENCRYPTED("encrypted", "The PDF is protected by a password that is needed to open it. Ask the publisher for an unprotected copy."),
    TOO_MANY_PAGES("too-many-pages", "The PDF has more pages than this service is configured to accept."),
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
