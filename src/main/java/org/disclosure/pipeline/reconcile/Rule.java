package org.disclosure.pipeline.reconcile;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;

/** One kind of check; it reports every place it applies, passed or not. */
interface Rule {

    List<Check> check(DisclosureDocument document);
}
