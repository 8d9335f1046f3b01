package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * narrative.comparison through the real extraction: the seed's 行政运行 sentence given last year's
 * budget and a comparative, printed right and with the comparative flipped.
 */
class ComparisonSeedTest {

    private static final String SEED = "seed-2022-unit-budget.spec";
    private static final String SENTENCE = "2022年预算数为1346.16万元,比上年预算增加96.54万元,增长7.73%,主要原因是人员工资增加。";

    @TempDir
    Path folder;

    private List<Check> checks(String word) throws Exception {
        String rewritten = "2022年预算数为1346.16万元,比上年预算数1249.62万元增加96.54万元,增长7.73%,本年预算数" + word
                + "上年预算数,主要原因是人员工资增加。";
        return new Reconciler().check(Samples.modelled(SEED, spec -> spec.replace(SENTENCE, rewritten), folder));
    }

    /** Fails other than the seed's own real findings (a project beyond its funds, a year slip). */
    private static List<Check> fails(List<Check> checks) {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL)
                .filter(c -> !c.rule().equals(ProjectRule.NARRATIVE) && !c.rule().equals(YearRule.ID)).toList();
    }

    @Test
    void aRightComparisonPassesInFull() throws Exception {
        List<Check> checks = checks("大于");
        assertThat(checks).filteredOn(c -> c.rule().equals(ComparisonRule.ID)).hasSize(3)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(fails(checks)).isEmpty();
    }

    @Test
    void aFlippedComparativeFailsAlone() throws Exception {
        assertThat(fails(checks("小于"))).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(ComparisonRule.ID);
            assertThat(c.message()).contains("1346.16万元大于1249.62万元").contains("文中却说“小于”");
            assertThat(c.refs()).extracting(r -> r.text().replace(" ", "")).containsExactly("1346.16万元", "1249.62万元");
            assertThat(c.refs()).allSatisfy(r -> assertThat(r.bbox()).isNotNull());
        });
    }
}
