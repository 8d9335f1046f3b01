package org.disclosure.pipeline.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The terms free text is found by: every two neighbouring letters or digits (lower case) of a run
 * of them, so that 基本工资 is 基本, 本工, 工资 and sha256 is sh, ha, a2, 25, 56. Chinese has no spaces to
 * cut words at, and a bigram index finds any word of two letters or more on H2 and PostgreSQL alike.
 * Every word of a text has its terms among the text's, so a document lacking one of a query's terms
 * cannot hold the query; one holding them all is then matched exactly.
 */
final class SearchTerms {

    /** Longer than any term: two code points, each up to two chars. */
    static final int MAX_LENGTH = 4;

    private SearchTerms() {
    }

    /** The terms of all these texts, each once, in order. */
    static List<String> of(Collection<String> texts) {
        TreeSet<String> terms = new TreeSet<>();
        for (String text : texts) {
            addTerms(text, terms);
        }
        return List.copyOf(terms);
    }

    /** A query's terms; empty when it has no run of two letters or digits (a single 局, or only signs). */
    static List<String> ofQuery(String query) {
        return of(List.of(query));
    }

    private static void addTerms(String text, TreeSet<String> terms) {
        if (text == null) {
            return;
        }
        List<Integer> run = new ArrayList<>();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                run.add(c);
            } else {
                bigrams(run, terms);
                run.clear();
            }
        });
        bigrams(run, terms);
    }

    private static void bigrams(List<Integer> run, TreeSet<String> terms) {
        for (int i = 0; i + 1 < run.size(); i++) {
            terms.add(new StringBuilder().appendCodePoint(run.get(i)).appendCodePoint(run.get(i + 1)).toString());
        }
    }
}
