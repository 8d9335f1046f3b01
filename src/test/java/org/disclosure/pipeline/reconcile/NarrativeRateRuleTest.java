package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NarrativeRateRuleTest {

    private static final String TOTAL = "上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元。与2023年度相比，收入支出总计增加1062.85万元，增长12.08%";

    @Test
    void aChangeWhoseSentenceNamesAgainTheItemOfTheAmountBeforeIsOfThatAmount() {
        assertThat(NarrativeRateRule.restatedNext(TOTAL, "9859.38万元", "增加1062.85万元")).isTrue();
        assertThat(NarrativeRateRule.sameSentence(TOTAL, "9859.38万元", "增加1062.85万元")).isFalse();
    }

    @Test
    void aChangeOfBothTotalsAtOnceIsOfTheTotalBefore() {
        // income and expenditure named together in both sentences, compared with 上年 rather than a year by number
        String both = "2023年度收入、支出决算总计均为780.79万元。与上年相比，收、支总计各增加11.60万元，增长1.51%";
        assertThat(NarrativeRateRule.restatedNext(both, "780.79万元", "增加11.60万元")).isTrue();
        String budget = "本局2024年收入预算总计7,807,900.00元，支出预算总计7,807,900.00元。与上年相比，收、支预算总计各增加116,000.00元";
        assertThat(NarrativeRateRule.restatedNext(budget, "7,807,900.00元", "增加116,000.00元")).isTrue();
        // a joint total of another kind than the amount before is not restated
        assertThat(NarrativeRateRule.restatedNext(budget.replace("收、支预算总计各", "收、支决算总计各"),
                "7,807,900.00元", "增加116,000.00元")).isFalse();
        assertThat(NarrativeRateRule.restatedNext(both.replace("收、支总计各", "基本支出"), "780.79万元", "增加11.60万元")).isFalse();
    }

    @Test
    void aChangeOfAnotherItemIsNot() {
        // the sentence goes on about 项目支出, not the 收入支出总计 the amount is of
        assertThat(NarrativeRateRule.restatedNext(TOTAL.replace("，收入支出总计增加", "，项目支出增加"),
                "9859.38万元", "增加1062.85万元")).isFalse();
        // no comparison with another year opens it
        assertThat(NarrativeRateRule.restatedNext(TOTAL.replace("与2023年度相比，", "其中"),
                "9859.38万元", "增加1062.85万元")).isFalse();
    }
}
