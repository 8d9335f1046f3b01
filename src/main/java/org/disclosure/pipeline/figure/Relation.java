package org.disclosure.pipeline.figure;

/** How a target relates to its figure: ≥2138人 is at least 2138. NONE when no sign was printed. */
public enum Relation {
    NONE(""), EQ("="), GE("≥"), LE("≤"), GT(">"), LT("<");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The relation a printed sign stands for; ≪ (much less than) is read as ≤, as disclosures mean it. */
    static Relation of(String sign) {
        return switch (sign) {
            case "≥", "≧", ">=", "⩾" -> GE;
            case "≤", "≦", "<=", "⩽", "≪" -> LE;
            case ">" -> GT;
            case "<" -> LT;
            case "=", "＝" -> EQ;
            default -> NONE;
        };
    }
}
