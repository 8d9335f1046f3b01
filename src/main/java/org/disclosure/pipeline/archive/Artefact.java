package org.disclosure.pipeline.archive;

/**
 * One file made for people beside document.json (report.html, annotated.pdf, tables.xlsx, a CSV),
 * and whether it was written. Each is made on its own: one that fails is recorded here with the
 * reason, and the others are still written.
 *
 * @param name   the file's path in the archive folder (tables/t1-….csv for a CSV)
 * @param status written, failed, or skipped when there was nothing to put in it
 * @param reason why it failed or was skipped; null when written
 */
public record Artefact(String name, Status status, String reason) {

    /** Whether the file was made; its word is what document.json's {@code artefacts} says. */
    public enum Status {
        WRITTEN, FAILED, SKIPPED;

        /** The lower-case word used in document.json. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The status a word names; a word not among them is refused. */
        public static Status of(String word) {
            for (Status status : values()) {
                if (status.toString().equals(word)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("\"" + word + "\" is not an artefact status (written, failed, skipped)");
        }
    }

    public static Artefact written(String name) {
        return new Artefact(name, Status.WRITTEN, null);
    }

    public static Artefact failed(String name, Throwable why) {
        String reason = why.getMessage() == null || why.getMessage().isBlank() ? why.getClass().getSimpleName()
                : why.getClass().getSimpleName() + ": " + why.getMessage();
        return new Artefact(name, Status.FAILED, reason);
    }

    public static Artefact skipped(String name, String reason) {
        return new Artefact(name, Status.SKIPPED, reason);
    }

    public boolean isFailed() {
        return status == Status.FAILED;
    }
}
