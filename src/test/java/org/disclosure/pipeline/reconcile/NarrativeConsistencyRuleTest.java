package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureFinder;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

class NarrativeConsistencyRuleTest {

    /** The narrative figures of one sentence, as the document model would list them. */
    private static List<Check> check(String sentence) {
        List<NarrativeFigure> figures = FigureFinder.find(sentence).stream()
                .filter(f -> f.kind() != org.disclosure.pipeline.figure.FigureKind.NUMBER)
                .map(f -> figure(f, sentence)).toList();
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, null), List.of(),
                List.of(), List.of(), List.of(), List.of(), figures);
        return new NarrativeConsistencyRule().check(document);
    }

    private static NarrativeFigure figure(Figure f, String sentence) {
        return new NarrativeFigure(f.text(), f.value(), f.unit(), f.kind().toString(), null, null, sentence, "一、说明", 3,
                List.of(new Box(0.0, 0.0, 1.0, 1.0)));
    }

    @Test
    void aChangeWhoseWordAndSignDisagreeFails() {
        assertThat(check("项目支出比上年增加-5万元。")).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(NarrativeConsistencyRule.DIRECTION);
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
        });
        assertThat(check("项目支出比上年减少5万元,增加3万元。")).isEmpty();
    }

    @Test
    void theSameThingGivenTwoAmountsInOneSentenceFails() {
        assertThat(check("基本支出100万元,主要用于人员,基本支出120万元。")).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(NarrativeConsistencyRule.REPEATED);
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
        });
        assertThat(check("基本支出100万元,主要用于人员,基本支出100万元。")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void thresholdsAndSeparateSentencesAreNoClaim() {
        assertThat(check("单位价值50万元以上大型设备0台(套),单位价值100万元以上大型设备0台(套)。")).isEmpty();
        assertThat(check("年初预算为54.53万元。年初预算为28.11万元。")).isEmpty();
    }

    @Test
    void amountsOfTwoYearsOrBeforeAndAfterAChangeAreNotOneFigureStatedTwice() {
        assertThat(check("2023年市级社会保险基金收入4574268万元,2024年市级社会保险基金收入5308631万元。")).isEmpty();
        assertThat(check("一般债务限额800亿元,调整为一般债务限额900亿元。")).isEmpty();
        assertThat(check("专项债券限额200亿元、一般债券限额100亿元,分别为专项债券限额300亿元。")).isEmpty();

    }

    @Test
    void anotherThingsAmountThatReadsTheSameIsNotTheLabelStatedTwice() {
        // each figure with the window of text the model keeps around it: the 0.7亿元 just before the
        // second 当年结余 is 支出总计's, not a second statement of 当年结余 (a scanned city report's two zones)
        List<NarrativeFigure> figures = List.of(
                window("0.7亿元", "0.7", "经开区收入1.2亿元,当年结余0.7亿元,高新区收入0.9亿元"),
                window("0.7亿元", "0.7", "高新区收入0.9亿元,支出总计0.7亿元,当年结余0.4亿元。"),
                window("0.4亿元", "0.4", "收入0.9亿元,支出总计0.7亿元,当年结余0.4亿元。"));
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, null), List.of(),
                List.of(), List.of(), List.of(), List.of(), figures);
        assertThat(new NarrativeConsistencyRule().check(document)).isEmpty();
    }

    private static NarrativeFigure window(String text, String value, String context) {
        return new NarrativeFigure(text, new java.math.BigDecimal(value), "亿元", "amount", null, null, context, "一、说明", 7,
                List.of(new Box(0.0, 0.0, 1.0, 1.0)));
    }
}
