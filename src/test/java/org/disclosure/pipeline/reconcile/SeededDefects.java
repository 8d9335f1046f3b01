package org.disclosure.pipeline.reconcile;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.fixtures.Samples;

/**
 * A spec printed clean and with one seeded defect, both read through the real extraction: the
 * checks the defect added (failed or warned there and not in the clean print), so that a test can
 * say that exactly the expected check fires and nothing else moved.
 */
final class SeededDefects {

    private SeededDefects() {
    }

    static List<Check> checks(String spec, UnaryOperator<String> mutation, Path folder) throws Exception {
        return new Reconciler().check(Samples.modelled(spec, mutation, folder));
    }

    /** Fails and warnings of the seeded print that the clean print does not have (by rule and message). */
    static List<Check> added(String spec, UnaryOperator<String> defect, Path folder) throws Exception {
        List<String> clean = checks(spec, UnaryOperator.identity(), folder).stream().filter(SeededDefects::flagged)
                .map(SeededDefects::key).toList();
        return checks(spec, defect, folder).stream().filter(SeededDefects::flagged)
                .filter(c -> !clean.contains(key(c))).toList();
    }

    static boolean flagged(Check check) {
        return check.status() == CheckStatus.FAIL || check.status() == CheckStatus.WARN;
    }

    private static String key(Check check) {
        return check.rule() + "|" + check.message();
    }

    /** Mutates the first occurrence only, and insists it is there. */
    static UnaryOperator<String> replaceOnce(String from, String to) {
        return spec -> {
            if (!spec.contains(from)) {
                throw new IllegalArgumentException("the spec has no " + from);
            }
            int at = spec.indexOf(from);
            return spec.substring(0, at) + to + spec.substring(at + from.length());
        };
    }
}
