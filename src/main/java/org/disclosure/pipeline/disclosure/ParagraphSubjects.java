package org.disclosure.pipeline.disclosure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functional subject a numbered paragraph is about when it opens with a 类/款/项 chain
 * ("9、城乡社区支出（类）城乡社区规划与管理（款）城乡社区规划与管理（项）。主要用于…年初预算为…"): the amounts
 * of the paragraph are that subject's, though no sentence of theirs names it. The paragraph ends at
 * the next numbered item or heading; a paragraph running onto the next page keeps its subject there.
 */
final class ParagraphSubjects {

    /** A numbered item's number where a paragraph, line or sentence begins: 9、 */
    private static final Pattern ITEM = Pattern.compile("(?:^|(?<=[\\n。：:；;]))[ \\t\\u3000]*\\d{1,2}、");
    /**
     * One link of the chain: a name (spaces and line breaks anywhere, a bracketed word inside as in
     * 政府办公厅（室）及相关机构事务) and its level or code in brackets.
     */
    private static final String NAME = "(?:[^（()）。；;，,：:、\\d]|[（(][^（()）类款项\\d]{1,4}[）)])+?";
    private static final Pattern CHAIN = Pattern.compile("\\s*((?:" + NAME + "\\s*[（(]\\s*类\\s*[）)]\\s*)?"
            + "(?:" + NAME + "\\s*[（(]\\s*款\\s*[）)]\\s*)?"
            + "(?:" + NAME + "\\s*[（(]\\s*(?:项|\\d{3,7})\\s*[）)])?)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** What ends a chain's sentence: a page ending before one may have cut the chain. */
    private static final Pattern CHAIN_END = Pattern.compile("[。；;：:]");

    /** The subject of the paragraph the previous page ended in, and the headings it stood under. */
    private String carried;
    private String carriedSection;
    /** The opening of a numbered item the previous page ended in, its chain cut off by the page break. */
    private String cutOpening;

    /**
     * For each character of a page's joined text, the subject of the numbered paragraph it stands in
     * (null outside one). sectionAt gives the headings in force at each character.
     */
    String[] of(String text, List<String> sectionAt) {
        String[] subjects = new String[text.length()];
        String subject = cutOpening == null ? carried : chainAt(cutOpening + text, 0);
        String section = carriedSection;
        cutOpening = null;
        Matcher item = ITEM.matcher(text);
        int next = item.find() ? item.start() : -1;
        for (int i = 0; i < text.length(); i++) {
            if (i == next) {
                subject = chainAt(text, item.end());
                section = sectionAt.get(i);
                String opening = text.substring(item.end());
                cutOpening = CHAIN_END.matcher(opening).find() ? null : opening;
                next = item.find() ? item.start() : -1;
            }
            if (subject != null && !java.util.Objects.equals(section, sectionAt.get(i))) {
                subject = null; // a heading ended the paragraph
            }
            subjects[i] = subject;
        }
        carried = subject;
        carriedSection = section;
        return subjects;
    }

    /** The chain that opens the text at this index, normalised (no spaces, full-width brackets), or null. */
    static String chainAt(String text, int from) {
        Matcher chain = CHAIN.matcher(text).region(from, text.length());
        if (!chain.lookingAt() || chain.group(1).isBlank()) {
            return null;
        }
        return SPACES.matcher(chain.group(1)).replaceAll("").replace('(', '（').replace(')', '）');
    }
}
