package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.figure.FigureKind;

/**
 * The narrative agrees with itself: a change's word and its sign agree (增加-5万元 is not an
 * increase), and the same thing named twice in one sentence is given the same amount (not so a
 * thing of two years, 2023年…收入 and 2024年…收入, nor a change of state, 由X亿元调整为Y亿元). Whether a
 * 持平 contradicts a change beside it is not checked: in practice 持平 speaks of a sub-item
 * ("减少0.15万元, 其中: 因公出国(境)费…持平").
 */
final class NarrativeConsistencyRule implements Rule {

    static final String DIRECTION = "narrative.direction";
    static final String REPEATED = "narrative.repeated-figure";
    private static final Pattern INCREASE = Pattern.compile("^(?:增长|增加|上升|提高|提升|增幅)");
    /** Labels too generic to name one thing (其中, 合计 …): a repeat of them is no claim. */
    /** Words that make the later amount a new state of the same thing (由X亿元调整为Y亿元) or another item of a list (分别). */
    private static final Pattern TRANSITION = Pattern.compile("调整|变更|变为|增加到|增至|减少到|减至|降至|降为|提高到|提高至|上升到|上升至|分别|由|从");
    private static final Pattern YEAR_BEFORE = Pattern.compile("((?:19|20)\\d{2})\\s*$");
    private static final Pattern GENERIC = Pattern.compile("^(?:其中|合计|总计|小计|共计|共|计|约|为|达|安排|预算|包括)$");

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        List<NarrativeFigure> figures = document.figures();
        for (NarrativeFigure figure : figures) {
            if (!figure.is(FigureKind.CHANGE) || figure.text().equals("持平")) {
                continue;
            }
            boolean saysIncrease = INCREASE.matcher(figure.text().strip()).find();
            int sign = figure.value().signum();
            if (sign != 0 && saysIncrease != (sign > 0)) {
                checks.add(new Check(DIRECTION, CheckStatus.FAIL, "「" + figure.text() + "」: 所说的增减方向与数字的符号相反",
                        null, figure.value(), null, List.of(TableCells.ref(figure))));
            }
        }
        checks.addAll(repeated(figures));
        return checks;
    }

    /** The year printed right before the label (2023年 in 2023年市级…收入): amounts of two years are two things. */
    private static String yearBefore(NarrativeFigure figure, String label) {
        int at = figure.context().indexOf(label + figure.text());
        Matcher year = at < 0 ? null : YEAR_BEFORE.matcher(figure.context().substring(0, at));
        return year != null && year.find() ? year.group(1) : "";
    }

    /**
     * Whether the amount the sentence shows before the later one is another thing's that happens to
     * read the same: in 支出总计0.7亿元，当年结余0.4亿元 the 0.7亿元 is 支出总计's, not 当年结余's. Its words
     * are told only when the context shows them whole (a context cut short cannot say).
     */
    private static boolean namesAnother(String context, String label, String earlier, String later) {
        int end = context.indexOf(later.strip());
        int at = end < 0 ? -1 : context.lastIndexOf(earlier.strip(), end);
        if (at < 0) {
            return false;
        }
        int start = at;
        while (start > 0 && (Character.UnicodeScript.of(context.codePointAt(start - 1)) == Character.UnicodeScript.HAN
                || Character.isWhitespace(context.charAt(start - 1)))) {
            start--;
        }
        String words = context.substring(start, at).replaceAll("\\s+", "");
        return start > 0 && !words.endsWith(label);
    }

    /** The text between the earlier figure and the later one in the later one's context. */
    private static String between(String context, String earlier, String later) {
        int end = context.lastIndexOf(later.strip());
        int start = end <= 0 ? -1 : context.lastIndexOf(earlier.strip(), end - 1);
        return start < 0 || start + earlier.strip().length() > end ? "" : context.substring(start + earlier.strip().length(), end);
    }

    /** 单位价值50万元以上: a bound in a definition, not an amount the document states. */
    private static boolean isThreshold(NarrativeFigure figure) {
        int at = figure.context().indexOf(figure.text());
        if (at < 0) {
            return false;
        }
        String after = figure.context().substring(at + figure.text().length()).strip();
        return after.startsWith("以上") || after.startsWith("以下") || after.startsWith("以内") || after.startsWith("及以上");
    }

    /**
     * The same label stated twice in one sentence: the amounts must be the same. (Across a section
     * the same words name different things, 年初预算为 of each subject in turn, so that is no claim.)
     */
    private static List<Check> repeated(List<NarrativeFigure> figures) {
        List<Check> checks = new ArrayList<>();
        Map<String, NarrativeFigure> first = new LinkedHashMap<>();
        for (NarrativeFigure figure : figures) {
            if (!figure.is(FigureKind.AMOUNT) || figure.section() == null) {
                continue;
            }
            String label = NarrativeTableRule.labelBefore(figure);
            if (label.length() < 2 || GENERIC.matcher(label).matches() || isThreshold(figure)) {
                continue;
            }
            String key = figure.section() + "|" + yearBefore(figure, label) + label + "|" + figure.unit();
            NarrativeFigure earlier = first.put(key, figure);
            if (earlier == null || earlier.page() != figure.page()
                    || !NarrativeRateRule.sameSentence(figure.context(), earlier.text(), figure.text())
                    || namesAnother(figure.context(), label, earlier.text(), figure.text())
                    || TRANSITION.matcher(between(figure.context(), earlier.text(), figure.text())).find()) {
                continue;
            }
            boolean same = earlier.value().compareTo(figure.value()) == 0;
            checks.add(new Check(REPEATED, same ? CheckStatus.PASS : CheckStatus.FAIL,
                    same ? "「" + label + "」在同一句中两次写作 " + figure.text().strip() + ", 一致"
                            : "「" + label + "」在同一句中先写 " + earlier.text().strip() + ", 后写 " + figure.text().strip(),
                    earlier.value(), figure.value(), figure.value().subtract(earlier.value()),
                    List.of(TableCells.ref(figure), TableCells.ref(earlier))));
        }
        return checks;
    }
}
