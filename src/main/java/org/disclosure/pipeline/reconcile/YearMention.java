package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year written in the text (2022年), with what its neighbourhood says about it: whether it is
 * the year of a comparison (比2021年), a date (2021年12月31日), one end of a range (2021-2025年),
 * inside a cited title or document number (《…2019年修订》, 〔2021〕), or history (自2018年以来),
 * and whether it claims to be the year of the document's own figures (2021年预算数为, 2022年部门决算).
 */
record YearMention(int year, int start, int end, String text, boolean comparison, boolean date, boolean asOf,
                   boolean cited, String ownKind, boolean earlyBudget, String figuresKind, boolean earlyFigures) {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.．])((?:19|20)\\d{2})\\s*年");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:19|20)\\d{2}\\s*年?\\s*[-—－~～至到]\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[-—－~～至到]\\s*(?:19|20)\\d{2}");
    private static final Pattern NUMBER_BRACKET = Pattern.compile("[〔【\\[［]\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("(?:比|较|与|同|相比|对比|相较|上年)\\s*$");
    private static final Pattern HISTORY_BEFORE = Pattern.compile("(?:自|从|始于|成立于|于|在)\\s*$");
    private static final Pattern HISTORY_AFTER = Pattern.compile(
            "^\\s*(?:度)?\\s*(?:以来|起|前|以前|之前|至今|后|修订|修正|印发|颁布|发布|制定|出台|实施|成立|开始)");
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*(?:\\d{1,2}\\s*月|[上下]半年|底|末|年底|年末|第[一二三四]季度|[一二三四]季度)");
    private static final Pattern AS_OF = Pattern.compile("(?:截至|截止|截止到|截至到|至)\\s*$");
    /** The year of a 预算 or 决算 named as a document's own: 2021年预算数为, 2022年度部门决算, 2021年年初预算. */
    private static final Pattern OWN = Pattern.compile(
            "^\\s*(?:度)?\\s*(?:[区市县州省]级)?\\s*(?:部门|单位|预算单位)?\\s*(年初|初)?\\s*(预算|决算)(?!\\s*执行|调整)");

    /**
     * In a department's document, the year of figures named at more length: 2024年度一般公共预算财政拨款支出决算,
     * 2023年收入、支出预算 (not last year's execution, 2023年当年预算执行数).
     */
    private static final Pattern OWN_FIGURES = Pattern.compile(
            "^\\s*度?\\s*(?:[\\p{IsHan}、“”\"](?<!执行|上年|同期)){0,16}?(年初|初)?(预算|决算)(?!\\s*执行|调整)");

    /** Every year written in {@code text}. */
    static List<YearMention> in(String text) {
        List<YearMention> mentions = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 16));
            String rawAfter = text.substring(m.start(1) + 4, Math.min(text.length(), m.start(1) + 20));
            boolean cited = insideTitleMarks(text, m.start()) || NUMBER_BRACKET.matcher(before).find()
                    || RANGE_BEFORE.matcher(before).find() || RANGE_AFTER.matcher(rawAfter.replaceFirst("^\\s*年", "")).find()
                    || RANGE_AFTER.matcher(rawAfter).find() || HISTORY_BEFORE.matcher(before).find()
                    || HISTORY_AFTER.matcher(after).find();
            Matcher own = OWN.matcher(after);
            String ownKind = null;
            boolean early = false;
            if (own.find()) {
                ownKind = own.group(2);
                early = own.group(1) != null;
            }
            Matcher figures = OWN_FIGURES.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24)));
            boolean named = figures.find() && !figures.group().contains("执行");
            mentions.add(new YearMention(Integer.parseInt(m.group(1)), m.start(), m.end(), m.group(),
                    COMPARISON.matcher(before).find(), DATE_AFTER.matcher(after).find(), AS_OF.matcher(before).find(),
                    cited, ownKind, early, named ? figures.group(2) : null, named && figures.group(1) != null));
        }
        return mentions;
    }

    /** Inside 《…》 (a cited law or report) as far as this text shows. */
    private static boolean insideTitleMarks(String text, int at) {
        int open = text.lastIndexOf('《', at);
        return open >= 0 && text.lastIndexOf('》', at) < open;
    }

    /** Names some year other than this document's for a reason of its own: no claim about the document. */
    boolean elsewhere() {
        return comparison || cited || date;
    }

    /**
     * Claims to be the year of the document's own figures: the document's kind (预算 in a budget;
     * 决算 or 年初预算 in final accounts), not compared with, cited or dated.
     */
    boolean claimsOwnYear(boolean budget) {
        if (ownKind == null || elsewhere() || asOf) {
            return false;
        }
        return budget ? ownKind.equals("预算") && !earlyBudget : ownKind.equals("决算") || earlyBudget;
    }

    /** {@link #claimsOwnYear}, or the document's kind named a few words on (2024年度一般公共预算财政拨款支出决算). */
    boolean claimsOwnFigures(boolean budget) {
        if (claimsOwnYear(budget)) {
            return true;
        }
        if (figuresKind == null || elsewhere() || asOf) {
            return false;
        }
        return budget ? figuresKind.equals("预算") && !earlyFigures : figuresKind.equals("决算") || earlyFigures;
    }

    /** A few characters either side, to show the reader where it is. */
    static String around(String text, int start, int end) {
        int from = Math.max(0, start - 12);
        int to = Math.min(text.length(), end + 14);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
