package org.disclosure.pipeline.archive;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosure.pipeline.vocabulary.Word;

/**
 * How much of a document could be read: the {@code status} of its document.json (the schema's
 * enum lists the same words), of the index's row and of the console's and the search API's filter.
 */
public enum DocumentStatus implements Word {
    /** Text and tables extracted. */
    COMPLETE("complete", "完整"),
    /** Some pages had no text layer and were read by OCR: see the record's ocr for which and how confidently. */
    OCR("ocr", "文字识别"),
    /** A scan whose pages carry no text, OCR turned off: no table could be read. */
    NO_TEXT_LAYER("no-text-layer", "扫描件"),
    /** A scan that OCR would have read, had the engine been installed (see docs/ocr.md). */
    OCR_UNAVAILABLE("ocr-unavailable", "扫描件，未安装文字识别"),
    /** Read only after PDFBox rebuilt a damaged index: see source.repair for what may be missing. */
    REPAIRED("repaired", "已修复");

    private final String key;
    private final String label;

    DocumentStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word document.json, the index and the API spell it with. */
    @JsonValue
    @Override
    public String key() {
        return key;
    }

    /** The status in Chinese, for people. */
    @Override
    public String label() {
        return label;
    }

    /** A scan none of whose pages could be read: no text, no tables, nothing to check. */
    public boolean unread() {
        return this == NO_TEXT_LAYER || this == OCR_UNAVAILABLE;
    }

    /** The status a word names; a word not among them is refused (the reader names the file). */
    @JsonCreator
    public static DocumentStatus of(String word) {
        return Word.ofKey(DocumentStatus.class, word).orElseThrow(() -> new IllegalArgumentException(
                "\"" + word + "\" is not a document status (" + Word.keys(DocumentStatus.class) + ")"));
    }

    @Override
    public String toString() {
        return key;
    }
}
