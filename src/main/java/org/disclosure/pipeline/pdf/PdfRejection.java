package org.disclosure.pipeline.pdf;

/**
 * Why a file could not be read as a PDF at all. error.json files each under the failure reason of
 * the same name (archive/FailureReason owns the codes; this layer cannot see it).
 */
public enum PdfRejection {
    EMPTY_FILE("The file is empty (0 bytes). It may still have been uploading; drop it again once complete."),
    NOT_A_PDF("The file is not a PDF, whatever its name says: it does not start with a PDF header."),
    ENCRYPTED("The PDF is protected by a password that is needed to open it. Ask the publisher for an unprotected copy."),
    TRUNCATED("The PDF is incomplete: its end (the trailer every PDF finishes with) is missing, so the upload or download was cut off. Drop the complete file again."),
    TOO_MANY_PAGES("The PDF has more pages than this service is configured to accept."),
    TOO_COMPLEX("The PDF's structure is nested too deeply to read; it may be crafted to crash readers."),
    DAMAGED("The PDF is damaged and could not be read.");

    private final String explanation;

    PdfRejection(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
