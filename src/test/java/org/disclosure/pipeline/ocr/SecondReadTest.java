package org.disclosure.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The choice between a figure's page read and its digits-only second read, without the engine. */
class SecondReadTest {

    @Test
    void onlyFiguresWithNothingButPunctuationAroundThemAreReadAgain() {
        assertThat(SecondRead.deserves("3%，", 33, 80)).as("low confidence").isTrue();
        assertThat(SecondRead.deserves("1O.5", 95, 80)).as("not a clean figure").isTrue();
        assertThat(SecondRead.deserves("9%%;", 95, 80)).as("two percent signs").isTrue();
        assertThat(SecondRead.deserves("36.6", 95, 80)).as("clean and sure").isFalse();
        assertThat(SecondRead.deserves("2023年", 40, 80)).as("glued to an ideograph, doubtful").isTrue();
        assertThat(SecondRead.deserves("增长9.3%", 95, 80)).as("glued, clean and sure").isFalse();
        assertThat(SecondRead.deserves("为l,234.56万元", 95, 80)).as("glued, not clean").isTrue();
        assertThat(SecondRead.deserves("2023年增长9.3%", 40, 80)).as("two figures in one word").isFalse();
        assertThat(SecondRead.deserves("第1、2项", 40, 80)).as("a list of figures").isFalse();
        assertThat(SecondRead.deserves("元，", 30, 80)).as("no digit").isFalse();
        assertThat(SecondRead.deserves("“5+2", 53, 80)).as("a name with a plus, which the digits-only read would make 5423").isFalse();
    }

    @Test
    void aFigureGluedToIdeographsKeepsThemAroundTheChosenCore() {
        assertThat(SecondRead.glued("增长9.3%")).isTrue();
        assertThat(SecondRead.glued("3%，")).isFalse();
        SecondRead.Choice agreed = SecondRead.choose("为1,2S4.56万元", 70, "1,254.56", 91);
        assertThat(agreed.agreed()).isTrue();
        assertThat(agreed.text()).isEqualTo("为1,254.56万元");
        assertThat(agreed.confidence()).isEqualTo(91);
        SecondRead.Choice disagreed = SecondRead.choose("增长9.8%", 60, "9.3%", 75);
        assertThat(disagreed.agreed()).isFalse();
        assertThat(disagreed.text()).isEqualTo("增长9.3%");
        assertThat(disagreed.confidence()).as("two readings that differ prove neither").isEqualTo(60);
    }

    @Test
    void theFigureInsideAWordIsWhatIsCompared() {
        assertThat(SecondRead.core("，2022")).isEqualTo("2022");
        assertThat(SecondRead.core("3%,，")).isEqualTo("3%");
        assertThat(SecondRead.core("-5.2")).isEqualTo("-5.2");
        assertThat(SecondRead.core("19.")).isEqualTo("19");
    }

    @Test
    void twoReadsOfTheSameFigureRaiseItsConfidenceAndKeepItsPunctuation() {
        SecondRead.Choice choice = SecondRead.choose("3%，", 33, "3%,", 92);
        assertThat(choice.agreed()).isTrue();
        assertThat(choice.text()).isEqualTo("3%，");
        assertThat(choice.confidence()).isEqualTo(92);
        assertThat(choice.changed()).isFalse();
    }

    @Test
    void lookAlikeLettersAreTheDigitsTheSecondReadSaw() {
        SecondRead.Choice choice = SecondRead.choose("1O.5", 60, "10.5", 90);
        assertThat(choice.agreed()).isTrue();
        assertThat(choice.text()).isEqualTo("10.5");
        assertThat(choice.confidence()).isEqualTo(90);
        assertThat(choice.first()).isEqualTo("1O.5");
        assertThat(choice.second()).isEqualTo("10.5");
    }

    @Test
    void whenTheReadsDisagreeACleanFigureWinsButStaysUncertain() {
        SecondRead.Choice choice = SecondRead.choose("9%%;", 51, "9%", 40);
        assertThat(choice.agreed()).isFalse();
        assertThat(choice.text()).isEqualTo("9%;");
        assertThat(choice.confidence()).isEqualTo(40);
    }

