package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city 决算 table's 本年收入合计 against its numbered items, in every amount column. */
class NumberedItemsSumTest {

    @TempDir
    Path folder;

    private List<Check> sums(UnaryOperator<String> mutation) throws Exception {
        DisclosureDocument document = Samples.modelled("corpus-column-rules.spec", mutation, folder);
        return new SidesRule().check(document).stream().filter(c -> c.rule().equals(SidesRule.ID)).toList();
    }

    @Test
    void theFirstSumEqualsItsNumberedItemsInEveryAmountColumn() throws Exception {
        List<Check> checks = sums(spec -> spec);
        // 2021年决算数, 2022年初预算数, 2022年调整后预算数, 2022年决算数 / 金额: not the share and growth columns
        assertThat(checks).hasSize(4).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
            assertThat(c.message()).contains("本年收入合计").contains("一、税收收入").contains("二、非税收入")
                    .doesNotContain("增值税");
        });
    }

    @Test
    void aSumThatDoesNotHoldFailsInItsColumn() throws Exception {
        List<Check> checks = sums(spec -> spec.replace("二、非税收入\t2311288", "二、非税收入\t2311388"));
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("2021年决算数");
            assertThat(c.difference()).isEqualByComparingTo("-100");
        });
    }

    @Test
    void anAdditionListedUnderTheLastItemCountsWhenTheSumNeedsIt() throws Exception {
        // a budget column's 其中：预备费 after the last numbered item is part of the total, as 济南市 prints it
        List<Check> checks = sums(spec -> spec
                .replace("本年收入合计\t10076073", "其中：预备费\t100000\t\t\t\t\t\n本年收入合计\t10176073")
                .replace("收入总计\t10562271", "收入总计\t10662271"));
        assertThat(checks).isNotEmpty().extracting(Check::status).doesNotContain(CheckStatus.FAIL);
    }
}
