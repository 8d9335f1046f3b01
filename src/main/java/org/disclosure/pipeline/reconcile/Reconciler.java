package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;

/** Checks a disclosure against itself with every rule it knows. */
public final class Reconciler {

    private final List<Rule> rules = List.of(new BalanceRule(), new ClassTotalRule(), new RowIdentityRule(),
            new HierarchyRule(), new NarrativeRateRule(), new CrossTableRule(), new DocumentRule(),
            new ProjectRule(), new NarrativeTableRule(), new YearRule(), new UnitNameRule(), new TextHygieneRule(),
            new SidesRule(), new NarrativeConsistencyRule(), new ShareColumnRule(), new GrowthColumnRule());

    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (Rule rule : rules) {
            checks.addAll(rule.check(document));
        }
        return checks;
    }
}
