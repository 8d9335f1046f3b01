package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city 决算 table's 增长% column against its 2021年决算数 column, printed and read through the real extraction. */
class GrowthColumnRuleTest {

    /** The fixture prints 可比增长% (comparable basis); as plain 增长% its rates are this year over last. */
    private static final UnaryOperator<String> PLAIN_GROWTH = spec -> spec.replace("可比增长%", "增长%")
            .replace("6931563\t101.32\t-6.63", "6931563\t101.32\t-10.73").replace("1987483\t101.41\t-13.97", "1987483\t101.41\t-25.85")
            .replace("10011421\t107.38\t8.10", "10011421\t107.38\t-0.64");

    @TempDir
    Path folder;

    private List<Check> growthChecks(UnaryOperator<String> mutation) throws Exception {
        DisclosureDocument document = Samples.modelled("corpus-column-rules.spec", mutation, folder);
        return new GrowthColumnRule().check(document);
    }

    @Test
    void aComparableBasisGrowthIsNotChecked() throws Exception {
        // 可比增长% adjusts last year's figure by what the table does not print: -6.63 is not 6931563 ÷ 7764785 − 1
        assertThat(growthChecks(spec -> spec)).isEmpty();
    }

    @Test
    void everyGrowthAgreesWithLastYearsColumn() throws Exception {
        List<Check> checks = growthChecks(PLAIN_GROWTH);
        assertThat(checks).hasSize(7).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(checks.get(0).message()).contains("「6931563」 ÷ 「7764785」");
    }

    @Test
    void aGrowthThatDoesNotFollowFailsAtItsCell() throws Exception {
        // 济南市's own table prints -77.45 on rows whose growth is -13.59 and +349.72: the same kind of slip
        List<Check> checks = growthChecks(PLAIN_GROWTH.andThen(spec -> spec.replace("3079858\t124.08\t33.25", "3079858\t124.08\t-77.45"))::apply);
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement().satisfies(c -> {
            assertThat(c.printed()).isEqualByComparingTo("-77.45");
            assertThat(c.expected()).isEqualByComparingTo("33.25");
            assertThat(c.refs().get(0).rowLabel()).isEqualTo("二、非税收入");
        });
    }
}
