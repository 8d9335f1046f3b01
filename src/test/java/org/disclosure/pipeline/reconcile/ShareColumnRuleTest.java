package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city 决算 table's 占调整后预算% column, printed and read through the real extraction. */
class ShareColumnRuleTest {

    @TempDir
    Path folder;

    private List<Check> shareChecks(UnaryOperator<String> mutation) throws Exception {
        DisclosureDocument document = Samples.modelled("corpus-column-rules.spec", mutation, folder);
        return new ShareColumnRule().check(document);
    }

    @Test
    void everyShareAgreesWithTheAmountAndTheColumnItNames() throws Exception {
        List<Check> checks = shareChecks(spec -> spec);
        // seven rows print a share: 税收收入 … 专项收入 and 本年收入合计 (the debt rows and 收入总计 leave it blank)
        assertThat(checks).hasSize(7).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(checks.get(0).message()).contains("「6931563」 ÷ 「6841029」");
    }

    @Test
    void aShareThatDoesNotFollowFromItsRowFailsAtItsCell() throws Exception {
        List<Check> checks = shareChecks(spec -> spec.replace("6931563\t101.32", "6931563\t103.32"));
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement().satisfies(c -> {
            assertThat(c.printed()).isEqualByComparingTo("103.32");
            assertThat(c.expected()).isEqualByComparingTo("101.32");
            assertThat(c.refs().get(0).text()).isEqualTo("103.32");
            assertThat(c.refs().get(0).rowLabel()).isEqualTo("一、税收收入");
        });
    }

    @Test
    void aShareCutRatherThanRoundedIsARoundingDifference() throws Exception {
        // 1987483 ÷ 1959905 = 101.4071%: printed 101.40, as a producer that cuts does
        List<Check> checks = shareChecks(spec -> spec.replace("1987483\t101.41", "1987483\t101.40"));
        assertThat(checks).extracting(Check::status).containsOnly(CheckStatus.PASS, CheckStatus.WARN).contains(CheckStatus.WARN);
    }

    @Test
    void aHeaderThatNamesNoSingleColumnIsNotGuessedAt() throws Exception {
        // 占预算% beside both 2022年初预算数 and 2022年调整后预算数
        assertThat(shareChecks(spec -> spec.replace("占调整后预算%", "占预算%"))).isEmpty();
    }
}
