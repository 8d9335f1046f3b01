package org.disclosure.pipeline.index;

import java.nio.file.Path;

/**
 * Where the archive index lives: a JDBC URL with its user and password. Without a URL it is an
 * embedded H2 database in {@code <archive>/.index/}, which processes on this machine may share
 * (H2's automatic mixed mode, its server on the loopback address only, with the archive's own
 * password); processes on several machines need PostgreSQL.
 */
public record IndexSettings(String url, String user, String password) {

    /** The folder of the archive that holds the embedded database. */
    public static final String FOLDER = org.disclosure.pipeline.archive.ArchiveLayout.INDEX_FOLDER;
    /** The embedded database's file name in that folder (H2 adds {@code .mv.db}). */
    static final String DATABASE = "archive";

    public static IndexSettings of(String url, String user, String password, Path archiveRoot) {
        if (url == null || url.isBlank()) {
            return embeddedIn(archiveRoot);
        }
        return new IndexSettings(url.strip(), user == null ? "" : user, password == null ? "" : password);
    }

    public static IndexSettings embeddedIn(Path archiveRoot) {
        LoopbackServer.keepLocal();
        Path folder = archiveRoot.toAbsolutePath().normalize().resolve(FOLDER);
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE) + ";AUTO_SERVER=TRUE";
        return new IndexSettings(url, EmbeddedCredentials.USER, EmbeddedCredentials.passwordFor(folder, url));
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** Never the password: settings end up in log lines and exception messages. */
    @Override
    public String toString() {
        return "IndexSettings[" + safeUrl() + ", user " + user + "]";
    }

    /** The URL without anything a log line should not show (a password in its query). */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
