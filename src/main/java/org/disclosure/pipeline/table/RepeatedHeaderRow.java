package org.disclosure.pipeline.table;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a continuation's row repeats a header row of the table's first part. A born-digital page
 * repeats it word for word; a scan reads the same print a little differently on each page (a code
 * column's header read as {@code 0} on one page and as nothing on the next, a character misread), so
 * the rows' text may differ by a character in five, or one cell may be read quite differently while
 * at least three others repeat the header's, as long as the row holds no amount: an
 * amount is a body row's, and a body row taken for a header would lose its figures unseen.
 */
final class RepeatedHeaderRow {

    /** At most one character in this many may differ between a header and its repetition. */
    private static final int CHARACTERS_PER_DIFFERENCE = 5;
    /** Rows shorter than this are too short to tell a header from anything else by likeness. */
    private static final int SHORTEST_FUZZY = 4;
    /** Cells that must repeat the header's for a row with one cell read badly to count as the header. */
    private static final int FEWEST_ALIKE_CELLS = 3;
    /** An amount with a decimal part, as body rows print their figures (1,234.56, 0.00). */
    private static final Pattern AMOUNT = Pattern.compile("\\d\\.\\d|\\d,\\d{3}");

    private RepeatedHeaderRow() {
    }

    /**
     * @param header the first part's row, each cell's text without spaces
     * @param row    the continuation's row at the same place, the same way
     */
    static boolean repeats(List<String> header, List<String> row) {
        if (row.stream().allMatch(String::isBlank)) {
            return false;
        }
        if (row.equals(header)) {
            return true;
        }
        String a = String.join("", header);
        String b = String.join("", row);
        if (Math.max(a.length(), b.length()) < SHORTEST_FUZZY || AMOUNT.matcher(b).find() || AMOUNT.matcher(a).find()) {
            return false;
        }
        return alike(a, b) || mostCellsAlike(header, row);
    }

    /** Within about one character in five of each other. */
    private static boolean alike(String a, String b) {
        int allowed = Math.max(1, Math.max(a.length(), b.length()) / CHARACTERS_PER_DIFFERENCE);
        return distance(a, b) <= allowed;
    }

    /**
     * All but one of the row's cells alike to one of the header's, at least {@link #FEWEST_ALIKE_CELLS}
     * of them: one cell read badly on either page (a code column's header read as {@code 0}, or merged
     * with its neighbour where a rule was lost) does not hide the header the other cells repeat.
     */
    private static boolean mostCellsAlike(List<String> header, List<String> row) {
        List<String> cells = row.stream().filter(t -> !t.isBlank()).toList();
        long alikeCells = cells.stream()
                .filter(t -> header.stream().anyMatch(h -> !h.isBlank() && Math.max(h.length(), t.length()) > 1 && alike(h, t)))
                .count();
        return alikeCells >= FEWEST_ALIKE_CELLS && alikeCells >= cells.size() - 1;
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
