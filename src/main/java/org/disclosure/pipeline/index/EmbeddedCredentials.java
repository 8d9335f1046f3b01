package org.disclosure.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * it through the server H2 runs for them; the folder itself is the owner's only. An archive indexed
 * before the password existed had H2's empty one; it gets its password the first time it is opened.
 */
final class EmbeddedCredentials {

    static final String USER = "sa";
    static final String FILE = "credentials";

    private EmbeddedCredentials() {
    }

    /**
     * The archive's password, created (and given to an existing database) if it has none yet. Processes
     * starting together take a lock on the folder, so one of them decides; the file appears only once
     * the database has the password it holds.
     */
    static String passwordFor(Path folder, String url) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(folder);
            restrictToOwner(folder, "rwx------"); // the database files themselves are readable by the owner only
            synchronized (EmbeddedCredentials.class) { // a file lock is per process, not per thread
                try (FileChannel lock = FileChannel.open(folder.resolve(FILE + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock held = lock.lock()) {
                    if (Files.exists(file)) {
                        return read(file);
                    }
                    Path pending = folder.resolve(FILE + ".pending");
                    if (Files.exists(pending) && opens(url, read(pending))) {
                        Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE); // set before a crash
                        return read(file);
                    }
                    String password = generate();
                    if (Files.exists(folder.resolve(IndexSettings.DATABASE + ".mv.db"))) {
                        // kept aside first: a crash right after the change must not lose the password
                        publish(pending, password);
                        setPassword(url, password, folder);
                        Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        publish(file, password);
                    }
                    return password;
                }
            }
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

    /** Writes the file owner-only, then moves it in place whole: a reader never sees half a password. */
    private static void publish(Path file, String password) throws IOException {
        Path draft = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            restrictToOwner(draft, "rw-------");
            Files.writeString(draft, password, StandardCharsets.US_ASCII);
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // e.g. Windows: the folder's own access list applies
        }
    }

    private static boolean opens(String url, String password) {
        try (Connection connection = DriverManager.getConnection(url, USER, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void setPassword(String url, String password, Path folder) {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a generated password outside base64url"); // it is spliced into SQL
        }
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("the index in " + folder + " has a password but its " + FILE
                    + " file is missing: restore that file, or delete the folder and the index is rebuilt from the"
                    + " archive at the next start", e);
        }
    }
}
