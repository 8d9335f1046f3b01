package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

/**
 * narrative.untied-amounts names each amount once by the words of its own clause, not by the whole
 * sentence, which for amounts near each other repeated the same eighty characters again and again.
 */
class UntiedAmountsMessageTest {

    private static final String SENTENCE = "上海市普陀区某街道办事处本部门2024年收入预算合计7,563,640.13元，其中财政拨款收入6,000,000.00元，"
            + "事业收入1,563,640.13元，比上年增加120,000.00元。";

    private static NarrativeFigure figure(String text) {
        return figure(SENTENCE, text, 0);
    }

    /** The {@code occurrence}-th {@code text} of {@code sentence}, with the context the narrative reader keeps around it. */
    private static NarrativeFigure figure(String sentence, String text, int occurrence) {
        int at = sentence.indexOf(text);
        for (int n = 0; n < occurrence; n++) {
            at = sentence.indexOf(text, at + 1);
        }
        String context = sentence.substring(Math.max(0, at - NarrativeFigure.CONTEXT_REACH),
                Math.min(sentence.length(), at + text.length() + NarrativeFigure.CONTEXT_REACH));
        return new NarrativeFigure(text, new BigDecimal(text.replaceAll("[^0-9.]", "")), "元", "amount", null, null,
                context, null, 3, List.of(new Box(90.0, 100.0, 160.0, 112.0)));
    }

    @Test
    void anAmountIsLabelledByItsOwnClause() {
        assertThat(NarrativeCellRule.label(figure("6,000,000.00元"))).isEqualTo("其中财政拨款收入6,000,000.00元");
        assertThat(NarrativeCellRule.label(figure("120,000.00元"))).isEqualTo("比上年增加120,000.00元");
    }

    @Test
    void aLongClauseIsCutToItsLastWordsBeforeTheAmount() {
        assertThat(NarrativeCellRule.label(figure("7,563,640.13元"))).isEqualTo("…市普陀区某街道办事处本部门2024年收入预算合计7,563,640.13元")
                .hasSizeLessThan(40);
    }

    @Test
    void twoAmountsThatReadTheSameAreEachLabelledByTheirOwnClause() {
        String sentence = "一、收支预算总体情况上海市普陀区文化旅游局2024年收入预算总计780.79万元，支出预算总计780.79万元。";
        NarrativeFigure income = figure(sentence, "780.79万元", 0);
        NarrativeFigure spending = figure(sentence, "780.79万元", 1);
        assertThat(NarrativeCellRule.untied(List.of(income, spending)).message())
                .contains("第3页「…情况上海市普陀区文化旅游局2024年收入预算总计780.79万元」；第3页「支出预算总计780.79万元」；");
    }

    @Test
    void theMessageListsEachAmountOnceWithoutRepeatingTheSentence() {
        List<NarrativeFigure> figures = List.of(figure("7,563,640.13元"), figure("6,000,000.00元"),
                figure("1,563,640.13元"), figure("120,000.00元"));
        Check check = NarrativeCellRule.untied(figures);
        assertThat(check.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(check.message()).startsWith("文中有 4 处金额")
                .contains("第3页「…市普陀区某街道办事处本部门2024年收入预算合计7,563,640.13元」；第3页「其中财政拨款收入6,000,000.00元」；"
                        + "第3页「事业收入1,563,640.13元」；第3页「比上年增加120,000.00元」；")
                .doesNotContain("比上年增加120,000.00元。");
        assertThat(check.refs()).hasSize(4);
    }
}
