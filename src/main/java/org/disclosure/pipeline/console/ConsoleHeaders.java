package org.disclosure.pipeline.console;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every console response carries: what a browser may do with it (Content-Security-Policy,
 * framing, sniffing, referrers) and how long it may keep it.
 *
 * <p>The console page and report.html are self-contained: one inline style sheet each, the report's
 * evidence pictures as data: URIs, the console's filter a GET form to itself, and no script at all;
 * their policies allow exactly that. Everything else may load nothing.
 */
public final class ConsoleHeaders {

    /** The console page: its style sheet and its filter form. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** report.html: its style sheet and its evidence pictures; its links are anchors within the page. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** JSON, spreadsheets, PDFs, attachments and error texts: nothing to load. */
    static final String NOTHING_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Filed files do not change (duplicates.json aside), but an hour is plenty for a reviewer. */
    static final String FILED = "private, max-age=3600";
    static final String NO_STORE = "no-store";

    private ConsoleHeaders() {
    }

    /** The console's page. */
    public static Map<String, String> page() {
        return common(PAGE_POLICY, NO_STORE);
    }

    /** The JSON listing, and refusals and errors. */
    public static Map<String, String> data() {
        return common(NOTHING_POLICY, NO_STORE);
    }

    /** A file from the archive or the failed folder. */
    public static Map<String, String> file(ArchiveFiles.Served served) {
        boolean report = served.contentType().startsWith("text/html");
        Map<String, String> headers = common(report ? REPORT_POLICY : NOTHING_POLICY, served.mayChange() ? NO_STORE : FILED);
        headers.put("Accept-Ranges", "bytes");
        if (served.contentDisposition() != null) {
            headers.put("Content-Disposition", served.contentDisposition());
        }
        return headers;
    }

    private static Map<String, String> common(String policy, String cacheControl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", policy);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", cacheControl);
        return headers;
    }
}
