package org.disclosure.pipeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureParserTest {

    private static Figure figure(String printed) {
        Reading reading = FigureParser.parse(printed);
        assertThat(reading).as(printed).isInstanceOf(Figure.class);
        return (Figure) reading;
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            // spaces inserted anywhere by extraction
            "1, 089. 40|1089.40",
            "1346. 16|1346.16",
            "6 9 8 1 . 2 0|6981.20",
            // thousands separators, full-width forms
            "96,282,213.44|96282213.44",
            "96，282，213.44|96282213.44",
            "１２３．４５|123.45",
            "12３.4５|123.45",
            "⑤|5",
            // zero is a value, with its printed scale
            "0.00|0.00",
            "0|0",
            "157|157",
            // negatives
            "-12.5|-12.5",
            "－12.5|-12.5",
            "(12.50)|-12.50",
            "（12.50）|-12.50",
            "−3|-3",
    })
    void bareNumbersReadExactlyWithTheirPrintedScale(String printed, String expected) {
        Figure f = figure(printed);
        assertThat(f.value()).isEqualByComparingTo(expected);
        assertThat(f.value().scale()).isEqualTo(new BigDecimal(expected).scale());
        assertThat(f.kind()).isEqualTo(FigureKind.NUMBER);
        assertThat(f.unit()).isNull();
        assertThat(f.relation()).isEqualTo(Relation.NONE);
        assertThat(f.text()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\u3000", "\t"})
    void emptyIsBlankNotZero(String printed) {
        assertThat(FigureParser.parse(printed)).isInstanceOf(Reading.Blank.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-", "—", "－", "/", "——", "--"})
    void dashIsNoneAndToldApartFromBlank(String printed) {
        assertThat(FigureParser.parse(printed)).isEqualTo(new Reading.Placeholder(printed));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "89.56%|89.56|%|PERCENT|NONE",
            "7. 73 %|7.73|%|PERCENT|NONE",
            "89.56％|89.56|%|PERCENT|NONE",
            "=100%|100|%|PERCENT|EQ",
            "≥95%|95|%|PERCENT|GE",
            "≪5%|5|%|PERCENT|LE",
            "增长7.73%|7.73|%|CHANGE|NONE",
            "下降9.77%|-9.77|%|CHANGE|NONE",
            "增加96.54万元|96.54|万元|CHANGE|NONE",
            "减少17万元|-17|万元|CHANGE|NONE",
            "≥2138人|2138|人|COUNT|GE",
            "≤0.03万元/人|0.03|万元/人|RATIO|LE",
            "=106 平方米|106|平方米|COUNT|EQ",
            "≤180 元/天/人|180|元/天/人|RATIO|LE",
            "≤24 小时|24|小时|COUNT|LE",
            "≥1117 条|1117|条|COUNT|GE",
            "=1 套|1|套|COUNT|EQ",
            "≤0.15万元/月|0.15|万元/月|RATIO|LE",
            "0台(套)|0|台(套)|COUNT|NONE",
            "0台（套）|0|台(套)|COUNT|NONE",
            "12 辆|12|辆|COUNT|NONE",
            "1503.16万元|1503.16|万元|AMOUNT|NONE",
            "2000元/次|2000|元/次|RATIO|NONE",
            "489.11 万元|489.11|万元|AMOUNT|NONE",
            "1.2亿元|1.2|亿元|AMOUNT|NONE",
            "3千元|3|千元|AMOUNT|NONE",
    })
    void figuresWithUnitsComparatorsAndChanges(String printed, String value, String unit, FigureKind kind, Relation relation) {
        Figure f = figure(printed);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.relation()).isEqualTo(relation);
        assertThat(f.approximate()).isFalse();
    }

    @Test
    void moneyUnitsCarryTheirScaleToYuan() {
        assertThat(figure("1503.16万元").toYuan()).isEqualByComparingTo("15031600");
        assertThat(figure("1.2亿元").toYuan()).isEqualByComparingTo("120000000");
        assertThat(figure("3千元").scaleToYuan()).isEqualByComparingTo("1000");
        assertThat(figure("96,282,213.44元").toYuan()).isEqualByComparingTo("96282213.44");
        assertThat(figure("≤0.03万元/人").toYuan()).isEqualByComparingTo("300");
        assertThat(figure("≥2138人").toYuan()).isNull();
        assertThat(figure("89.56%").isMoney()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is approximately {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "4余次|4|次",
            "110余人|110|人",
            "约4.8万元|4.8|万元",
            "1117余条|1117|条",
            "100多人|100|人",
            "约2000人左右|2000|人",
    })
    void approximationsAreFlagged(String printed, String value, String unit) {
        Figure f = figure(printed);
        assertThat(f.approximate()).isTrue();
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
            "一千二百|1200",
            "两千|2000",
            "十二|12",
            "十|10",
            "一百零五|105",
            "三万五千|35000",
            "壹佰贰拾|120",
            "一亿二千万|120000000",
            "二〇二二|2022",
            "1.2亿|120000000",
            "3万|30000",
    })
    void chineseNumeralsAndMultipliers(String printed, String value) {
        Figure f = figure(printed);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.kind()).isEqualTo(FigureKind.NUMBER);
    }

    @Test
    void chineseNumeralsWithUnits() {
        assertThat(figure("两千万元").value()).isEqualByComparingTo("2000");
        assertThat(figure("两千万元").unit()).isEqualTo("万元");
        assertThat(figure("十二人").value()).isEqualByComparingTo("12");
        assertThat(figure("3万人").value()).isEqualByComparingTo("30000");
        assertThat(figure("3万人").unit()).isEqualTo("人");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "一般公共服务支出|not a number",
            "好|not a number",
            "合 计|not a number",
            "%|not a number",
            "1089,40|commas do not group thousands",
            "12,34.5|commas do not group thousands",
            "1.2.3|more than one decimal point",
            "16号文件|not a figure with a known unit",
            "十十|not a well-formed Chinese numeral",
            "三四十|not a well-formed Chinese numeral",
    })
    void whatIsNotAFigureSaysWhy(String printed, String reason) {
        Reading reading = FigureParser.parse(printed);
        assertThat(reading).isInstanceOf(Reading.NotAFigure.class);
        assertThat(((Reading.NotAFigure) reading).reason()).startsWith(reason);
    }
}
