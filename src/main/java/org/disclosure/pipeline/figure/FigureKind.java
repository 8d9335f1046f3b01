package org.disclosure.pipeline.figure;

import java.util.Locale;

import org.disclosure.pipeline.vocabulary.Word;

/** What a figure measures; document.json spells it by its key (amount, count, percent …). */
public enum FigureKind implements Word {
    /** Money, with a currency unit (元, 万元 ...). */
    AMOUNT("金额"),
    /** A quantity of something counted or measured (人, 次, 平方米, 小时 ...). */
    COUNT("数量"),
    /** A share or rate (89.56%). */
    PERCENT("比率"),
    /** A change against another figure, signed: 增长7.73% is +7.73, 减少17万元 is -17. */
    CHANGE("增减"),
    /** Per something: 0.03万元/人, 180元/天/人. */
    RATIO("单位量"),
    /** A bare number whose unit only its context gives (a table cell under 单位: 万元). */
    NUMBER("数字");

    private final String label;

    FigureKind(String label) {
        this.label = label;
    }

    /** The key document.json carries: the name in lower case. */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
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
