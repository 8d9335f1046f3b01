package org.disclosure.pipeline.index;

import java.nio.file.Path;

/**
 * Where the archive index lives: a JDBC URL with its user and password. Without a URL it is an
 * embedded H2 database in {@code <archive>/.index/}, which processes on this machine may share
 * (H2's automatic mixed mode); processes on several machines need PostgreSQL.
 */
public record IndexSettings(String url, String user, String password) {

    /** The folder of the archive that holds the embedded database. */
    public static final String FOLDER = ".index";

    public static IndexSettings of(String url, String user, String password, Path archiveRoot) {
        if (url == null || url.isBlank()) {
            return embeddedIn(archiveRoot);
        }
        return new IndexSettings(url.strip(), user == null ? "" : user, password == null ? "" : password);
    }

    public static IndexSettings embeddedIn(Path archiveRoot) {
        Path file = archiveRoot.toAbsolutePath().normalize().resolve(FOLDER).resolve("archive");
        return new IndexSettings("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "");
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without anything a log line should not show (a password in its query). */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
