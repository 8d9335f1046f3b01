package org.disclosure.pipeline.archive;

/**
 * One file made for people beside document.json (report.html, annotated.pdf, tables.xlsx, a CSV),
 * and whether it was written. Each is made on its own: one that fails is recorded here with the
 * reason, and the others are still written.
 *
 * @param name   the file's path in the archive folder (tables/t1-….csv for a CSV)
 * @param status {@link #WRITTEN}, {@link #FAILED}, or {@link #SKIPPED} when there was nothing to put in it
 * @param reason why it failed or was skipped; null when written
 */
public record Artefact(String name, String status, String reason) {

    public static final String WRITTEN = "written";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public static Artefact written(String name) {
        return new Artefact(name, WRITTEN, null);
    }

    public static Artefact failed(String name, Throwable why) {
        String reason = why.getMessage() == null || why.getMessage().isBlank() ? why.getClass().getSimpleName()
                : why.getClass().getSimpleName() + ": " + why.getMessage();
        return new Artefact(name, FAILED, reason);
    }

    public static Artefact skipped(String name, String reason) {
        return new Artefact(name, SKIPPED, reason);
    }

    public boolean isFailed() {
        return FAILED.equals(status);
    }
}
