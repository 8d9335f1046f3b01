package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 三公 items against the basic-expenditure lines and the projects that hold that money. */
class ThreePublicRuleTest {

    private static final String SEED = "seed-2022-unit-budget.spec";
    private static final String THREE_PUBLIC_ROW = "140\t\t100\t\t100\t40";

    @TempDir
    Path folder;

    private List<Check> checks(UnaryOperator<String> mutation) throws Exception {
        return new ThreePublicRule().check(Samples.modelled(SEED, mutation, folder));
    }

    @Test
    void theSeedsVehicleRunningCostsAreNotMadeUpByItsBasicLineOrAnyVehicleProject() throws Exception {
        List<Check> checks = checks(UnaryOperator.identity());
        assertThat(checks).filteredOn(c -> c.message().contains("运行费")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.WARN);
            assertThat(c.printed()).isEqualByComparingTo("100");
            assertThat(c.expected()).isEqualByComparingTo("87.10");
            assertThat(c.message()).contains("公务用车运行维护费").contains("相差 12.9 万元");
            assertThat(c.refs()).extracting(CheckRef::table)
                    .containsExactly("一般公共预算\"三公\"经费支出情况表", "一般公共预算基本支出情况表");
        });
        assertThat(checks).filteredOn(c -> c.message().contains("公务接待费")).isEmpty(); // no 30217 line to hold it against
    }

    @Test
    void anItemAsTheBasicLineAndItsProjectsMakeItUpPasses() throws Exception {
        List<Check> checks = checks(spec -> spec.replace(THREE_PUBLIC_ROW, "127.1\t\t87.1\t\t87.1\t40"));
        assertThat(checks).filteredOn(c -> c.message().contains("运行费")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void anItemSmallerThanItsBasicLineFails() throws Exception {
        List<Check> checks = checks(spec -> spec.replace(THREE_PUBLIC_ROW, "120\t\t80\t\t80\t40"));
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("小于").contains("公务用车运行维护费");
            assertThat(c.printed()).isEqualByComparingTo("80");
        });
    }
}
