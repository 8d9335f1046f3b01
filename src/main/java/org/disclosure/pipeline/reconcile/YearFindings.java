package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link YearRule} found for a document of one year, by check id, in the order found: a place
 * reported once, and a check id that looked and found nothing wrong passes once.
 */
final class YearFindings {

    final int year;
    private final String kind;
    private final Map<String, Integer> looked = new LinkedHashMap<>();
    private final List<Check> found = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    YearFindings(int year, String kind) {
        this.year = year;
        this.kind = kind;
    }

    String describe() {
        return year + " 年" + kind;
    }

    void looked(String id) {
        looked.merge(id, 1, Integer::sum);
    }

    void fail(String id, String message, CheckRef ref) {
        add(id, CheckStatus.FAIL, message, ref);
    }

    void warn(String id, String message, CheckRef ref) {
        looked(id);
        add(id, CheckStatus.WARN, message, ref);
    }

    private void add(String id, CheckStatus status, String message, CheckRef ref) {
        if (seen.add(id + "|" + ref.page() + "|" + message)) {
            found.add(new Check(id, status, message, null, null, null, List.of(ref)));
        }
    }

    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : looked.entrySet()) {
            if (found.stream().noneMatch(c -> c.rule().equals(entry.getKey()))) {
                checks.add(new Check(entry.getKey(), CheckStatus.PASS, "所见 " + entry.getValue() + " 处年份均与本文件("
                        + describe() + ")相符", null, null, null, List.of()));
            }
        }
        checks.addAll(found);
        return checks;
    }
}
