package org.disclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.disclosure.pipeline.fixtures.ChildJvm;
import org.junit.jupiter.api.Test;

/** What the operator is told about the console's address. */
class ServedAddressTest {

    @Test
    void aBusyPortIsOneLineNamingTheAddressAndTheSettingToChange() throws Exception {
        try (ServerSocket occupant = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = occupant.getLocalPort();
            ServedAddress console = new ServedAddress("the console", "localhost", port, "camel.server");
            assertThat(console.cannotServe()).contains("disclosure-pipeline: cannot serve the console on localhost:" + port
                    + ": address already in use (set camel.server.port or CAMEL_SERVER_PORT)");
        }
    }

    @Test
    void aFreePortCanBeServed() {
        assertThat(new ServedAddress("the console", "localhost", ChildJvm.freePort(), "camel.server").cannotServe()).isEmpty();
    }

    @Test
    void anUnknownHostNamesTheHostSetting() {
        assertThat(new ServedAddress("the console", "no-such-host.invalid", 8080, "camel.server").cannotServe())
                .hasValueSatisfying(line -> assertThat(line).startsWith("disclosure-pipeline: cannot serve the console on no-such-host.invalid:8080: ")
                        .endsWith("(set camel.server.host or CAMEL_SERVER_HOST)"));
    }

    @Test
    void theUrlIsTheOneToOpen() {
        assertThat(new ServedAddress("the console", "localhost", 8080, "camel.server").url()).isEqualTo("http://localhost:8080/");
        assertThat(new ServedAddress("the console", "0.0.0.0", 9000, "camel.server").url()).isEqualTo("http://localhost:9000/");
        assertThat(new ServedAddress("the console", "::1", 9000, "camel.server").url()).isEqualTo("http://[::1]:9000/");
        assertThat(ServedAddress.readyLine(new ServedAddress("the console", "localhost", 8080, "camel.server"), Path.of("/srv/in/../inbox")))
                .isEqualTo("ready: console http://localhost:8080/ ; drop PDFs into /srv/inbox");
    }
}
