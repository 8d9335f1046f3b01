package org.disclosure.pipeline.archive;

import org.disclosure.pipeline.vocabulary.Word;

/** The stage an error.json says a document failed in; every stage names itself by one of these. */
public enum StageName implements Word {
    RECEIVE("接收"),
    DEDUPLICATE("查重"),
    EXTRACT("提取"),
    RECONCILE("核对"),
    REPORT("报告"),
    ARCHIVE("归档"),
    CLAIM("认领"),
    /** A failure outside any stage's own handling, or an error record that could not be read. */
    UNKNOWN("未知");

    private final String label;

    StageName(String label) {
        this.label = label;
    }

    /** The key error.json carries: the name in lower case. */
    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return key();
    }
}
