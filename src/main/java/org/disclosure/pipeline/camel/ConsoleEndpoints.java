package org.disclosure.pipeline.camel;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.console.ArchiveFiles;
import org.disclosure.pipeline.console.ArchiveIndex;
import org.disclosure.pipeline.console.ConsoleFilter;
import org.disclosure.pipeline.console.ConsolePage;

/** The bean the console routes call: HTTP requests in, pages and files out; the work is in console/. */
public final class ConsoleEndpoints {

    private final ArchiveIndex index;
    private final ArchiveFiles files;

    public ConsoleEndpoints(ArchiveIndex index, ArchiveFiles files) {
        this.index = index;
        this.files = files;
    }

    public void index(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        ConsoleFilter filter = ConsoleFilter.of(query(message, "status"), query(message, "unit"), query(message, "year"), query(message, "q"));
        respond(message, 200, "text/html; charset=utf-8",
                ConsolePage.render(index.list(filter), filter).getBytes(StandardCharsets.UTF_8));
    }

    public void documents(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        ConsoleFilter filter = ConsoleFilter.of(query(message, "status"), query(message, "unit"), query(message, "year"), query(message, "q"));
        respond(message, 200, "application/json; charset=utf-8", Json.bytes(index.list(filter)));
    }

    /** Serves a file under /archive/... or /failed/..., and nothing else. */
    public void file(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        String path = message.getHeader(Exchange.HTTP_PATH, String.class);
        String uri = message.getHeader(Exchange.HTTP_URI, String.class);
        String requested = path != null && path.startsWith("/") ? path : uri;
        if (requested != null && requested.contains("?")) {
            requested = requested.substring(0, requested.indexOf('?'));
        }
        Optional<ArchiveFiles.Served> served = Optional.empty();
        if (requested != null) {
            String decoded = URLDecoder.decode(requested.replace("+", "%2B"), StandardCharsets.UTF_8);
            for (String area : new String[] {"archive", "failed"}) {
                String prefix = "/" + area + "/";
                if (decoded.startsWith(prefix)) {
                    served = files.find(area, decoded.substring(prefix.length()));
                }
            }
        }
        if (served.isEmpty()) {
            respond(message, 404, "text/plain; charset=utf-8", "没有这个文件 Not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        respond(message, 200, served.get().contentType(), Files.readAllBytes(served.get().file()));
    }

    private static String query(Message message, String name) {
        return message.getHeader(name, String.class);
    }

    private static void respond(Message message, int status, String contentType, byte[] body) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        message.setHeader("X-Content-Type-Options", "nosniff");
        message.setBody(body);
    }
}
