package org.disclosure.pipeline.index;

import java.util.Optional;

import org.disclosure.pipeline.vocabulary.Word;

/**
 * The searches by state that are not a document status itself (DocumentQuery's {@code status}, the
 * console's and the search API's {@code status} parameter): each a condition on the index's row.
 */
public enum StatusFilter implements Word {
    /** Read and checked, and a check failed. */
    PROBLEMS("problems", "有不符"),
    /** A scan without a text layer, or no check ran at all. */
    NOT_CHECKED("not-checked", "未核验"),
    /** A file made for people (report, spreadsheet, …) could not be made. */
    ARTEFACT_FAILED("artefact-failed", "文件未能生成"),
    /** Not every printed number was accounted for (coverage below 1). */
    INCOMPLETE("incomplete", "有未读入的数字");

    private final String key;
    private final String label;

    StatusFilter(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    /** The filter a status parameter names; empty for a document status (complete, ocr, …) or none. */
    public static Optional<StatusFilter> of(String status) {
        return Word.ofKey(StatusFilter.class, status);
    }
}
