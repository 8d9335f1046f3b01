package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** document.required-tables: a required table we did not find fails only when no page prints its title. */
class RequiredTablesTest {

    private static final String SEED = "seed-2022-unit-budget.spec";
    private static final String THREE_PUBLIC = "(?s)#table\nnumber: 表八:.*?#end\n";

    @TempDir
    Path folder;

    private List<Check> required(UnaryOperator<String> defect) throws Exception {
        return new Reconciler().check(Samples.modelled(SEED, defect, folder)).stream()
                .filter(c -> c.rule().equals(DocumentRule.REQUIRED)).toList();
    }

    @Test
    void aRequiredTableWhoseTitleIsPrintedButNotReadIsOurDoubt() throws Exception {
        List<Check> checks = required(spec -> spec.replaceFirst(THREE_PUBLIC,
                "#p 表八:一般公共预算\"三公\"经费支出情况表\n#p 合计 140.00 因公出国(境)费 0.00 公务接待费 40.00\n"));
        assertThat(checks).noneSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.FAIL));
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.UNVERIFIED).singleElement().satisfies(c -> {
            assertThat(c.message()).contains("三公");
            assertThat(c.doubt()).contains("印有该表标题");
        });
    }

    @Test
    void aRequiredTableNowhereInTheDocumentFails() throws Exception {
        assertThat(required(spec -> spec.replaceFirst(THREE_PUBLIC, "")))
                .filteredOn(c -> c.status() == CheckStatus.FAIL).singleElement()
                .satisfies(c -> assertThat(c.message()).isEqualTo("缺少必须公开的《一般公共预算\"三公\"经费支出情况表》"));
        assertThat(required(UnaryOperator.identity())).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }
}
