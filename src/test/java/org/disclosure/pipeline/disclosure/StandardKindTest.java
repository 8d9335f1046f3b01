package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The overviews (收支总表) are the four kinds that list income against expenditure, of a budget and of final accounts. */
class StandardKindTest {

    @Test
    void theOverviewsAreTheTwoOverviewsOfEachStage() {
        assertThat(Arrays.stream(StandardKind.values()).filter(StandardKind::isOverview)).containsExactlyInAnyOrder(
                StandardKind.BUDGET_OVERVIEW, StandardKind.BUDGET_FISCAL_OVERVIEW, StandardKind.FINAL_OVERVIEW,
                StandardKind.FINAL_FISCAL_OVERVIEW);
    }

    @Test
    void aClassificationsKindIsReadByItsKeyAndAnUnknownKeyIsNoOverview() {
        assertThat(StandardKind.isOverview("final.fiscal-overview")).isTrue();
        assertThat(StandardKind.isOverview("budget.income")).isFalse();
        assertThat(StandardKind.isOverview("other.overview")).isFalse();
        assertThat(StandardKind.isOverview(null)).isFalse();
    }
}
