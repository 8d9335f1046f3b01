package org.disclosure.pipeline.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellFigureParserTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "1, 089. 40|1089.40",
            "1346. 16|1346.16",
            "6 9 8 1 . 2 0|6981.20",
            "96,282,213.44|96282213.44",
            "96，282，213.44|96282213.44",
            "１２３．４５|123.45",
            "157|157",
            "0.00|0.00",
            "0|0",
            "-12.5|-12.5",
            "－12.5|-12.5",
            "(12.50)|-12.50",
            "（12.50）|-12.50",
            "+3|3",
    })
    void readsPrintedNumbersExactly(String printed, String expected) {
        CellReading reading = CellFigureParser.read(printed);
        assertThat(reading).isInstanceOf(CellReading.Number.class);
        BigDecimal value = ((CellReading.Number) reading).value();
        assertThat(value).isEqualByComparingTo(expected);
        // the printed scale is kept: 0.00 stays two decimals
        assertThat(value.scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @Test
    void percentageKeepsItsValueAndSaysSo() {
        CellReading reading = CellFigureParser.read("7. 73 %");
        assertThat(reading).isEqualTo(new CellReading.Number(new BigDecimal("7.73"), true));
        assertThat(CellFigureParser.read("89.56％")).isEqualTo(new CellReading.Number(new BigDecimal("89.56"), true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t"})
    void emptyCellIsBlankNotZero(String printed) {
        assertThat(CellFigureParser.read(printed)).isInstanceOf(CellReading.Blank.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "—", "－", "/", "——", "--"})
    void dashIsNoneAndToldApartFromBlank(String printed) {
        assertThat(CellFigureParser.read(printed)).isInstanceOf(CellReading.Placeholder.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"一般公共服务支出", "1089,40", "12,34.5", "1.2.3", "合 计", "≥2138人", "%"})
    void textAndMalformedNumbersAreNotFigures(String printed) {
        CellReading reading = CellFigureParser.read(printed);
        assertThat(reading).isInstanceOf(CellReading.NotAFigure.class);
        assertThat(((CellReading.NotAFigure) reading).reason()).contains(printed.strip());
    }
}
