package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.junit.jupiter.api.Test;

/**
 * A 情况说明 page's amounts are the narrative's, read as sentences: they are no table our extraction
 * missed, also where a line break cuts one in two ("公用经费2,0" / "82,870.00元").
 */
class UnreadFiguresTest {

    private static final String PAGE = "支出预算合计7,807,900.00元，其中：基本支出6,942,900.00元，占88.92%；项目支出865,000\n"
            + ".00元，占11.08%。\n2024年一般公共预算基本支出6,942,900.00元，其中：人员经费4,860,030.00元，公用经费2,0\n"
            + "82,870.00元。";

    private static NarrativeFigure figure(String text) {
        return new NarrativeFigure(text, BigDecimal.ONE, "元", "amount", null, null, "", null, 7, List.of());
    }

    private static DisclosureDocument document(List<NarrativeFigure> figures) {
        return new DisclosureDocument(new DocumentIdentity(null, null, 2024, "部门预算", null, Map.of()),
                List.of(new DisclosurePage(7, PAGE, true, null)), List.of(), List.of(), List.of(), List.of(), figures);
    }

    @Test
    void theNarrativesOwnAmountsAreRead() {
        List<NarrativeFigure> figures = List.of(figure("7,807,900.00元"), figure("6,942,900.00元"), figure("88.92%"),
                figure("865,000.00元"), figure("11.08%"), figure("6,942,900.00元"), figure("4,860,030.00元"),
                figure("2,082,870.00元"));
        assertThat(UnreadFigures.on(document(figures), 7)).isFalse();
    }

    @Test
    void amountsNoSentenceHoldsAreUnread() {
        assertThat(UnreadFigures.on(document(List.of()), 7)).isTrue();
    }
}
