package org.disclosure.pipeline.console;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.disclosure.pipeline.index.DocumentQuery;
import org.disclosure.pipeline.reconcile.CheckStatus;

/**
 * The console's search, from its query string: a status (complete, ocr, repaired, no-text-layer, ocr-unavailable,
 * problems for documents with failed checks, not-checked for those on which no check could run (a
 * scan), artefact-failed for those with a report, copy or spreadsheet not made, or failed), a unit,
 * a year, a kind, a region, a rule with the status its check had, coverage at most a percentage, and
 * words in the file name, titles and row labels; incomplete for documents with printed numbers
 * nothing read. Sorted newest first, or by coverage, lowest first, so the documents whose reading is
 * least complete lead. Shown a page at a time.
 */
public record ConsoleFilter(String status, String unit, String year, String query, String sort, String kind, String region,
                            String rule, String ruleStatus, String coverageBelow, int page, int pageSize) {

    public static final String BY_COVERAGE = "coverage";
    public static final int PAGE_SIZE = 50;
    /** A page larger than this would make the console as slow as the whole archive. */
    public static final int MAX_PAGE_SIZE = 200;
    /** Every query parameter the console reads. */
    public static final List<String> PARAMETERS = List.of("status", "unit", "year", "q", "sort", "kind", "region", "rule",
            "ruleStatus", "coverageBelow", "page", "size");
    /** The check statuses a rule can be searched for, the alarming first. */
    static final List<String> RULE_STATUSES = Stream.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.UNVERIFIED,
            CheckStatus.PASS).map(CheckStatus::toString).toList();
    /** The status filter that lists the files rejected into the failed folder, which the index does not hold. */
    static final String REJECTED = "failed";

    public ConsoleFilter {
        page = Math.max(1, page);
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    }

    public static ConsoleFilter of(String status, String unit, String year, String query, String sort) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        parameters.put("unit", unit);
        parameters.put("year", year);
        parameters.put("q", query);
        parameters.put("sort", sort);
        return from(parameters);
    }

    /** The filter from the query parameters (absent or blank ones filter nothing; a page number that is not one is page 1). */
    public static ConsoleFilter from(Map<String, String> parameters) {
        String ruleStatus = blankToNull(parameters.get("ruleStatus"));
        return new ConsoleFilter(blankToNull(parameters.get("status")), blankToNull(parameters.get("unit")),
                blankToNull(parameters.get("year")), blankToNull(parameters.get("q")),
                BY_COVERAGE.equals(blankToNull(parameters.get("sort"))) ? BY_COVERAGE : null,
                blankToNull(parameters.get("kind")), blankToNull(parameters.get("region")), blankToNull(parameters.get("rule")),
                ruleStatus != null && RULE_STATUSES.contains(ruleStatus) ? ruleStatus : null, blankToNull(parameters.get("coverageBelow")),
                number(parameters.get("page"), 1), number(parameters.get("size"), PAGE_SIZE));
    }

    boolean byCoverage() {
        return BY_COVERAGE.equals(sort);
    }

    boolean showsArchived() {
        return !REJECTED.equals(status);
    }

    boolean showsFailed() {
        return status == null || REJECTED.equals(status);
    }

    /** Where this page's first document is in the whole result (0-based); never overflows. */
    int offset() {
        return (int) Math.min((long) (page - 1) * pageSize, Integer.MAX_VALUE);
    }

    /**
     * The index search for this page of the archived documents, or null when none can match (a year
     * or coverage that is not a number). Words match the file name, the folder, the document's title,
     * a table's title or a row's label.
     */
    DocumentQuery archivedQuery() {
        Integer budgetYear = null;
        BigDecimal coverageMax = null;
        try {
            if (year != null) {
                budgetYear = Integer.valueOf(year);
            }
            if (coverageBelow != null) {
                coverageMax = new BigDecimal(coverageBelow.replace("%", "").strip()).movePointLeft(2);
            }
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return new DocumentQuery(unit, budgetYear, kind, region, status, rule, rule == null ? null : ruleStatus, null,
                coverageMax, query, byCoverage(), pageSize, offset());
    }

    /** Failed files have only a name: any filter but the words leaves them out. */
    boolean matches(Listing.Failed failed) {
        return unit == null && year == null && kind == null && region == null && rule == null && coverageBelow == null
                && (query == null || contains(failed.file(), query));
    }

    /** A link to this search at another page, the other filters kept: a search is a link. */
    String link(int otherPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        parameters.put("unit", unit);
        parameters.put("year", year);
        parameters.put("kind", kind);
        parameters.put("region", region);
        parameters.put("rule", rule);
        parameters.put("ruleStatus", rule == null ? null : ruleStatus);
        parameters.put("coverageBelow", coverageBelow);
        parameters.put("q", query);
        parameters.put("sort", sort);
        parameters.put("size", pageSize == PAGE_SIZE ? null : Integer.toString(pageSize));
        parameters.put("page", otherPage == 1 ? null : Integer.toString(otherPage));
        String queryString = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return queryString.isEmpty() ? "/" : "/?" + queryString;
    }

    private static int number(String value, int otherwise) {
        String text = blankToNull(value);
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException tooLargeOrNotANumber) {
            // digits beyond an int ask for "as far as it goes"; anything else is not a number
            return text.chars().allMatch(Character::isDigit) ? Integer.MAX_VALUE : otherwise;
        }
    }

    private static boolean contains(String text, String words) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
