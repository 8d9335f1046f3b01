package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.junit.jupiter.api.Test;

/** Comparatives and changes whose amounts stand in the section's earlier clauses (三公 narratives). */
class EarlierClausesTest {

    private static final String SUMS = "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%，"
            + "其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务接待费支出决算为0.39万元，完成预算的13.68%。";

    private static List<Check> check(String text) {
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, null),
                List.of(new DisclosurePage(25, text, true, null)), List.of(), List.of(), List.of(), List.of(), List.of());
        return new ComparisonRule().check(document);
    }

    /** The checks of the clauses after {@link #SUMS}: the completion rates SUMS gives of itself left out. */
    private static List<Check> checkAfterSums(String text) {
        List<String> ofSums = check(SUMS).stream().map(Check::message).toList();
        return check(SUMS + text).stream().filter(c -> !ofSums.contains(c.message())).toList();
    }

    private static List<CheckStatus> statuses(String text) {
        return checkAfterSums(text).stream().map(Check::status).toList();
    }

    @Test
    void aComparativeReadsTheNearestBudgetAndOutturnOfItsSubject() {
        assertThat(statuses("2024年度“三公”经费支出决算数小于预算数的主要原因：严格落实中央八项规定。"))
                .containsExactly(CheckStatus.PASS);
        assertThat(checkAfterSums("2024年度“三公”经费支出决算数大于预算数的主要原因：严格落实中央八项规定。")).singleElement()
                .satisfies(c -> {
                    assertThat(c.rule()).isEqualTo(ComparisonRule.ID);
                    assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(c.message()).contains("0.39万元小于2.85万元").contains("“大于”");
                    assertThat(c.refs()).extracting(CheckRef::text).containsExactly("0.39万元", "2.85万元");
                });
    }

    @Test
    void bothSidesBeforeTheComparativeAreReadAlike() {
        assertThat(statuses("“三公”经费决算数与预算数持平。")).containsExactly(CheckStatus.FAIL);
        assertThat(statuses("“三公”经费预算数与决算数相比基本持平。")).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void aComparativeOfAnotherSubjectOrYearOrSectionIsNotRead() {
        // 公务接待费 has a 决算 here but no 预算: nothing to compare
        assertThat(checkAfterSums("公务接待费支出决算数大于预算数的主要原因：接待减少。")).isEmpty();
        // a subject no earlier clause names
        assertThat(checkAfterSums("2024年度机关运行经费支出决算数大于预算数的主要原因：节约。")).isEmpty();
        // last year's 决算 is not this year's
        assertThat(checkAfterSums("2023年度“三公”经费支出决算数大于预算数。")).isEmpty();
        // a numbered heading starts a new section
        assertThat(checkAfterSums("\n（二）说明\n2024年度“三公”经费支出决算数大于预算数。")).isEmpty();
    }

    @Test
    void aChangeWithoutItsCurrentAmountRunsToTheSubjectsOutturn() {
        String change = "2024年度“三公”经费财政拨款支出决算数比2023年度减少0.15万元，下降27.78%，其中：因公出国（境）费支出与上一年度持平；"
                + "公务接待费支出决算减少0.15万元，下降{rate}。";
        assertThat(statuses(change.replace("{rate}", "27.78%"))).containsExactly(CheckStatus.PASS, CheckStatus.PASS);
        assertThat(checkAfterSums(change.replace("{rate}", "72.78%"))).extracting(Check::status)
                .containsExactly(CheckStatus.PASS, CheckStatus.FAIL);
        assertThat(checkAfterSums(change.replace("{rate}", "72.78%")).get(1).message())
                .contains("0.15万元 ÷ (0.39万元 + 0.15万元) × 100 = 27.78%").contains("下降72.78%");
        // a change of a subject no earlier clause gives a 决算 of
        assertThat(checkAfterSums("公务用车运行维护费支出决算减少0.15万元，下降72.78%。")).isEmpty();
    }
}
