package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** table.empty-explained and table.empty-narrative on the small unit's budget, whose two empty tables carry notes. */
class EmptyTableRuleTest {

    private static final String SMALL = "small-unit-2024-unit-budget.spec";
    private static final String FUND_NOTE = "#p 注:本单位2024年无政府性基金预算支出,本表为空表。\n";
    private static final String FUND_TITLE = "《2024年预算单位政府性基金预算支出功能分类预算表》";

    @TempDir
    Path folder;

    private List<Check> checks(String spec, UnaryOperator<String> defect) throws Exception {
        return new Reconciler().check(Samples.modelled(spec, defect, folder)).stream()
                .filter(c -> c.rule().startsWith("table.empty")).toList();
    }

    private static List<Check> fails(List<Check> checks) {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
    }

    @Test
    void emptyTablesWithTheirNotesPass() throws Exception {
        List<Check> checks = checks(SMALL, UnaryOperator.identity());
        assertThat(checks).hasSize(2).allSatisfy(c -> {
            assertThat(c.rule()).isEqualTo(EmptyTableRule.EXPLAINED);
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
        });
        assertThat(checks.get(0).message()).contains(FUND_TITLE).contains("本表为空表");
    }

    @Test
    void anEmptyTableWithoutItsNoteFails() throws Exception {
        // the next table's note (无国有资本经营预算支出) on the same page is not this table's
        List<Check> checks = checks(SMALL, spec -> spec.replace(FUND_NOTE, ""));
        assertThat(fails(checks)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(EmptyTableRule.EXPLAINED);
            assertThat(c.message()).startsWith("第2页" + FUND_TITLE + "没有任何数字(空表)");
            assertThat(c.refs()).singleElement().satisfies(r -> {
                assertThat(r.table()).isEqualTo("2024年预算单位政府性基金预算支出功能分类预算表");
                assertThat(r.page()).isEqualTo(2);
            });
        });
    }

    @Test
    void aNarrativeAmountForAnEmptyTableFails() throws Exception {
        List<Check> checks = checks(SMALL, spec -> spec + "\n#p 本单位2024年政府性基金预算支出50.00万元,主要用于养老服务。\n");
        assertThat(fails(checks)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(EmptyTableRule.NARRATIVE);
            assertThat(c.message()).contains("政府性基金预算支出50.00万元」").contains(FUND_TITLE + "为空表");
        });
    }

    @Test
    void aNoteSayingNoneOfWhatTheTableListsFails() throws Exception {
        // figures put into the fund table, its note left saying there are none
        List<Check> checks = checks(SMALL, spec -> spec.replaceFirst("合计\\{c2\\}\\t*\\n#end\\n" + FUND_NOTE.replace("(", "\\("),
                "合计{c2}\t100.00\t0.00\t100.00\n#end\n" + FUND_NOTE));
        assertThat(fails(checks)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(EmptyTableRule.NARRATIVE);
            assertThat(c.message()).contains("文中称「注:本单位2024年无政府性基金预算支出,本表为空表。」").contains("列有数字");
        });
    }

    @Test
    void theSeedsEmptyFundTableIsExplainedInItsNarrativeAndWithoutAnyNoteFails() throws Exception {
        String seed = "seed-2022-unit-budget.spec";
        // without the note under the table, 九、…政府性基金预算拨款情况说明 still says why
        assertThat(checks(seed, spec -> spec.replaceFirst("#p 备注: [^\\n]*为空表。\\n", ""))).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.PASS);
                    assertThat(c.message()).contains("政府性基金预算未安排");
                });
        assertThat(fails(checks(seed, spec -> spec.replaceAll("#p [^\\n]*(?:为空表|预算未安排)。\\n", "")))).singleElement()
                .satisfies(c -> assertThat(c.message()).contains("《政府性基金预算支出情况表》没有任何数字(空表)"));
    }

    @Test
    void aNarrativeSayingNothingForATableWithFiguresFails() throws Exception {
        List<Check> checks = checks(SMALL, spec -> spec.replaceFirst("合计\\{c2\\}\\t*\\n#end\\n" + FUND_NOTE.replace("(", "\\("),
                "合计{c2}\t100.00\t0.00\t100.00\n#end\n") + "\n#p 本单位2024年政府性基金预算支出0万元。\n");
        assertThat(fails(checks)).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(EmptyTableRule.NARRATIVE);
            assertThat(c.message()).contains("政府性基金预算支出0万元」").contains(FUND_TITLE + "列有数字");
        });
        // an item of the subject at 0 is no claim about its total
        assertThat(fails(checks(SMALL, spec -> spec.replaceFirst("合计\\{c2\\}\\t*\\n#end\\n" + FUND_NOTE.replace("(", "\\("),
                "合计{c2}\t100.00\t0.00\t100.00\n#end\n") + "\n#p 本单位2024年政府性基金预算支出中基本支出0万元。\n"))).isEmpty();
    }
}
