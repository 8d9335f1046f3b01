package org.disclosure.pipeline.figure;

/** What a figure measures. */
public enum FigureKind {
    /** Money, with a currency unit (元, 万元 ...). */
    AMOUNT,
    /** A quantity of something counted or measured (人, 次, 平方米, 小时 ...). */
    COUNT,
    /** A share or rate (89.56%). */
    PERCENT,
    /** A change against another figure, signed: 增长7.73% is +7.73, 减少17万元 is -17. */
    CHANGE,
    /** Per something: 0.03万元/人, 180元/天/人. */
    RATIO,
    /** A bare number whose unit only its context gives (a table cell under 单位: 万元). */
    NUMBER;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
