package org.disclosure.pipeline.disclosure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosure.pipeline.vocabulary.Word;

/**
 * The kinds of standard disclosure table (catalogue/standard-tables.json's {@code kind}, and
 * document.json's {@code standard.kind}), each with the national template's name.
 */
public enum StandardKind implements Word {
    BUDGET_OVERVIEW("budget.overview", "收支总体情况表"),
    BUDGET_INCOME("budget.income", "收入总体情况表"),
    BUDGET_EXPENDITURE("budget.expenditure", "支出总体情况表"),
    BUDGET_FISCAL_OVERVIEW("budget.fiscal-overview", "财政拨款收支总体情况表"),
    BUDGET_GENERAL_PUBLIC("budget.general-public", "一般公共预算支出情况表"),
    BUDGET_GENERAL_PUBLIC_BASIC("budget.general-public-basic", "一般公共预算基本支出情况表"),
    BUDGET_GENERAL_PUBLIC_PROJECT("budget.general-public-project", "一般公共预算项目支出情况表"),
    BUDGET_THREE_PUBLIC("budget.three-public", "一般公共预算\"三公\"经费支出情况表"),
    BUDGET_GOVERNMENT_FUND("budget.government-fund", "政府性基金预算支出情况表"),
    BUDGET_STATE_CAPITAL("budget.state-capital", "国有资本经营预算支出情况表"),
    BUDGET_PERFORMANCE_TARGETS("budget.performance-targets", "项目支出绩效目标表"),
    FINAL_OVERVIEW("final.overview", "收入支出决算总表"),
    FINAL_INCOME("final.income", "收入决算表"),
    FINAL_EXPENDITURE("final.expenditure", "支出决算表"),
    FINAL_FISCAL_OVERVIEW("final.fiscal-overview", "财政拨款收入支出决算总表"),
    FINAL_GENERAL_PUBLIC("final.general-public", "一般公共预算财政拨款支出决算表"),
    FINAL_GENERAL_PUBLIC_BASIC("final.general-public-basic", "一般公共预算财政拨款基本支出决算表"),
    FINAL_GENERAL_PUBLIC_PROJECT("final.general-public-project", "一般公共预算财政拨款项目支出决算表"),
    FINAL_THREE_PUBLIC("final.three-public", "财政拨款\"三公\"经费支出决算表"),
    FINAL_GOVERNMENT_FUND("final.government-fund", "政府性基金预算财政拨款收入支出决算表"),
    FINAL_STATE_CAPITAL("final.state-capital", "国有资本经营预算财政拨款收入支出决算表"),
    FINAL_OPERATING_COSTS("final.operating-costs", "机关运行经费支出决算表"),
    FINAL_PROCUREMENT("final.procurement", "政府采购情况表");

    private static final String FINAL_ACCOUNTS = "final.";

    private final String key;
    private final String label;

    StandardKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The stable id, such as budget.overview. */
    @Override
    @JsonValue
    public String key() {
        return key;
    }

    /** The national template's name. */
    @Override
    public String label() {
        return label;
    }

    /** A table of final accounts (决算) rather than of a budget (预算). */
    public boolean forFinalAccounts() {
        return key.startsWith(FINAL_ACCOUNTS);
    }

    /** An overview (收支总表): income listed on one side, expenditure on the other, each side adding up to its total. */
    public boolean isOverview() {
        return this == BUDGET_OVERVIEW || this == BUDGET_FISCAL_OVERVIEW || this == FINAL_OVERVIEW
                || this == FINAL_FISCAL_OVERVIEW;
    }

    /** Whether a classification's kind is an overview's (see {@link #isOverview()}). */
    public static boolean isOverview(String kindKey) {
        return Word.ofKey(StandardKind.class, kindKey).map(StandardKind::isOverview).orElse(false);
    }

    /** Whether a classification's kind is this one. */
    public boolean is(String kindKey) {
        return key.equals(kindKey);
    }

    @JsonCreator
    static StandardKind fromKey(String key) {
        return Word.ofKey(StandardKind.class, key).orElseThrow(() -> new IllegalArgumentException("not a standard table kind: " + key));
    }

}
