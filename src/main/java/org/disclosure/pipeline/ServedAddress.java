package org.disclosure.pipeline;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An address the service serves HTTP on (the console, or health and metrics when they have a port
 * of their own), the settings that choose it, and what to tell the operator about it.
 *
 * @param what      what is served there, for messages ("the console")
 * @param host      the configured host (camel.server.host)
 * @param port      the configured port (camel.server.port)
 * @param settingOf the key prefix of its settings ("camel.server")
 */
record ServedAddress(String what, String host, int port, String settingOf) {

    private static final String NAME = "disclosure-pipeline";

    /** The URL to open in a browser: a wildcard host is reached as localhost on this machine. */
    String url() {
        String reachable = wildcard() ? "localhost" : host;
        if (reachable.contains(":") && !reachable.startsWith("[")) {
            reachable = "[" + reachable + "]";   // an IPv6 literal
        }
        return "http://" + reachable + ":" + port + "/";
    }

    private boolean wildcard() {
        return host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /**
     * Whether the address can be bound right now, tried with a socket of our own that is closed at
     * once; if not, the one line that tells the operator why and which setting to change.
     */
    Optional<String> cannotServe() {
        InetSocketAddress address;
        try {
            address = wildcard() ? new InetSocketAddress(port) : new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            return Optional.of(problem("unknown host " + host, "host"));
        } catch (IllegalArgumentException e) {
            return Optional.of(problem("no such port", "port"));
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);   // as the real server does: a port in TIME_WAIT is free
            probe.bind(address);
            return Optional.empty();
        } catch (BindException e) {
            String reason = e.getMessage() == null ? "cannot bind" : e.getMessage().replaceAll("\\s*\\(Bind failed\\)", "");
            boolean hostProblem = reason.toLowerCase(Locale.ROOT).contains("assign");
            return Optional.of(problem(reason, hostProblem ? "host" : "port"));
        } catch (IOException e) {
            return Optional.of(problem(String.valueOf(e.getMessage()), "port"));
        }
    }

    /** The line for a server that did not come up (it failed after the check above passed). */
    String notListening() {
        return problem("the server did not start (see the log above)", "port");
    }

    private String problem(String reason, String setting) {
        String key = settingOf + "." + setting;
        return NAME + ": cannot serve " + what + " on " + host + ":" + port + ": " + lowerFirst(reason)
                + " (set " + key + " or " + EnvironmentSettings.variableFor(key) + ")";
    }

    /** The line printed once the service is up. */
    static String readyLine(ServedAddress console, Path inbox) {
        return "ready: console " + console.url() + " ; drop PDFs into " + inbox.toAbsolutePath().normalize();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
