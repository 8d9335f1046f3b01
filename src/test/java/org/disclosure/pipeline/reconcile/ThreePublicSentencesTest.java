package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.fixtures.WholeDisclosureSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 三公 sentences against the 三公 table by column meaning, where a whole generated disclosure does not
 * show it: a table without a 合计 column (the sentence's total is the sum of the items), and a cell OCR read
 * with low confidence (the tie proves nothing either way).
 */
class ThreePublicSentencesTest {

    private static final String TABLE_HEADER = "合计{r2}\t因公出国(境)费{r2}\t公务用车购置及运行费{c3}\t公务接待费{r2}";
    private static final String TABLE_ROW = "5.70\t0.00\t4.20\t0.00\t4.20\t1.50";

    @TempDir
    Path folder;

    private DisclosureDocument document(WholeDisclosure disclosure, UnaryOperator<String> defect) throws Exception {
        return Samples.modelledText(defect.apply(WholeDisclosureSpec.of(disclosure)), folder);
    }

    /** The Xinjiang budget's 三公 table printed without its 合计 column. */
    private static String withoutTotalColumn(String spec) {
        String header = TABLE_HEADER.substring(TABLE_HEADER.indexOf('\t') + 1);
        String row = TABLE_ROW.substring(TABLE_ROW.indexOf('\t') + 1);
        String table = spec.substring(spec.indexOf("title: 单位一般公共预算“三公”经费支出情况表"));
        String changed = table.replaceFirst("widths: 70 80 70 70 70 70", "widths: 80 70 70 70 70")
                .replaceFirst(java.util.regex.Pattern.quote(TABLE_HEADER), header)
                .replaceFirst(java.util.regex.Pattern.quote(TABLE_ROW), row);
        assertThat(changed).isNotEqualTo(table).contains(header).doesNotContain(TABLE_ROW);
        return spec.substring(0, spec.length() - table.length()) + changed;
    }

    private static List<Check> totalTies(List<Check> checks) {
        return checks.stream().filter(c -> c.rule().equals(NarrativeTableRule.AMOUNT) && c.message().contains("三公经费"))
                .toList();
    }

    @Test
    void withoutA合计ColumnTheTotalSentenceIsHeldAgainstTheSumOfTheItems() throws Exception {
        WholeDisclosure budget = WholeDisclosure.xinjiangUnitBudget();
        List<Check> clean = new NarrativeCellRule().check(document(budget, ThreePublicSentencesTest::withoutTotalColumn));
        assertThat(totalTies(clean)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
            assertThat(c.message()).contains("因公出国(境)费 + ", " + 公务接待费");
        });

        UnaryOperator<String> seeded = spec -> withoutTotalColumn(spec).replace("“三公”经费预算数为5.70万元", "“三公”经费预算数为7.50万元");
        List<Check> off = new NarrativeCellRule().check(document(budget, seeded));
        assertThat(totalTies(off)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.expected()).isEqualByComparingTo("5.70");
            assertThat(c.printed()).isEqualByComparingTo("7.50");
        });
    }

    @Test
    void aTieRestingOnACellReadWithLowConfidenceIsUnverified() throws Exception {
        DisclosureDocument document = document(WholeDisclosure.xinjiangDepartmentFinalAccounts(), spec -> spec.replace(
                "支出决算为5.18万元，完成预算的90.88%", "支出决算为5.81万元，完成预算的101.93%"));
        Check fail = new Reconciler().check(document).stream()
                .filter(c -> c.rule().equals(NarrativeTableRule.AMOUNT) && c.status() == CheckStatus.FAIL).findFirst().orElseThrow();
        CheckRef cell = fail.refs().get(1);
        assertThat(cell.columnHeader()).isEqualTo("合计 / 决算数");

        UncertainReading misread = new UncertainReading(cell.page(), cell.text(), cell.bbox(), 41.0);
        List<Check> doubted = new Reconciler().check(document, null, Set.of(cell.page()), List.of(misread));
        assertThat(doubted).filteredOn(c -> c.rule().equals(NarrativeTableRule.AMOUNT) && c.message().equals(fail.message()))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.UNVERIFIED);
                    assertThat(c.doubt()).contains("文字识别");
                });
    }
}
