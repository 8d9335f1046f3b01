package org.disclosure.pipeline.index;

import java.math.BigDecimal;

/**
 * A search of the archived documents. Every field may be null (no filter).
 *
 * @param unit        words of the unit's name as printed (or of its normalised name)
 * @param status      a document status (complete, ocr, repaired, no-text-layer, ocr-unavailable), or
 *                    problems (a check failed), not-checked, artefact-failed, incomplete (coverage below 1)
 * @param rule        documents with a check of this rule whose status is {@code ruleStatus}
 * @param ruleStatus  pass, warn, fail or unverified; fail when null
 * @param text        words in the file name, folder, document title, a table title or a row label
 * @param byCoverage  least completely read first (unread scans lead), else newest first
 */
public record DocumentQuery(String unit, Integer year, String kind, String region, String status, String rule,
                            String ruleStatus, BigDecimal coverageMin, BigDecimal coverageMax, String text,
                            boolean byCoverage, int limit, int offset) {

    /** More than any page of the console or the API asks for at once. */
    public static final int MAX_LIMIT = 100_000;

    public DocumentQuery {
        limit = Math.max(0, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, offset);
    }

    /** Every archived document, newest first. */
    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null, null, null, null, null, null, false, MAX_LIMIT, 0);
    }
}
