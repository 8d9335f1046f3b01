package org.disclosure.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded index shares its database with this machine's processes and with nobody else. */
class EmbeddedIndexAccessTest {

    @TempDir
    Path root;

    @Test
    void theServerForOtherProcessesListensOnLoopbackOnly() throws Exception {
        Path archive = root.resolve("archive");
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive));
             Connection open = database.connection()) {
            InetSocketAddress server = advertisedServer(archive);
            assertThat(InetAddress.getByName(org.h2.engine.SysProperties.BIND_ADDRESS).isLoopbackAddress())
                    .as("the address H2 binds its servers to").isTrue();
            assertThat(InetAddress.getByName(server.getHostString()).isLoopbackAddress())
                    .as("the address H2 tells other processes: %s", server).isTrue();
            try (Socket local = new Socket(server.getAddress(), server.getPort())) {
                assertThat(local.isConnected()).isTrue();
            }
            for (InetAddress outward : outwardAddresses()) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(outward, server.getPort()), 2_000);
                    }
                }).as("the index's server reached through %s", outward).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void theDatabaseHasItsOwnPasswordReadableByItsOwnerOnly() throws Exception {
        Path archive = root.resolve("archive");
        IndexSettings settings = IndexSettings.embeddedIn(archive);
        try (IndexDatabase database = IndexDatabase.open(settings)) {
            assertThat(settings.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(IndexSettings.embeddedIn(archive).password()).as("the next process's password")
                    .isEqualTo(settings.password());
            Path file = archive.resolve(IndexSettings.FOLDER).resolve(EmbeddedCredentials.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .as("the database's folder").isEqualTo("rwx------");
            assertThatThrownBy(() -> DriverManager.getConnection(settings.url(), "sa", "").close())
                    .isInstanceOf(SQLException.class);
            assertThat(settings.toString()).doesNotContain(settings.password());
        }
    }

    @Test
    void anIndexCreatedWithoutAPasswordGetsOneWhenFirstOpened() throws Exception {
        Path archive = root.resolve("archive");
        Path folder = archive.resolve(IndexSettings.FOLDER);
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(IndexSettings.DATABASE) + ";AUTO_SERVER=TRUE";
        try (IndexDatabase legacy = IndexDatabase.open(new IndexSettings(url, "sa", ""));
             Connection connection = legacy.connection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }

        IndexSettings settings = IndexSettings.embeddedIn(archive);
        try (IndexDatabase database = IndexDatabase.open(settings);
             Connection connection = database.connection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).as("what the old index held").isEqualTo(7);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void anIndexWhosePasswordFileIsLostSaysHowToRecoverAndWritesNoWrongPassword() throws Exception {
        Path archive = root.resolve("archive");
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            database.connection().close();
        }
        Path file = archive.resolve(IndexSettings.FOLDER).resolve(EmbeddedCredentials.FILE);
        Files.delete(file);
        assertThatThrownBy(() -> IndexSettings.embeddedIn(archive)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials").hasMessageContaining("rebuilt");
        assertThat(file).doesNotExist();
    }

    @Test
    void aPasswordGivenJustBeforeACrashIsTakenUpAtTheNextStart() throws Exception {
        Path archive = root.resolve("archive");
        IndexSettings first = IndexSettings.embeddedIn(archive);
        try (IndexDatabase database = IndexDatabase.open(first)) {
            database.connection().close();
        }
        Path folder = archive.resolve(IndexSettings.FOLDER);
        Path pending = folder.resolve(EmbeddedCredentials.FILE + ".pending");
        Files.move(folder.resolve(EmbeddedCredentials.FILE), pending); // the database has it, the file not yet
        IndexSettings next = IndexSettings.embeddedIn(archive);
        assertThat(next.password()).isEqualTo(first.password());
        assertThat(pending).doesNotExist();
        try (IndexDatabase database = IndexDatabase.open(next)) {
            database.connection().close();
        }
    }

    /** The server address H2 writes into the lock file for the processes that come later. */
    private static InetSocketAddress advertisedServer(Path archive) throws IOException {
        Properties lock = new Properties();
        try (Reader reader = Files.newBufferedReader(
                archive.resolve(IndexSettings.FOLDER).resolve(IndexSettings.DATABASE + ".lock.db"))) {
            lock.load(reader);
        }
        String server = lock.getProperty("server");
        assertThat(server).as("the lock file's server entry: %s", lock).isNotNull();
        int colon = server.lastIndexOf(':');
        return new InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1)));
    }

    /** This machine's own non-loopback IPv4 addresses (none in a sandbox without a network). */
    private static List<InetAddress> outwardAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(networkInterface -> {
                    try {
                        return networkInterface.isUp() && !networkInterface.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
    }
}
