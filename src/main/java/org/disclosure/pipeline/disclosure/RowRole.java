package org.disclosure.pipeline.disclosure;

import org.disclosure.pipeline.vocabulary.Word;

/** What a body row of a table is: document.json's {@code rowMeanings[].role}. */
public enum RowRole implements Word {
    /** 合计 or 总计. */
    TOTAL("total", "合计"),
    /** 小计. */
    SUBTOTAL("subtotal", "小计"),
    /** A row with a subject code or a figure. */
    ITEM("item", "科目"),
    /** A heading row such as 一、财政拨款收入 with nothing else. */
    LABEL("label", "标题");

    private final String key;
    private final String label;

    RowRole(String key, String label) {
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
}
