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
    void aChangeOfAnotherItemIsNot() {
        // the sentence goes on about 项目支出, not the 收入支出总计 the amount is of
        assertThat(NarrativeRateRule.restatedNext(TOTAL.replace("，收入支出总计增加", "，项目支出增加"),
                "9859.38万元", "增加1062.85万元")).isFalse();
        // no comparison with another year opens it
        assertThat(NarrativeRateRule.restatedNext(TOTAL.replace("与2023年度相比，", "其中"),
                "9859.38万元", "增加1062.85万元")).isFalse();
    }
}
