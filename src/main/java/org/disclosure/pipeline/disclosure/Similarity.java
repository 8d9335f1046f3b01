package org.disclosure.pipeline.disclosure;

import java.util.HashSet;
import java.util.Set;

/** How much two Chinese names share: the Dice coefficient over their character bigrams. */
final class Similarity {

    private Similarity() {
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Set<String> left = bigrams(a);
        Set<String> right = bigrams(b);
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return 2.0 * common.size() / (left.size() + right.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }
}