    @Test
    void betweenTwoCleanFiguresTheSurerWinsAtTheLowerConfidence() {
        SecondRead.Choice kept = SecondRead.choose("54.7", 91, "94.7", 50);
        assertThat(kept.text()).isEqualTo("54.7");
        assertThat(kept.confidence()).isEqualTo(50);
        SecondRead.Choice replaced = SecondRead.choose("8.7", 70, "3.1", 83);
        assertThat(replaced.text()).isEqualTo("3.1");
        assertThat(replaced.confidence()).isEqualTo(70);
    }

    @Test
    void aSecondReadThatLostOrGainedAnEdgeCharacterIsTheCropNotACorrection() {
        // seen on the Nanchang scan: the crop's margin cut off a leading digit, or took in a dash or a digit beside
        SecondRead.Choice lost = SecondRead.choose("71.9%，", 49.7, "1.9%,", 64);
        assertThat(lost.text()).isEqualTo("71.9%，");
        assertThat(lost.confidence()).isEqualTo(49.7);
        assertThat(SecondRead.choose("51.5", 47.2, "-51.5", 60).text()).isEqualTo("51.5");
        assertThat(SecondRead.choose("43.4", 62.3, "43.44", 70).text()).isEqualTo("43.4");
    }

    @Test
    void aSecondReadOfNothingLeavesTheFirst() {
        SecondRead.Choice choice = SecondRead.choose("5.", 87, ".", 0);
        assertThat(choice.text()).isEqualTo("5.");
        assertThat(choice.confidence()).isEqualTo(87);
        assertThat(SecondRead.choose("5.", 87, null, 0).text()).isEqualTo("5.");
    }

    @Test
    void aWordThatIsOnlyTheShapeOfAFigureIsReadAgain() {
        // a blurred 0.00 in a table cell, read as letters with a rule's remnant
        assertThat(SecondRead.deserves("ooo|", 91, 80)).isTrue();
        assertThat(SecondRead.deserves("O.OO", 91, 80)).isTrue();
        assertThat(SecondRead.deserves("|", 91, 80)).as("a lone rule remnant").isFalse();
        assertThat(SecondRead.deserves("Il", 91, 80)).as("no 0-like letter: a word, not a figure").isFalse();
        assertThat(SecondRead.deserves("Do元", 91, 80)).as("glued to an ideograph, no digit").isFalse();
    }

    @Test
    void aFigureIsUncertainWhenLowOrDisputedOrStillNotCleanWhateverItsConfidence() {
        assertThat(SecondRead.uncertain("36.6", 95, null, 80)).isFalse();
        assertThat(SecondRead.uncertain("36.6", 70, null, 80)).isTrue();
        assertThat(SecondRead.uncertain("137.71|", 95, null, 80)).as("not a clean figure").isTrue();
        assertThat(SecondRead.uncertain("ooo|", 95, null, 80)).as("a figure's shape, no digit").isTrue();
        assertThat(SecondRead.uncertain("元，", 30, null, 80)).as("no figure").isFalse();
        assertThat(SecondRead.uncertain("2023年", 95, null, 80)).as("glued, clean").isFalse();
        SecondRead.Choice disputed = SecondRead.choose("54.7", 91, "94.7", 88);
        assertThat(disputed.confidence()).isGreaterThan(80);
        assertThat(SecondRead.uncertain(disputed.text(), disputed.confidence(), disputed, 80))
                .as("two reads that differ, both sure").isTrue();
        SecondRead.Choice agreed = SecondRead.choose("1O.5", 60, "10.5", 90);
        assertThat(SecondRead.uncertain(agreed.text(), agreed.confidence(), agreed, 80)).isFalse();
    }

    @Test
    void aSpeckBesideAFigureInATableCellIsDropped() {
        assertThat(SecondRead.cellFigure("。780.79")).isEqualTo("780.79");
        assertThat(SecondRead.cellFigure("”780.79")).isEqualTo("780.79");
        assertThat(SecondRead.cellFigure("31.47,")).isEqualTo("31.47");
        assertThat(SecondRead.cellFigure("0.00.")).isEqualTo("0.00");
        assertThat(SecondRead.cellFigure("-5.20")).as("a sign is part of the figure").isEqualTo("-5.20");
        assertThat(SecondRead.cellFigure("||86.50|")).as("look-alikes around it: not clean, left as read").isEqualTo("||86.50|");
        assertThat(SecondRead.cellFigure("事务628.32")).as("ideographs: a label glued to it").isEqualTo("事务628.32");
        assertThat(SecondRead.cellFigure("，")).isEqualTo("，");
    }
}
