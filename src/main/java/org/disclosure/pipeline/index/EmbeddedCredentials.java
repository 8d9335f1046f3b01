package org.disclosure.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The password of the embedded index: generated once per archive and kept beside the database in a
 * file only its owner may read, so every process of this machine that may read the archive (the
 * service, its workers, {@code --reindex}) opens the same database and nobody else can log in to
 * it through the server H2 runs for them. An archive indexed before the password existed had H2's
 * empty one; it gets its password the first time it is opened.
 */
final class EmbeddedCredentials {

    static final String USER = "sa";
    static final String FILE = "credentials";

    private EmbeddedCredentials() {
    }

    /** The archive's password, created (and given to an existing database) if it has none yet. */
    static String passwordFor(Path folder, String url) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(folder);
            boolean databaseExisted = Files.exists(folder.resolve(IndexSettings.DATABASE + ".mv.db"));
            String password = generate();
            if (!publish(file, password)) {
                return read(file);
            }
            if (databaseExisted) {
                setPassword(url, password);
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the index password " + file, e);
        }
    }

    private static String read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IOException("the index password file is empty: " + file);
        }
        return password;
    }

    private static String generate() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Writes the file owner-only and links it in place; false when another process was first. */
    private static boolean publish(Path file, String password) throws IOException {
        Path draft = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            restrictToOwner(draft);
            Files.writeString(draft, password, StandardCharsets.US_ASCII);
            Files.createLink(file, draft); // atomic: fails when the file exists
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // e.g. Windows: the folder's own access list applies
        }
    }

    private static void setPassword(String url, String password) {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot give the existing index " + url + " its password", e);
        }
    }
}
