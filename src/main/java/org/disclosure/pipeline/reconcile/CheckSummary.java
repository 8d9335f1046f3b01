package org.disclosure.pipeline.reconcile;

import java.util.List;

/** How a document fared: checks run, passed, warned (rounding-level), failed, and left unverified. */
public record CheckSummary(int run, int passed, int warned, int failed, int unverified) {

    public static CheckSummary of(List<Check> checks) {
        int passed = 0;
        int warned = 0;
        int failed = 0;
        int unverified = 0;
        for (Check check : checks) {
            switch (check.status()) {
                case PASS -> passed++;
                case WARN -> warned++;
                case FAIL -> failed++;
                case UNVERIFIED -> unverified++;
            }
        }
        return new CheckSummary(checks.size(), passed, warned, failed, unverified);
    }
}
