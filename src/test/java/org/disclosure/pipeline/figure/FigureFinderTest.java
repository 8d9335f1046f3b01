package org.disclosure.pipeline.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class FigureFinderTest {

    @Test
    void everyFigureOfANarrativeSentenceWithItsMeaningAndSpan() {
        String sentence = "基本支出1346.16万元,占89.56%,比上年预算增加96.54万元,增长7.73%,主要原因是人员工资增加。";
        List<Figure> figures = FigureFinder.find(sentence);
        assertThat(figures).extracting(f -> f.value().toPlainString(), Figure::unit, Figure::kind)
                .containsExactly(
                        tuple("1346.16", "万元", FigureKind.AMOUNT),
                        tuple("89.56", "%", FigureKind.PERCENT),
                        tuple("96.54", "万元", FigureKind.CHANGE),
                        tuple("7.73", "%", FigureKind.CHANGE));
        for (Figure f : figures) {
            assertThat(sentence.substring(f.start(), f.end())).isEqualTo(f.text());
        }
        assertThat(figures.get(0).text()).isEqualTo("1346.16万元");
        assertThat(figures.get(2).text()).isEqualTo("增加96.54万元");
    }

    @Test
    void decreasesAreNegativeAndSpacedDigitsJoin() {
        List<Figure> figures = FigureFinder.find("项目支出 157 万元,比上年预算减少 17 万元,下降 9. 77%。一般公共预算 1503. 16 万元,增长 5. 59%");
        assertThat(figures).extracting(f -> f.value().toPlainString())
                .containsExactly("157", "-17", "-9.77", "1503.16", "5.59");
    }

    @Test
    void datesNumberingAndWordsWithNumeralsAreNotFigures() {
        String text = "2022年1月-2022年12月,(2)负责会议;1、项目名称;一般公共服务支出;第一部分;二、收入预算";
        assertThat(FigureFinder.find(text)).isEmpty();
    }

    @Test
    void countsTargetsAndApproximationsInText() {
        List<Figure> figures = FigureFinder.find(
                "用于采编上报政务信息条数1117余条,重要事项实地督导57余次;慰问困难群众110余人,每人2000元/次;车辆 12 辆,价值 489.11 万元;系统正常使用年限≥3 年");
        assertThat(figures).extracting(f -> f.value().toPlainString(), Figure::unit, Figure::approximate, Figure::relation)
                .containsExactly(
                        tuple("1117", "条", true, Relation.NONE),
                        tuple("57", "次", true, Relation.NONE),
                        tuple("110", "人", true, Relation.NONE),
                        tuple("2000", "元/次", false, Relation.NONE),
                        tuple("12", "辆", false, Relation.NONE),
                        tuple("489.11", "万元", false, Relation.NONE),
                        tuple("3", "年", false, Relation.GE));
    }

    @Test
    void chineseNumeralsCountOnlyWithAUnit() {
        List<Figure> figures = FigureFinder.find("下设十二个科室,接待两千人次,一般性支出");
        assertThat(figures).extracting(f -> f.value().toPlainString(), Figure::unit)
                .containsExactly(tuple("12", "个"), tuple("2000", "人次"));
    }

    @Test
    void tableOfContentsNumberingBeforeAYearIsNotADecimal() {
        assertThat(FigureFinder.find("1. 2026年部门财务收支预算总表 ……… 4．2026年部门支出预算总表")).isEmpty();
    }

    @Test
    void percentagePointsAreARateChange() {
        Figure f = FigureFinder.find("占一般公共预算支出的81%，相较去年提升1.8个百分点。").get(1);
        assertThat(f.value()).isEqualByComparingTo("1.8");
        assertThat(f.unit()).isEqualTo("个百分点");
        assertThat(f.kind()).isEqualTo(FigureKind.CHANGE);
    }

    @Test
    void fullWidthTextKeepsItsPositions() {
        String text = "合计：１，５０３．１６万元";
        Figure f = FigureFinder.find(text).get(0);
        assertThat(f.value()).isEqualByComparingTo("1503.16");
        assertThat(text.substring(f.start(), f.end())).isEqualTo("１，５０３．１６万元");
    }
}
