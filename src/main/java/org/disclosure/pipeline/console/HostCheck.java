package org.disclosure.pipeline.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which Host headers the console answers (a defence against DNS rebinding: a page of another site
 * whose name has been pointed at this machine must not read the console as if it were its own).
 *
 * <p>Bound to a loopback address, the console answers {@code localhost}, {@code 127.0.0.1} and
 * {@code [::1]} on its own port; bound to another name or address, that name on its own port; bound
 * to every interface (0.0.0.0), any name, unless a list of allowed names is given. The list adds to
 * those in every case; an entry without a port allows that name on any port.
 */
public final class HostCheck {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> WILDCARDS = Set.of("", "0.0.0.0", "[::]", "[0:0:0:0:0:0:0:0]");

    private record Authority(String host, int port) {
    }

    private final boolean anyHost;
    private final List<Authority> allowed = new ArrayList<>();

    /**
     * @param boundHost camel.server.host
     * @param port camel.server.port
     * @param allowedHosts pipeline.console.allowed-hosts: names, or name:port, comma-separated
     */
    public HostCheck(String boundHost, int port, String allowedHosts) {
        String bound = hostPart(boundHost == null ? "" : boundHost.trim());
        for (String entry : allowedHosts == null ? new String[0] : allowedHosts.split(",")) {
            if (!entry.isBlank()) {
                Authority authority = parse(entry.trim(), -1);
                if (authority == null) {
                    throw new IllegalArgumentException("pipeline.console.allowed-hosts: not a host name or host:port: " + entry.trim());
                }
                allowed.add(authority);
            }
        }
        anyHost = WILDCARDS.contains(bound) && allowed.isEmpty();
        if (isLoopback(bound)) {
            LOOPBACK_NAMES.forEach(name -> allowed.add(new Authority(name, port)));
        }
        if (!WILDCARDS.contains(bound)) {
            allowed.add(new Authority(bound, port));
        }
    }

    /** @param hostHeader the request's Host header (or HTTP/2 :authority), null if it sent none */
    public boolean allows(String hostHeader) {
        if (anyHost) {
            return true;
        }
        Authority requested = hostHeader == null ? null : parse(hostHeader.trim(), 80);
        if (requested == null) {
            return false;
        }
        for (Authority authority : allowed) {
            if (authority.host().equals(requested.host()) && (authority.port() == -1 || authority.port() == requested.port())) {
                return true;
            }
        }
        return false;
    }

    /** host, host:port, [v6] or [v6]:port, lower-cased; null if malformed. */
    private static Authority parse(String text, int defaultPort) {
        String host;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = text.substring(0, close + 1);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return null;
                }
                port = rest.substring(1);
            }
        } else {
            int colon = text.indexOf(':');
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);   // "localhost." is localhost
        }
        if (host.isEmpty() || !host.matches("[a-z0-9._\\-]+|\\[[0-9a-f:.]+\\]")) {
            return null;
        }
        if (port == null) {
            return new Authority(host, defaultPort);
        }
        if (!port.matches("[0-9]{1,5}")) {
            return null;
        }
        return new Authority(host, Integer.parseInt(port));
    }

    /** The host of camel.server.host, an IPv6 address in brackets as it appears in a Host header. */
    private static String hostPart(String bound) {
        String host = bound.toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return host;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("[0:0:0:0:0:0:0:1]");
    }
}
