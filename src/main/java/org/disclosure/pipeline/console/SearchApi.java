package org.disclosure.pipeline.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosure.pipeline.index.DocumentQuery;
import org.disclosure.pipeline.index.DocumentSearch;
import org.disclosure.pipeline.index.FigureQuery;
import org.disclosure.pipeline.index.IndexedCheck;
import org.disclosure.pipeline.index.IndexedDocument;
import org.disclosure.pipeline.index.SearchResult;

/**
 * The JSON search API over the archive index (docs/api.md): query parameters in, a status and a
 * value to write as JSON out. A parameter that cannot be read is a 400 that says which.
 */
public final class SearchApi {

    /** Every query parameter the API reads. */
    public static final List<String> PARAMETERS = List.of("unit", "year", "kind", "region", "status", "rule",
            "ruleStatus", "coverageMin", "coverageMax", "q", "sort", "limit", "offset", "code", "column", "document");

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    /** An HTTP status and the value of its JSON body. */
    public record Answer(int status, Object body) {
    }

    @FunctionalInterface
    public interface Call {
        Answer run() throws IOException;
    }

    private final DocumentSearch search;

    public SearchApi(DocumentSearch search) {
        this.search = search;
    }

    public Answer documents(Map<String, String> parameters) throws IOException {
        try {
            Parameters p = new Parameters(parameters);
            DocumentQuery query = new DocumentQuery(p.text("unit"), p.integer("year"), p.text("kind"), p.text("region"),
                    p.text("status"), p.text("rule"), p.text("ruleStatus"), p.decimal("coverageMin"), p.decimal("coverageMax"),
                    p.text("q"), "coverage".equals(p.text("sort")), p.limit(), p.offset());
            SearchResult<IndexedDocument> result = search.documents(query);
            return new Answer(200, page(result, "documents"));
        } catch (IllegalArgumentException badParameter) {
            return badRequest(badParameter.getMessage());
        } catch (SQLException e) {
            throw new IOException("the archive index cannot be read: " + e.getMessage(), e);
        }
    }

    public Answer checks(String id) throws IOException {
        try {
            Optional<List<IndexedCheck>> checks = id == null ? Optional.empty() : search.checks(id);
            if (checks.isEmpty()) {
                return new Answer(404, Map.of("error", "no archived document has the id " + id));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("document", id);
            body.put("total", checks.get().size());
            body.put("checks", checks.get());
            return new Answer(200, body);
        } catch (SQLException e) {
            throw new IOException("the archive index cannot be read: " + e.getMessage(), e);
        }
    }

    public Answer figures(Map<String, String> parameters) throws IOException {
        try {
            Parameters p = new Parameters(parameters);
            FigureQuery query = new FigureQuery(p.text("code"), p.integer("year"), p.text("unit"), p.text("kind"),
                    p.text("column"), p.text("document"), p.limit(), p.offset());
            if (query.code() == null && query.document() == null) {
                return badRequest("name a subject code (code=2010101) or a document (document=<id>)");
            }
            return new Answer(200, page(search.figures(query), "figures"));
        } catch (IllegalArgumentException badParameter) {
            return badRequest(badParameter.getMessage());
        } catch (SQLException e) {
            throw new IOException("the archive index cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> page(SearchResult<?> result, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("limit", result.limit());
        body.put("offset", result.offset());
        body.put(name, result.items());
        return body;
    }

    private static Answer badRequest(String message) {
        return new Answer(400, Map.of("error", message));
    }

    /** Query parameters read strictly: blank means absent, a malformed number is refused. */
    private record Parameters(Map<String, String> values) {

        String text(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        Integer integer(String name) {
            String value = text(name);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not " + value);
            }
        }

        BigDecimal decimal(String name) {
            String value = text(name);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number such as 0.95, not " + value);
            }
        }

        int limit() {
            Integer limit = integer("limit");
            if (limit != null && (limit < 0 || limit > MAX_LIMIT)) {
                throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT);
            }
            return limit == null ? DEFAULT_LIMIT : limit;
        }

        int offset() {
            Integer offset = integer("offset");
            if (offset != null && offset < 0) {
                throw new IllegalArgumentException("offset must not be negative");
            }
            return offset == null ? 0 : offset;
        }
    }
}
