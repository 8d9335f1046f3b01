package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;

/**
 * The subject code a 类/款/项 chain names (城乡社区支出（类）城乡社区规划与管理（款）城乡社区规划与管理（项）):
 * the row whose name is the chain's last name and whose parents by code prefix (类 3 digits, 款 5, 项 7)
 * carry the chain's other names. A code printed in the chain is taken as it stands. Only a single
 * match is an answer: none or several leave the subject unresolved, never guessed.
 */
final class SubjectChains {

    /** One link: a name (which may hold a bracketed word: 政府办公厅（室）…) and, in brackets, its level or its code. */
    private static final Pattern LINK = Pattern.compile("((?:[^（）]|（[^（）类款项\\d]{1,4}）)+?)（(类|款|项|\\d{3,7})）");
    private static final Pattern BRACKETS = Pattern.compile("[\\s()（）\\[\\]【】]");

    private SubjectChains() {
    }

    /** The code the chain names in this document, or null when no single row answers it. */
    static String code(DisclosureDocument document, String chain) {
        List<String[]> links = new ArrayList<>();
        Matcher m = LINK.matcher(chain);
        while (m.find()) {
            links.add(new String[] {bare(m.group(1)), m.group(2)});
        }
        if (links.isEmpty()) {
            return null;
        }
        String last = links.get(links.size() - 1)[1];
        if (Character.isDigit(last.charAt(0))) {
            return last;
        }
        Set<String> found = new TreeSet<>();
        for (String code : codesNamed(document, links.get(links.size() - 1)[0], digits(last))) {
            if (parentsMatch(document, code, links)) {
                found.add(code);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static boolean parentsMatch(DisclosureDocument document, String code, List<String[]> links) {
        for (String[] link : links.subList(0, links.size() - 1)) {
            int length = digits(link[1]);
            if (length <= 0 || length >= code.length()
                    || !codesNamed(document, link[0], length).contains(code.substring(0, length))) {
                return false;
            }
        }
        return true;
    }

    /** The codes of this many digits printed on a row by this name, in any table. */
    private static Set<String> codesNamed(DisclosureDocument document, String name, int length) {
        Set<String> codes = new TreeSet<>();
        for (DisclosureTable table : document.tables()) {
            if (table.rowMeanings() == null) {
                continue;
            }
            for (RowMeaning row : table.rowMeanings()) {
                if (row.code() != null && row.code().length() == length && row.name() != null
                        && bare(row.name()).equals(name)) {
                    codes.add(row.code());
                }
            }
        }
        return codes;
    }

    private static int digits(String level) {
        return switch (level) {
            case "类" -> 3;
            case "款" -> 5;
            case "项" -> 7;
            default -> -1;
        };
    }

    private static String bare(String name) {
        return BRACKETS.matcher(name).replaceAll("");
    }
}
