package org.disclosure.pipeline.camel;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.disclosure.pipeline.console.ConsoleHeaders;
import org.disclosure.pipeline.console.HostCheck;

/**
 * Stands in front of everything the HTTP server answers, the console's routes and camel-main's
 * /observe health and metrics alike: a request for a host name the console does not go by (DNS
 * rebinding) is refused with 421, and every response carries the console's safe defaults
 * (no framing, no sniffing, no referrer, load nothing) unless its handler set its own.
 */
public final class ConsoleGuard implements StartupListener {

    /** Before every route of the router, whatever order they were added in. */
    private static final int FIRST = -1_000_000;

    /** The host check of each server: the console's and, if it has its own port, the management server's. */
    private final Map<Integer, HostCheck> byPort;
    private final java.util.Set<String> guarded = new java.util.HashSet<>();

    public ConsoleGuard(Map<Integer, HostCheck> byPort) {
        this.byPort = Map.copyOf(byPort);
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        guard(context);
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        guard(context);
    }

    private synchronized void guard(CamelContext context) {
        for (Map.Entry<Integer, HostCheck> server : byPort.entrySet()) {
            String name = VertxPlatformHttpRouter.getRouterNameFromPort(server.getKey());
            VertxPlatformHttpRouter router = context.getRegistry().lookupByNameAndType(name, VertxPlatformHttpRouter.class);
            if (router != null && guarded.add(name)) {
                HostCheck hosts = server.getValue();
                router.route().order(FIRST).handler(request -> handle(hosts, request));
            }
        }
    }

    private static void handle(HostCheck hosts, RoutingContext request) {
        HttpServerResponse response = request.response();
        if (!hosts.allows(request.request().host())) {
            ConsoleHeaders.data().forEach(response::putHeader);
            response.setStatusCode(421).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end(Buffer.buffer("此控制台不以该主机名提供服务 This console does not answer to that host name\n"
                            .getBytes(StandardCharsets.UTF_8)));
            return;
        }
        request.addHeadersEndHandler(ignored -> {
            for (Map.Entry<String, String> header : ConsoleHeaders.data().entrySet()) {
                if (!response.headers().contains(header.getKey())) {
                    response.putHeader(header.getKey(), header.getValue());
                }
            }
        });
        request.next();
    }
}
