package org.disclosure.pipeline.camel;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.http.HttpServerResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.console.ArchiveFiles;
import org.disclosure.pipeline.console.ArchiveIndex;
import org.disclosure.pipeline.console.ByteRange;
import org.disclosure.pipeline.console.ConsoleFilter;
import org.disclosure.pipeline.console.ConsoleHeaders;
import org.disclosure.pipeline.console.ConsolePage;
import org.disclosure.pipeline.console.FileSlice;
import org.disclosure.pipeline.console.SearchApi;
import org.disclosure.pipeline.index.DocumentSearch;

/** The bean the console routes call: HTTP requests in, pages and files out; the work is in console/. */
public final class ConsoleEndpoints {

    private static final String TEXT = "text/plain; charset=utf-8";

    private static final String JSON = "application/json; charset=utf-8";

    private final ArchiveIndex index;
    private final ArchiveFiles files;
    private final SearchApi api;

    /** The host check stands in front of every route: see {@link ConsoleGuard}. */
    public ConsoleEndpoints(ArchiveIndex index, ArchiveFiles files, DocumentSearch search) {
        this.index = index;
        this.files = files;
        this.api = new SearchApi(search);
    }

    public void index(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        ConsoleFilter filter = filter(message);
        respond(message, 200, "text/html; charset=utf-8", ConsoleHeaders.page(),
                ConsolePage.render(index.list(filter), filter).getBytes(StandardCharsets.UTF_8));
    }

    private static ConsoleFilter filter(Message message) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String name : ConsoleFilter.PARAMETERS) {
            parameters.put(name, query(message, name));
        }
        return ConsoleFilter.from(parameters);
    }

    /** GET /api/documents: a search of the archived documents (docs/api.md). */
    public void documents(Exchange exchange) throws IOException {
        answer(exchange.getMessage(), () -> api.documents(parameters(exchange.getMessage())));
    }

    /** GET /api/documents/{id}/checks: one document's checks. */
    public void checks(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        answer(message, () -> api.checks(message.getHeader("id", String.class)));
    }

    /** GET /api/figures: table figures across the archive. */
    public void figures(Exchange exchange) throws IOException {
        answer(exchange.getMessage(), () -> api.figures(parameters(exchange.getMessage())));
    }

    private void answer(Message message, SearchApi.Call call) throws IOException {
        SearchApi.Answer answer = call.run();
        respond(message, answer.status(), JSON, ConsoleHeaders.data(), Json.bytes(answer.body()));
    }

    /** The query parameters a search may take, as the HTTP component put them in headers. */
    private static Map<String, String> parameters(Message message) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String name : SearchApi.PARAMETERS) {
            String value = message.getHeader(name, String.class);
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    /**
     * Serves a file under /archive/... or /failed/..., and nothing else, streamed from disk: Camel
     * reads a stream body 16 KB at a time and pauses while the connection's write queue is full.
     * (Vert.x's sendFile is not usable here: Camel writes the reply itself once the route ends.)
     */
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
            respond(message, 404, TEXT, ConsoleHeaders.data(), "没有这个文件 Not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        ByteRange range = ByteRange.of(message.getHeader("Range", String.class), message.getHeader("If-Range", String.class),
                Files.size(served.get().file()));
        if (range.status() == 416) {
            Map<String, String> headers = ConsoleHeaders.data();
            headers.put("Content-Range", range.contentRange());
            respond(message, 416, TEXT, headers, "请求的范围超出文件 Range not satisfiable\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> headers = ConsoleHeaders.file(served.get());
        if (range.contentRange() != null) {
            headers.put("Content-Range", range.contentRange());
        }
        respond(message, range.status(), served.get().contentType(), headers, new FileSlice(served.get().file(), range.first(), range.length()));
        if (message instanceof HttpMessage http) {
            HttpServerResponse response = http.getResponse();
            long length = range.length();
            // Camel sends a stream chunked, without its length; a PDF viewer needs the length to fetch by ranges
            response.headersEndHandler(ignored -> {
                response.headers().remove("Transfer-Encoding");
                response.headers().set("Content-Length", Long.toString(length));
            });
        }
    }

    private static String query(Message message, String name) {
        return message.getHeader(name, String.class);
    }

    /**
     * Headers go on the Vert.x response itself: Camel's HTTP header filter would drop Cache-Control
     * set on the message.
     */
    private static void respond(Message message, int status, String contentType, Map<String, String> headers, Object body) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
        if (message instanceof HttpMessage http) {
            HttpServerResponse response = http.getResponse();
            headers.forEach(response::putHeader);
        } else {
            headers.forEach(message::setHeader);
        }
        message.setBody(body);
    }
}
