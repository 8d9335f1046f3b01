package org.disclosure.pipeline.reconcile;

import java.util.List;

/** How a document fared: checks run, passed, warned (rounding-level) and failed. */
public record CheckSummary(int run, int passed, int warned, int failed) {

    public static CheckSummary of(List<Check> checks) {
        int passed = 0;
        int warned = 0;
        int failed = 0;
        for (Check check : checks) {
            switch (check.status()) {
                case PASS -> passed++;
                case WARN -> warned++;
                case FAIL -> failed++;
            }
        }
        return new CheckSummary(checks.size(), passed, warned, failed);
    }
}
