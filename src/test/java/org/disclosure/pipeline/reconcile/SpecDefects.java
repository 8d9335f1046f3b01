package org.disclosure.pipeline.reconcile;

import java.util.function.UnaryOperator;

/**
 * Defects seeded into a generated disclosure's spec text ({@code WholeDisclosureSpec}), each as an
 * examiner would make it in the printed document: one figure, word, mark or table changed, dropped or
 * moved. Each insists that what it changes is there, so a spec that changes shape fails loudly.
 */
final class SpecDefects {

    private SpecDefects() {
    }

    /** A change to the spec text; several are one defect told in several places. */
    interface Defect extends UnaryOperator<String> {
        default Defect andThen(Defect next) {
            return spec -> next.apply(apply(spec));
        }
    }

    /** Replaces the first {@code from} after {@code anchor}, insisting both are there. */
    static Defect replace(String anchor, String from, String to) {
        return spec -> {
            int at = spec.indexOf(anchor);
            if (at < 0) {
                throw new IllegalArgumentException("the spec has no " + anchor);
            }
            int found = spec.indexOf(from, at);
            if (found < 0) {
                throw new IllegalArgumentException("the spec has no " + from + " after " + anchor);
            }
            return spec.substring(0, found) + to + spec.substring(found + from.length());
        };
    }

    static Defect dropLine(String line) {
        return replace(line, line + "\n", "");
    }

    /** Leaves the table titled {@code title} (and its note) out of the body; the 目录 still lists it. */
    static Defect dropTable(String title) {
        return spec -> {
            int[] at = table(spec, title);
            int end = at[1];
            if (spec.startsWith("#p ", end)) {
                end = spec.indexOf('\n', end) + 1;
            }
            return spec.substring(0, at[0]) + spec.substring(end);
        };
    }

    /** Prints the tables titled {@code first} and {@code second} each in the other's place; the 目录 keeps its order. */
    static Defect swapTables(String first, String second) {
        return spec -> {
            int[] a = table(spec, first);
            int[] b = table(spec, second);
            if (a[0] > b[0]) {
                int[] t = a;
                a = b;
                b = t;
            }
            return spec.substring(0, a[0]) + spec.substring(b[0], b[1]) + spec.substring(a[1], b[0])
                    + spec.substring(a[0], a[1]) + spec.substring(b[1]);
        };
    }

    /** Where the table titled {@code title} starts ({@code #table}) and ends (after {@code #end}). */
    private static int[] table(String spec, String title) {
        int title0 = spec.indexOf("title: " + title + "\n");
        if (title0 < 0) {
            throw new IllegalArgumentException("the spec has no table " + title);
        }
        int start = spec.lastIndexOf("#table\n", title0);
        int end = spec.indexOf("#end\n", title0) + "#end\n".length();
        return new int[] {start, end};
    }
}
