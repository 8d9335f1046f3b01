package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.ledger.FigureLedger;

/** Checks a disclosure against itself with every rule it knows. */
public final class Reconciler {

    private final NarrativeTableRule narrativeTable = new NarrativeTableRule();
    private final NarrativeCellRule narrativeCell = new NarrativeCellRule();
    private final NarrativePartsRule narrativeParts = new NarrativePartsRule();
    private final List<Rule> rules = List.of(new BalanceRule(), new ClassTotalRule(), new RowIdentityRule(),
            new HierarchyRule(), new NarrativeRateRule(), new CrossTableRule(), new DocumentRule(),
            new ProjectRule(), narrativeTable, narrativeCell, new YearRule(), new UnitNameRule(),
            new TextHygieneRule(), new SidesRule(), new NarrativeConsistencyRule(), new ShareColumnRule(),
            new GrowthColumnRule(), new ThreePublicRule(), new ContentsRule(), new EmptyTableRule(), new ComparisonRule(),
            narrativeParts);

    /** Every rule's checks; those our own reading of the page leaves in doubt are unverified (see {@link FigureLedger}). */
    public List<Check> check(DisclosureDocument document, FigureLedger ledger) {
        return check(document, ledger, Set.of(), List.of());
    }

    /**
     * As above, and on the pages OCR read, the checks that look at a figure read with low confidence,
     * and the text-hygiene findings, are unverified.
     */
    public List<Check> check(DisclosureDocument document, FigureLedger ledger, Set<Integer> ocrPages,
                             List<UncertainReading> uncertain) {
        return reconcile(document, ledger, ocrPages, uncertain).checks();
    }

    /**
     * As above, and a sum on an OCR'd page that a single misread cell would explain is unverified
     * too, naming that cell as a suspect (see {@link SumSuspects}); the figures are never changed.
     */
    public Reconciliation reconcile(DisclosureDocument document, FigureLedger ledger, Set<Integer> ocrPages,
                                    List<UncertainReading> uncertain) {
        List<Check> checks = ExtractionDoubts.apply(check(document), document, ledger);
        Reconciliation explained = SumSuspects.explain(checks, document, ocrPages, uncertain);
        return new Reconciliation(ExtractionDoubts.ocrDoubts(explained.checks(), ocrPages, uncertain),
                explained.suspects());
    }

    public List<Check> check(DisclosureDocument document) {
        // NarrativeCellRule leaves out the figures these two tie: each runs once, its checks kept in the rules' order
        List<Check> tableChecks = narrativeTable.check(document);
        List<Check> partsChecks = narrativeParts.check(document);
        List<Check> checks = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule == narrativeTable) {
                checks.addAll(tableChecks);
            } else if (rule == narrativeParts) {
                checks.addAll(partsChecks);
            } else if (rule == narrativeCell) {
                checks.addAll(narrativeCell.check(document, tableChecks, partsChecks));
            } else {
                checks.addAll(rule.check(document));
            }
        }
        return SameDefect.apply(checks);
    }
}
