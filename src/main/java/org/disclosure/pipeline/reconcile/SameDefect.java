package org.disclosure.pipeline.reconcile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One wrong figure, one red line. When the narrative quotes an amount its table does not hold
 * ({@code narrative.amount-matches-table} fails), the share, split, change rate or comparison computed
 * from that very figure (same page, same box) fail only because of it: "基本支出649.29万元，占88.92%"
 * with 694.29 in the table is one slip, not three. Those follow-on checks are left unverified, naming
 * the figure, and judged again once it is right; a check none of whose figures is known wrong is untouched.
 */
final class SameDefect {

    /** The checks that compute from narrative figures the amount check may already have failed. */
    private static final Set<String> COMPUTED_FROM_FIGURES = Set.of(NarrativeTableRule.SHARE, NarrativePartsRule.ID,
            NarrativeRateRule.ID, ComparisonRule.ID);

    private SameDefect() {
    }

    static List<Check> apply(List<Check> checks) {
        Set<String> wrong = checks.stream()
                .filter(c -> c.rule().equals(NarrativeTableRule.AMOUNT) && c.status() == CheckStatus.FAIL && !c.refs().isEmpty())
                .map(c -> c.refs().get(0)).filter(r -> r.table() == null && r.text() != null)
                .map(SameDefect::place).collect(Collectors.toSet());
        if (wrong.isEmpty()) {
            return checks;
        }
        return checks.stream().map(c -> {
            if (c.status() != CheckStatus.FAIL || !COMPUTED_FROM_FIGURES.contains(c.rule())) {
                return c;
            }
            return c.refs().stream().filter(r -> r.table() == null && r.text() != null && wrong.contains(place(r)))
                    .findFirst().map(r -> c.unverified("所用的文中数字「" + r.text().strip() + "」(第" + r.page()
                            + "页)已与表中所列不符(见 " + NarrativeTableRule.AMOUNT + ")，由它算出的此项不另判为错"))
                    .orElse(c);
        }).toList();
    }

    /** A narrative figure's place: its page, box and text. */
    private static String place(CheckRef ref) {
        return ref.page() + "|" + ref.bbox() + "|" + ref.text().strip();
    }
}
