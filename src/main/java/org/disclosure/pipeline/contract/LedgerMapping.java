package org.disclosure.pipeline.contract;

import static org.disclosure.pipeline.contract.TableMapping.each;

import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.ledger.PageLedger;
import org.disclosure.pipeline.ledger.UnaccountedNumber;

/** The figure ledger, from the domain to the contract and back. */
public final class LedgerMapping {

    private LedgerMapping() {
    }

    public static LedgerJson toJson(FigureLedger ledger) {
        return ledger == null ? null : new LedgerJson(ledger.numbers(), ledger.accounted(), ledger.coverage(),
                each(ledger.pages(), p -> new LedgerJson.Page(p.page(), p.numbers(), p.table(), p.narrative(),
                        p.furniture(), each(p.unaccounted(), n -> new LedgerJson.Unaccounted(n.text(), n.line(),
                                Corners.of(n.bbox()))), p.unreadGlyphs())));
    }

    public static FigureLedger fromJson(LedgerJson ledger) {
        return ledger == null ? null : new FigureLedger(ledger.numbers(), ledger.accounted(), ledger.coverage(),
                each(ledger.pages(), p -> new PageLedger(p.page(), p.numbers(), p.table(), p.narrative(),
                        p.furniture(), each(p.unaccounted(), n -> new UnaccountedNumber(n.text(), n.line(),
                                Corners.box(n.bbox()))), p.unreadGlyphs())));
    }
}
