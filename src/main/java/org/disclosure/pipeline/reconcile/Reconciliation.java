package org.disclosure.pipeline.reconcile;

import java.util.List;

/** Every check, and the OCR'd cells whose misreading would explain a sum that does not hold. */
public record Reconciliation(List<Check> checks, List<SuspectCell> suspects) {
}
