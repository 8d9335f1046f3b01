package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureFinder;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

class ComparisonRuleTest {

    /** The checks of one page of prose. */
    private static List<Check> check(String text) {
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, null),
                List.of(new DisclosurePage(7, text, true, null)), List.of(), List.of(), List.of(), List.of(), List.of());
        return new ComparisonRule().check(document);
    }

    private static List<CheckStatus> statuses(String text) {
        return check(text).stream().map(Check::status).toList();
    }

    @Test
    void aComparativeThatTheFiguresContradictFails() {
        assertThat(check("行政运行(项)年初预算为56.20万元，支出决算为55.90万元，决算数大于预算数。")).singleElement()
                .satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(ComparisonRule.ID);
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.message()).contains("第7页").contains("55.90万元小于56.20万元").contains("“大于”");
                    assertThat(c.refs()).extracting(CheckRef::text).containsExactly("55.90万元", "56.20万元");
                });
        assertThat(statuses("行政运行(项)年初预算为56.20万元，支出决算为55.90万元，决算数小于预算数。"))
                .containsExactly(CheckStatus.PASS);
        assertThat(statuses("支出决算为55.90万元，大于年初预算56.20万元。")).containsExactly(CheckStatus.FAIL);
        assertThat(statuses("年初预算为56.20万元，支出决算为56.20万元，决算数与预算数持平。")).containsExactly(CheckStatus.PASS);
    }

    @Test
    void aChangeIsReckonedFromTheFigureTheSentenceComparesWith() {
        // the base is the budget the sentence names, not last year's figure
        assertThat(statuses("决算数为430万元，比预算数500万元减少70万元，下降14%。"))
                .containsExactly(CheckStatus.PASS, CheckStatus.PASS);
        assertThat(check("决算数为430万元，比预算数500万元增加70万元，增长14%。")).hasSize(2)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        assertThat(check("决算数为430万元，比预算数500万元减少60万元，下降12%。")).hasSize(2)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        // a rate printed to fewer decimals, cut rather than rounded: rounding
        assertThat(statuses("决算数为1346.16万元，较上年决算数1249.62万元增加96.54万元，增长7.72%。"))
                .containsExactly(CheckStatus.PASS, CheckStatus.WARN);
    }

    @Test
    void aBaseNamedByItsYearIsTheAmountThatYearLabels() {
        // 比2023年预算执行数: the base is the amount labelled 2023年…执行数, the change runs to the other
        String grew = "2023年当年预算执行数为389.59万元，2024年预算安排421.23万元，比2023年预算执行数";
        assertThat(statuses(grew + "增加8.12%。")).containsExactly(CheckStatus.PASS);
        assertThat(check(grew + "减少8.12%。")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.message()).contains("421.23万元比389.59万元多").contains("减少8.12%");
        });
        assertThat(check(grew + "增加8.21%。")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        // 比上年预算 names neither amount of the sentence: nothing is read
        assertThat(check("一般公共预算拨款合计1503.16万元，其中：基本支出1346.16万元，比上年预算增加96.54万元。")).isEmpty();
    }

    @Test
    void aFigurePrintedTwiceOnThePageIsLocatedInItsOwnSentence() {
        // item 9 repeats item 8's rate: the finding must outline item 9's 增加17.66%, not the first on the page
        String first = "2025年当年预算执行数为156.34万元，2026年预算安排183.95万元，比2025年预算执行数增加17.66%。";
        String second = "2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，比2025年预算执行数增加17.66%。";
        List<NarrativeFigure> printed = List.of(
                rate(first, new Box(604.47, 184.37, 665.46, 197.71)), rate(second, new Box(568.47, 234.37, 629.46, 247.71)));
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2026, null),
                List.of(new DisclosurePage(9, first + "\n" + second, true, null)), List.of(), List.of(), List.of(), List.of(),
                printed);
        assertThat(new ComparisonRule().check(document)).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement()
                .satisfies(c -> assertThat(c.refs()).filteredOn(r -> "增加17.66%".equals(r.text())).singleElement()
                        .satisfies(r -> assertThat(r.bbox()).isEqualTo(new Box(568.47, 234.37, 629.46, 247.71))));
    }

    private static NarrativeFigure rate(String sentence, Box box) {
        return new NarrativeFigure("增加17.66%", new java.math.BigDecimal("17.66"), "%", FigureKind.CHANGE.key(), null, null,
                sentence, null, 9, List.of(box));
    }

    @Test
    void sentencesWhoseAmountsCannotBeToldApartAreNotRead() {
        // the change after 主要是 is of something else; 比上年 names no amount; a list has no comparative
        assertThat(check("收入预算1000万元，比上年预算800万元增加200万元，主要是人员经费增加50万元。"))
                .extracting(Check::status).containsExactly(CheckStatus.PASS);
        assertThat(check("项目支出157万元，比上年减少17万元，下降9.77%。")).isEmpty();
        assertThat(check("新增一般债券20亿元、专项债券80亿元，债务限额由2000亿元调整为2100亿元。")).isEmpty();
        assertThat(check("基本支出1346.16万元，项目支出157万元，其中等于或大于50万元的项目3个。")).isEmpty();
    }

    @Test
    void aComparativeInTheNextSentenceComparesThePreviousSentencesAmounts() {
        String text = "年初预算为452.40万元，支出决算为446.11万元，完成年初预算的98.61%。决算数{比较}预算数的主要原因：机构改革。";
        assertThat(statuses(text.replace("{比较}", "小于"))).containsExactly(CheckStatus.PASS, CheckStatus.PASS);
        assertThat(check(text.replace("{比较}", "大于"))).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("446.11万元小于452.40万元").contains("“大于”"));
    }

    @Test
    void aCompletionRateIsTheOutturnOverTheBudget() {
        assertThat(check("年初预算为452.40万元，支出决算为446.11万元，完成年初预算的89.61%。")).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.expected()).isEqualByComparingTo("98.61");
                });
        // the rate of a part whose own budget the sentence does not give
        assertThat(check("市级一般公共预算支出5606.0亿元,其中:地方财力安排的支出4777.5亿元,完成调整预算的100.0%。")).isEmpty();
        // 95.457…% printed cut to 95.45%: rounding
        assertThat(statuses("年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.45%。"))
                .containsExactly(CheckStatus.WARN);
    }

    @Test
    void theRateRuleLeavesAChangeFromAnAmountTheSentenceComparesWithToThisRule() {
        String sentence = "决算数为430万元，比预算数500万元减少70万元，下降14%。";
        List<Figure> found = FigureFinder.find(sentence).stream().filter(f -> f.kind() != FigureKind.NUMBER).toList();
        List<NarrativeFigure> figures = found.stream().map(f -> new NarrativeFigure(f.text(), f.value(), f.unit(),
                f.kind().toString(), null, null, sentence, "一、说明", 7, List.of(new Box(0.0, 0.0, 1.0, 1.0)))).toList();
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, null), List.of(),
                List.of(), List.of(), List.of(), List.of(), figures);
        assertThat(new NarrativeRateRule().check(document)).isEmpty();
    }
}
