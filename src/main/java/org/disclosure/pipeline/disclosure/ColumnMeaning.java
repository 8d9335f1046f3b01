package org.disclosure.pipeline.disclosure;

import java.util.Arrays;

import org.disclosure.pipeline.vocabulary.Word;

/**
 * What a table column holds. document.json's {@code columnMeanings} spell a column as one key
 * ({@code total}) or as a path of keys from the part to the figure ({@code vehicles/total},
 * {@code overseas-trips/final}).
 */
public enum ColumnMeaning implements Word {
    OVERSEAS_TRIPS("overseas-trips", "因公出国（境）费"),
    VEHICLES("vehicles", "公务用车购置及运行费"),
    VEHICLE_PURCHASE("vehicle-purchase", "公务用车购置费"),
    VEHICLE_OPERATION("vehicle-operation", "公务用车运行费"),
    RECEPTION("reception", "公务接待费"),
    OPERATING_COSTS("operating-costs", "机关运行经费"),
    BASIC("basic", "基本支出"),
    PROJECT("project", "项目支出"),
    PERSONNEL("personnel", "人员经费"),
    PUBLIC_USE("public-use", "公用经费"),
    GENERAL_PUBLIC_BUDGET("general-public-budget", "一般公共预算"),
    GOVERNMENT_FUND("government-fund", "政府性基金预算"),
    STATE_CAPITAL("state-capital", "国有资本经营预算"),
    FISCAL_APPROPRIATION("fiscal-appropriation", "财政拨款"),
    PREVIOUS_YEAR("previous-year", "上年数"),
    FINAL("final", "决算数"),
    BUDGET("budget", "预算数"),
    OPENING_BALANCE("opening-balance", "年初结转和结余"),
    CLOSING_BALANCE("closing-balance", "年末结转和结余"),
    TOTAL("total", "合计"),
    NAME("name", "名称"),
    INCOME("income", "收入"),
    EXPENDITURE("expenditure", "支出"),
    CODE("code", "科目编码"),
    CODE_CLASS("code.class", "类"),
    CODE_SECTION("code.section", "款"),
    CODE_ITEM("code.item", "项");

    /** Separates the keys of a meaning that is a path (vehicles/total). */
    public static final String PATH_SEPARATOR = "/";

    private final String key;
    private final String label;

    ColumnMeaning(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key document.json and the catalogues spell it with. */
    @Override
    public String key() {
        return key;
    }

    /** The header words a table prints for it. */
    @Override
    public String label() {
        return label;
    }

    /** This meaning as a part's: TOTAL.under(VEHICLES) is "vehicles/total". */
    public String under(ColumnMeaning part) {
        return part.key + PATH_SEPARATOR + key;
    }


    /** Whether every key of a meaning (one key or a path of keys) is a known column meaning. */
    public static boolean isMeaning(String meaning) {
        return meaning != null && !meaning.isEmpty()
                && Arrays.stream(meaning.split(PATH_SEPARATOR, -1)).allMatch(key -> Word.ofKey(ColumnMeaning.class, key).isPresent());
    }

}
