package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.fixtures.WholeDisclosureSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole disclosures generated clean (预算 and 决算, Shanghai and Xinjiang templates, 元 and 万元), read
 * through the real extraction and every rule: a document that is right gives no fail and no warning;
 * what stays unverified is only the narrative amounts no table row names (年初预算 and the like).
 */
class CleanDisclosuresTest {

    static Stream<WholeDisclosure> disclosures() {
        return Stream.of(WholeDisclosure.shanghaiDepartmentBudget(), WholeDisclosure.shanghaiDepartmentFinalAccounts(),
                WholeDisclosure.xinjiangUnitBudget(), WholeDisclosure.xinjiangDepartmentFinalAccounts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosures")
    void aCleanDocumentFailsNothing(WholeDisclosure disclosure) {
        List<Check> checks = GeneratedDisclosures.clean(disclosure);
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.FAIL || c.status() == CheckStatus.WARN)
                .as("fails and warnings of the clean %s", GeneratedDisclosures.name(disclosure)).isEmpty();
        assertThat(checks).filteredOn(c -> c.status() == CheckStatus.UNVERIFIED).extracting(Check::rule)
                .containsExactly(NarrativeCellRule.UNTIED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosures")
    void everyTableOfTheContentsIsFoundAndEveryRequiredTableIsThere(WholeDisclosure disclosure) {
        List<Check> checks = GeneratedDisclosures.clean(disclosure);
        int tables = WholeDisclosureSpec.tableTitles(disclosure).size();
        assertThat(checks).filteredOn(c -> c.rule().equals(ContentsRule.ID)).hasSize(tables)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(checks).filteredOn(c -> c.rule().equals(DocumentRule.REQUIRED)).hasSize(disclosure.finalAccounts() ? 10 : 8)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    /** The rules that read the document as a whole did run, and passed: a clean result is not an empty one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosures")
    void theChecksOfEveryFamilyRanAndPassed(WholeDisclosure disclosure) {
        List<String> passed = GeneratedDisclosures.clean(disclosure).stream().filter(c -> c.status() == CheckStatus.PASS)
                .map(Check::rule).distinct().toList();
        assertThat(passed).contains(YearRule.ID, YearRule.HEADING, UnitNameRule.ID, EmptyTableRule.EXPLAINED,
                NarrativeTableRule.AMOUNT, NarrativeTableRule.SHARE, HierarchyRule.ID, ClassTotalRule.ID, BalanceRule.ID,
                DocumentRule.PLACEHOLDERS);
        assertThat(passed).contains(disclosure.finalAccounts() ? ComparisonRule.ID : NarrativeRateRule.ID);
        assertThat(passed).contains(ThreePublicRule.ID);
        if (disclosure.finalAccounts()) {
            assertThat(passed).contains(YearRule.DATE);
        }
    }
}
