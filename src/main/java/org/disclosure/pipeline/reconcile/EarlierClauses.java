package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * The amounts of one section, each with the subject and side (预算 or 决算) its label names, for a
 * later clause that gives no amount of its own: “三公”经费…年初预算为2.85万元，支出决算为0.39万元 … 。
 * 2024年度“三公”经费支出决算数小于预算数 compares the 0.39 with the 2.85; 公务接待费支出决算为0.39万元
 * … 公务接待费支出决算减少0.15万元，下降27.78% changes from 0.39 − (−0.15). Only a subject named the
 * same way (after its year, 财政拨款 and 支出 are put aside) is matched: anything less certain is not read.
 */
final class EarlierClauses {

    enum Side { BUDGET, OUTTURN }

    /** An amount, the subject its label names and whether it is that subject's 预算 or 决算. */
    record Labelled(String subject, Side side, Figure amount) {
    }

    private static final String SIDE = "(年初预算数?|调整后?预算数?|预算数?|决算数?)";
    /** 公务接待费支出决算为, “三公”经费财政拨款支出年初预算为, 支出决算为 (its subject that of the amount before). */
    private static final Pattern AMOUNT_LABEL = Pattern.compile("^(.*?)" + SIDE + "(?:为|是)?$");
    /** The side before a comparative: 2024年度“三公”经费支出决算数(小于). */
    private static final Pattern SIDE_BEFORE = Pattern.compile("^(.*?)" + SIDE + "$");
    /** The side after it, of the same subject: (小于)预算数的主要原因. */
    private static final Pattern SIDE_AFTER = Pattern.compile("^" + SIDE);
    /** Both sides before it: “三公”经费决算数与预算数(持平). */
    private static final Pattern SIDE_PAIR = Pattern.compile("^(.*?)" + SIDE + "[与和同跟]" + SIDE + "(?:相比)?(?:基本|大致|完全)?$");
    /** The label of a change that gives no current amount: 公务接待费支出决算(减少), …决算数比2023年度(减少). */
    private static final Pattern CHANGE_LABEL = Pattern.compile("^(.*?)决算数?(?:(?:比|较)\\S*)?$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年度?");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}年度?");
    private static final Pattern CHANGE_JOIN = Pattern.compile("^[，,、\\s]*$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DisclosureDocument document;
    private final int page;
    private final List<Labelled> seen = new ArrayList<>();

    EarlierClauses(DisclosureDocument document, int page) {
        this.document = document;
        this.page = page;
    }

    /** A new section (a numbered heading, a table between): what came before is no longer referred to. */
    void newSection() {
        seen.clear();
    }

    /** Notes the sentence's amounts whose labels name a subject and a side. */
    void read(String sentence, List<Figure> amounts) {
        String subject = null;
        for (int i = 0; i < amounts.size(); i++) {
            Figure amount = amounts.get(i);
            String label = clause(sentence.substring(i == 0 ? 0 : amounts.get(i - 1).end(), amount.start()));
            Matcher m = AMOUNT_LABEL.matcher(label);
            if (!m.matches() || !thisYear(m.group(1))) {
                subject = null;
                continue;
            }
            String named = subject(m.group(1));
            subject = named.isEmpty() ? subject : named; // 支出决算为: the subject of the amount before
            if (subject != null) {
                seen.add(new Labelled(subject, side(m.group(2)), amount));
            }
        }
    }

    /** 2024年度“三公”经费支出决算数小于预算数, in a sentence without amounts: the nearest 决算 and 预算 of that subject. */
    List<Check> comparatives(String sentence) {
        List<Check> checks = new ArrayList<>();
        Matcher word = ComparisonRule.COMPARATIVE.matcher(sentence);
        while (word.find()) {
            String before = clause(sentence.substring(0, word.start()));
            String after = TextNormalizer.withoutSpaces(sentence.substring(word.end()).split("[，,、：:]", -1)[0]);
            String subject;
            Side left;
            Side right;
            Matcher pair = SIDE_PAIR.matcher(before);
            Matcher one = SIDE_BEFORE.matcher(before);
            Matcher other = SIDE_AFTER.matcher(after);
            if (pair.matches() && !other.find()) {
                subject = pair.group(1);
                left = side(pair.group(2));
                right = side(pair.group(3));
            } else if (one.matches() && other.find()) {
                subject = one.group(1);
                left = side(one.group(2));
                right = side(other.group(1));
            } else {
                continue;
            }
            if (left == right || !thisYear(subject) || subject(subject).isEmpty()) {
                continue;
            }
            Figure a = nearest(subject(subject), left);
            Figure b = nearest(subject(subject), right);
            if (a != null && b != null) {
                checks.add(ComparisonRule.comparative(document, page, sentence, word.group(), a, b));
            }
        }
        return checks;
    }

    /**
     * 公务接待费支出决算减少0.15万元，下降27.78%, in a sentence without amounts: the change runs to the
     * subject's nearest 决算 from a base the sentence does not give, so the base is that 决算 less the
     * change, and the rate must be the change over it.
     */
    List<Check> changes(String sentence, List<Figure> figures) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure change = figures.get(i);
            Figure rate = figures.get(i + 1);
            if (change.kind() != FigureKind.CHANGE || !change.isMoney() || rate.kind() != FigureKind.CHANGE
                    || !"%".equals(rate.unit()) || !CHANGE_JOIN.matcher(sentence.substring(change.end(), rate.start())).matches()) {
                continue;
            }
            Matcher label = CHANGE_LABEL.matcher(clause(sentence.substring(i == 0 ? 0 : figures.get(i - 1).end(), change.start())));
            if (!label.matches() || !thisYear(label.group(1)) || subject(label.group(1)).isEmpty()) {
                continue;
            }
            Figure current = nearest(subject(label.group(1)), Side.OUTTURN);
            if (current == null || change.value().signum() * rate.value().signum() < 0) {
                continue; // 减少…增长 is a direction the rate rule reads; here only the size is reckoned
            }
            Check check = rate(sentence, current, change, rate);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    private Check rate(String sentence, Figure current, Figure change, Figure rate) {
        BigDecimal unit = change.scaleToYuan();
        BigDecimal now = current.scaleToYuan().compareTo(unit) == 0 ? current.value()
                : current.toYuan().divide(unit, MathContext.DECIMAL64);
        BigDecimal base = now.subtract(change.value());
        if (base.signum() <= 0) {
            return null;
        }
        BigDecimal exact = change.value().multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
        BigDecimal bound = PrintedRates.quotientBound(rate.value(), change.value(), base);
        CheckStatus status = PrintedRates.judge(rate.value().abs(), exact.abs(), bound);
        String size = change.value().abs().toPlainString() + change.unit();
        String how = size + " ÷ (" + current.text().strip() + (change.value().signum() < 0 ? " + " : " − ") + size + ") × 100";
        BigDecimal expected = exact.setScale(Math.max(rate.value().scale(), 0), RoundingMode.HALF_UP);
        String message = status == CheckStatus.PASS
                ? "第" + page + "页「" + rate.text().strip() + "」= " + how + "，相符"
                : "第" + page + "页「" + sentence + "」：" + how + " = " + Amounts.format(expected.abs(), "%") + "，文中写「"
                + rate.text().strip() + "」" + (status == CheckStatus.WARN ? "，仅差舍入" : "");
        return Check.computed(ComparisonRule.ID, status, message, expected, rate.value(),
                ComparisonRule.refs(document, page, sentence, current, change, rate), "%", rate.text().strip(), how);
    }

    /** The nearest earlier amount of the subject on that side. */
    private Figure nearest(String subject, Side side) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Labelled l = seen.get(i);
            if (l.side() == side && l.subject().equals(subject)) {
                return l.amount();
            }
        }
        return null;
    }

    /** A label's words of the year: none, or the document's own year (2023年度决算 is another amount). */
    private boolean thisYear(String words) {
        Matcher year = YEAR.matcher(words);
        while (year.find()) {
            Integer own = document.identity() == null ? null : document.identity().year();
            if (own == null || Integer.parseInt(year.group(1)) != own) {
                return false;
            }
        }
        return true;
    }

    /** The subject a label names, its year, 财政拨款 and a closing 支出 put aside: “三公”经费, 公务接待费. */
    static String subject(String words) {
        String s = LEADING_YEAR.matcher(TextNormalizer.withoutSpaces(words)).replaceFirst("").replace("财政拨款", "");
        return s.endsWith("支出") ? s.substring(0, s.length() - 2) : s;
    }

    private static Side side(String word) {
        return word.startsWith("决算") ? Side.OUTTURN : Side.BUDGET;
    }

    /** The clause before a figure or a word: back to the last comma, colon or 、. */
    private static String clause(String text) {
        String[] parts = text.split("[，,、：:]", -1);
        return TextNormalizer.withoutSpaces(parts[parts.length - 1]);
    }
}
