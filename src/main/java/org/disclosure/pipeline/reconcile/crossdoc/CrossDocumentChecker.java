package org.disclosure.pipeline.reconcile.crossdoc;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.UncertainReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks no single document can make: a document against the archived documents it restates or
 * that restate it (last year's, its 单位's or its 部门's, its year's 预算 or 决算). Whichever of a pair is
 * archived second carries the check, with refs into both (a ref into the other names its folder);
 * the first one's archived record is never rewritten. A lookup that fails costs only these checks:
 * it is logged and the document goes on.
 */
public final class CrossDocumentChecker {

    private static final Logger LOG = LoggerFactory.getLogger(CrossDocumentChecker.class);

    private interface PairRule {
        List<Check> check(Side document, Counterparts archive) throws Exception;
    }

    private final List<PairRule> rules = List.of(new PriorYearRule()::check, new DepartmentSumRule()::check,
            new FinalVsBudgetRule()::check);

    public List<Check> check(DisclosureDocument document, FigureLedger ledger, Counterparts archive) {
        return check(document, ledger, List.of(), archive);
    }

    /** As above, for a document some of whose figures OCR read with low confidence ({@code uncertain}). */
    public List<Check> check(DisclosureDocument document, FigureLedger ledger, List<UncertainReading> uncertain,
                             Counterparts archive) {
        DocumentIdentity identity = document.identity();
        if (archive == null || identity == null || identity.unit() == null || identity.year() == null || identity.kind() == null) {
            return List.of(); // a document that does not say whose, which year's or what it is pairs with nothing
        }
        Side side = new Side(null, identity.title(), identity.unit(), identity.year(), identity.kind(),
                DocumentFigures.of(document.tables(), ledger, uncertain), MemberUnits.of(document.pages(), document.tables()));
        List<Check> checks = new ArrayList<>();
        for (PairRule rule : rules) {
            try {
                checks.addAll(rule.check(side, archive));
            } catch (Exception e) {
                LOG.warn("cross-document checks of {} {} {} skipped: the archive could not be read: {}",
                        identity.unit(), identity.year(), identity.kind(), e.toString());
            }
        }
        return checks;
    }
}
