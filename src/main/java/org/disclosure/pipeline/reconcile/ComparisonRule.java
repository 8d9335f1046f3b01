package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureFinder;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * A sentence that gives two amounts and compares them agrees with itself: the comparative (大于,
 * 小于, 等于, 持平, 高于, 低于) holds between the amounts it names, and a change printed right after
 * the amount compared with (比预算数500万元减少70万元，下降14%) is the difference from that base,
 * in direction, amount and rate, within what rounding allows. A comparative or change that gives no
 * amount of its own reads the sentence before, else the section's earlier clauses of the same
 * subject ({@link EarlierClauses}). Sentences whose amounts cannot be told apart are not read: no
 * claim is made of them.
 */
final class ComparisonRule implements Rule {


    static final String ID = "narrative.comparison";

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");
    static final Pattern COMPARATIVE = Pattern.compile("大于|高于|超过|多于|小于|低于|少于|等于|持平|相等");
    /** What may stand between a compared amount and its comparative marker: 430万元，比 … */
    private static final Pattern JOIN = Pattern.compile("^[，,\\s]*$");
    /** What may stand between the base amount and a change of it, or between two changes: ，即 … */
    private static final Pattern CHANGE_JOIN = Pattern.compile("^[，,、\\s]*(?:即|共|同比)?[，,、\\s]*$");
    /** The marker before the amount compared with, and the label of that amount (比预算数, 较上年决算). */
    private static final Pattern BASE_MARKER = Pattern.compile("(?:比|较|与)[\\p{IsHan}\\s]{0,12}$");
    /** 比 and the label of the amount compared with, by its year, right before the change (，比2023年预算执行数增加). */
    private static final Pattern NAMED_BASE = Pattern.compile("^[，,\\s]*(?:比|较)(((?:19|20)\\d{2}年)度?[\\p{IsHan}]{2,12}?)(?:相比)?[，,\\s]*$");
    /** Characters every label of an amount has (数, 为 …): no sign of which amount a word names. */
    private static final Pattern GENERIC = Pattern.compile("[数为的是元万额度共计达]");
    /** Two things compared with 与/和/同 before the comparative: 决算数与预算数(相比基本)持平. */
    private static final Pattern PAIR = Pattern.compile("(\\p{IsHan}+?)[与和同跟](\\p{IsHan}+?)(?:相比)?(?:基本|大致|完全)?");
    /** A completion rate's phrase: 完成年初预算的, 完成调整预算的, 为预算的. */
    private static final Pattern COMPLETION = Pattern.compile("(?:完成|为|占)了?((?:年初|调整后?|全年)?预算(?:数)?)的?\\s*$");
    /** The label of an outturn, the amount a completion rate is of: 支出决算为, 实际完成, 执行数. */
    private static final Pattern OUTTURN = Pattern.compile("决算|完成|执行|实际|实现");
    /** A line that starts an item or a heading of its own: 1. …, (三) …, 二、… (not 1.5%). */
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}[.、．](?!\\d)|[(（][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,3}、)");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[\\d.]+$");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+(?![\\d.])");
    /** Put where a line break splits digits we cannot tell apart: the sentence holding it is not read. */
    private static final char UNSURE = '\u2016';
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosurePage page : document.pages()) {
            if (!page.hasTextLayer()) {
                continue;
            }
            String previous = "";
            EarlierClauses earlier = new EarlierClauses(document, page.number());
            for (List<String> section : sections(page.text())) {
                earlier.newSection();
                for (String sentence : section) {
                    List<Figure> figures = FigureFinder.find(sentence);
                    List<Figure> amounts = moneyAmounts(figures);
                    earlier.read(sentence, amounts);
                    if (amounts.size() >= 2) {
                        checks.addAll(changes(document, page.number(), sentence, figures, amounts));
                        checks.addAll(changesFromNamedBase(document, page.number(), sentence, figures, amounts));
                        checks.addAll(comparatives(document, page.number(), sentence, amounts, 0));
                        checks.addAll(completion(document, page.number(), sentence, figures, amounts));
                    } else if (amounts.isEmpty()) {
                        checks.addAll(withoutAmounts(document, page.number(), previous, sentence, earlier, figures));
                    }
                    previous = sentence;
                }
            }
        }
        return checks;
    }

    /**
     * A sentence that gives no amount: its comparative reads the sentence before (年初预算为A万元，支出决算为B万元。
     * 决算数小于预算数…), else the section's earlier clauses of the same subject, as does a change that gives
     * no current amount (公务接待费支出决算减少0.15万元，下降27.78%).
     */
    private static List<Check> withoutAmounts(DisclosureDocument document, int page, String previous, String sentence,
                                              EarlierClauses earlier, List<Figure> figures) {
        List<Check> checks = new ArrayList<>();
        if (COMPARATIVE.matcher(sentence).find()) {
            String joined = previous + "，" + sentence;
            List<Figure> before = moneyAmounts(FigureFinder.find(joined));
            if (before.size() >= 2) {
                checks.addAll(comparatives(document, page, joined, before, previous.length() + 1));
            }
            if (checks.isEmpty()) {
                checks.addAll(earlier.comparatives(sentence));
            }
        }
        checks.addAll(earlier.changes(sentence, figures));
        return checks;
    }

    /** The page's sentences by section: a numbered heading or a table line starts a new one. */
    static List<List<String>> sections(String text) {
        return sections(text, SENTENCE_END);
    }

    /** As above, sentences ending at {@code end} (a list whose items end at ；is one sentence when only 。 ends one). */
    static List<List<String>> sections(String text, Pattern end) {
        List<List<String>> sections = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        for (String line : text.split("\n")) {
            boolean table = line.indexOf('\t') >= 0;
            if (table || NUMBERED.matcher(line.strip()).find()) {
                sections.add(sentences(section.toString(), end));
                section.setLength(0);
            }
            if (!table) {
                section.append(line).append('\n');
            }
        }
        sections.add(sentences(section.toString(), end));
        return sections;
    }

    /** Whether the narrative prints this amount as the one compared with (比预算数500万元): a base, not the amount that changed. */
    static boolean comparedWith(NarrativeFigure figure) {
        int at = figure.context().indexOf(figure.text());
        return at > 0 && BASE_MARKER.matcher(figure.context().substring(0, at)).find();
    }

    private static List<Figure> moneyAmounts(List<Figure> figures) {
        return figures.stream().filter(f -> f.kind() == FigureKind.AMOUNT && f.isMoney()).toList();
    }

    /**
     * The page's prose as sentences: table rows (cells apart by tabs) left out, wrapped lines joined,
     * a numbered line (1. …, (三) …) starting a new one. A figure wrapped over a line break is joined
     * when its decimals tell (1346.1 | 6万元); when they cannot (1346 | 16万元 or 1346 | 2022年?),
     * the sentence is left unread rather than guessed.
     */
    static List<String> sentences(String text) {
        return sentences(text, SENTENCE_END);
    }

    private static List<String> sentences(String text, Pattern end) {
        StringBuilder prose = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.indexOf('\t') >= 0) {
                prose.append('。');
                continue;
            }
            String stripped = line.strip();
            if (NUMBERED.matcher(stripped).find()) {
                prose.append('。');
            } else if (!prose.isEmpty() && !stripped.isEmpty() && Character.isDigit(prose.charAt(prose.length() - 1))
                    && Character.isDigit(stripped.charAt(0))) {
                prose.append(wrappedFigure(prose, stripped) ? "" : UNSURE);
            }
            prose.append(stripped);
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : end.split(prose)) {
            if (!sentence.isBlank() && sentence.indexOf(UNSURE) < 0) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** 1346.1 | 6万元: a decimal figure whose decimals, joined, are no more than money has (two). */
    private static boolean wrappedFigure(CharSequence before, String after) {
        Matcher tail = TRAILING_NUMBER.matcher(before);
        Matcher head = LEADING_DIGITS.matcher(after);
        if (!tail.find() || !head.find()) {
            return false;
        }
        String number = tail.group();
        int dot = number.lastIndexOf('.');
        return dot >= 0 && number.length() - dot - 1 + head.group().length() <= 2;
    }

    /**
     * 2023年预算执行数为389.59万元，2024年预算安排421.23万元，比2023年预算执行数增加8.12%: the base is
     * not printed after 比 but named by its label, so it is the sentence's one amount that label names,
     * and the change runs from it to the other amount (only in sentences of exactly two amounts).
     */
    private static List<Check> changesFromNamedBase(DisclosureDocument document, int page, String sentence,
                                                    List<Figure> figures, List<Figure> amounts) {
        List<Check> checks = new ArrayList<>();
        for (Figure change : figures) {
            if (change.kind() != FigureKind.CHANGE) {
                continue;
            }
            List<Figure> earlier = amounts.stream().filter(f -> f.end() <= change.start()).toList();
            if (earlier.size() != 2 || amounts.size() != 2) {
                continue;
            }
            Matcher marker = NAMED_BASE.matcher(sentence.substring(earlier.get(1).end(), change.start()));
            if (!marker.find()) {
                continue;
            }
            Figure base = named(marker.group(1), earlier, sentence);
            if (base == null) {
                continue;
            }
            Figure current = base == earlier.get(0) ? earlier.get(1) : earlier.get(0);
            // the label names the base by its year, which only the base's label gives (比上年预算 names neither amount)
            String year = marker.group(2);
            if (!labelOf(base, earlier, sentence).contains(year) || labelOf(current, earlier, sentence).contains(year)) {
                continue;
            }
            Check check = change.isMoney() ? amountChange(document, page, sentence, current, base, change)
                    : "%".equals(change.unit()) ? rateChange(document, page, sentence, current, base, change) : null;
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /** 决算数为430万元，比预算数500万元减少70万元，下降14%: each change held against current minus base. */
    private static List<Check> changes(DisclosureDocument document, int page, String sentence, List<Figure> figures,
                                       List<Figure> amounts) {
        List<Check> checks = new ArrayList<>();
        for (int b = 1; b < amounts.size(); b++) {
            Figure base = amounts.get(b);
            Figure current = amounts.get(b - 1);
            String between = sentence.substring(current.end(), base.start());
            Matcher marker = BASE_MARKER.matcher(between);
            if (!marker.find() || !JOIN.matcher(between.substring(0, marker.start())).matches()) {
                continue;
            }
            int after = base.end();
            for (Figure change : figures) {
                if (change.start() < after || change.kind() != FigureKind.CHANGE) {
                    continue;
                }
                if (!CHANGE_JOIN.matcher(sentence.substring(after, change.start())).matches()) {
                    break;
                }
                Check check = change.isMoney() ? amountChange(document, page, sentence, current, base, change)
                        : "%".equals(change.unit()) ? rateChange(document, page, sentence, current, base, change) : null;
                if (check != null) {
                    checks.add(check);
                }
                after = change.end();
            }
        }
        return checks;
    }

    private static Check amountChange(DisclosureDocument document, int page, String sentence, Figure current, Figure base,
                                      Figure change) {
        BigDecimal unit = change.scaleToYuan();
        BigDecimal now = current.toYuan().divide(unit, MathContext.DECIMAL64);
        BigDecimal then = base.toYuan().divide(unit, MathContext.DECIMAL64);
        BigDecimal expected = now.subtract(then);
        List<BigDecimal> parts = List.of(current.value(), base.value());
        String how = current.text().strip() + " − " + base.text().strip();
        if (expected.signum() != 0 && expected.signum() != change.value().signum()) {
            return direction(document, page, sentence, current, base, change);
        }
        CheckStatus status = Tolerance.judge(change.value().abs(), expected.abs(), parts);
        BigDecimal shown = Amounts.tidy(expected, change.value().scale());
        String message = status == CheckStatus.PASS
                ? "第" + page + "页「" + change.text().strip() + "」= " + how + "，相符"
                : "第" + page + "页「" + sentence + "」：" + how + " = " + Amounts.format(shown, change.unit()) + "，文中写「"
                + change.text().strip() + "」，" + Tolerance.difference(status, change.value().abs(), expected.abs(), parts, change.unit());
        return Check.computed(ID, status, message, expected, change.value(), refs(document, page, sentence, current, base, change),
                change.unit(), change.text().strip(), how);
    }

    private static Check rateChange(DisclosureDocument document, int page, String sentence, Figure current, Figure base,
                                    Figure change) {
        if (base.toYuan().signum() == 0) {
            return null;
        }
        BigDecimal difference = current.toYuan().subtract(base.toYuan());
        if (difference.signum() != 0 && difference.signum() != change.value().signum()) {
            return direction(document, page, sentence, current, base, change);
        }
        BigDecimal exact = difference.multiply(HUNDRED).divide(base.toYuan(), MathContext.DECIMAL64);
        BigDecimal then = inUnitOf(base, current);
        BigDecimal bound = PrintedRates.quotientBound(change.value(), current.value().subtract(then), then);
        CheckStatus status = PrintedRates.judge(change.value().abs(), exact.abs(), bound);
        String how = "(" + current.text().strip() + " − " + base.text().strip() + ") ÷ " + base.text().strip() + " × 100";
        BigDecimal expected = exact.setScale(Math.max(change.value().scale(), 0), RoundingMode.HALF_UP);
        String message = status == CheckStatus.PASS
                ? "第" + page + "页「" + change.text().strip() + "」= " + how + "，相符"
                : "第" + page + "页「" + sentence + "」：" + how + " = " + Amounts.format(expected.abs(), "%") + "，文中写「"
                + change.text().strip() + "」" + (status == CheckStatus.WARN ? "，仅差舍入" : "");
        return Check.computed(ID, status, message, expected, change.value(), refs(document, page, sentence, current, base, change),
                "%", change.text().strip(), how);
    }

    /** The amount in the other's unit, keeping its printed decimals when the units are the same. */
    private static BigDecimal inUnitOf(Figure amount, Figure other) {
        return amount.scaleToYuan().compareTo(other.scaleToYuan()) == 0 ? amount.value()
                : amount.toYuan().divide(other.scaleToYuan(), MathContext.DECIMAL64);
    }

    private static Check direction(DisclosureDocument document, int page, String sentence, Figure current, Figure base,
                                   Figure change) {
        boolean rose = current.toYuan().compareTo(base.toYuan()) > 0;
        return new Check(ID, CheckStatus.FAIL, "第" + page + "页「" + sentence + "」：" + current.text().strip() + "比"
                + base.text().strip() + (rose ? "多" : "少") + "，文中却写「" + change.text().strip() + "」", null,
                change.value(), null, refs(document, page, sentence, current, base, change));
    }

    /**
     * 年初预算为56.20万元，支出决算为55.90万元，决算数大于预算数: the words either side of the
     * comparative name two of the sentence's amounts by their labels; or it stands between two
     * amounts (55.90万元，大于年初预算56.20万元).
     */
    private static List<Check> comparatives(DisclosureDocument document, int page, String sentence, List<Figure> amounts,
                                            int from) {
        List<Check> checks = new ArrayList<>();
        Matcher word = COMPARATIVE.matcher(sentence);
        int at = from;
        while (at <= sentence.length() && word.find(at)) {
            at = word.end();
            if (insideFigure(amounts, word.start())) {
                continue;
            }
            Figure left = null;
            Figure right = null;
            Figure before = last(amounts, word.start());
            Figure next = firstAfter(amounts, word.end());
            String clauseBefore = clause(sentence.substring(before == null ? 0 : before.end(), word.start()), true);
            String clauseAfter = clause(sentence.substring(word.end()), false);
            if (before != null && clauseBefore.isEmpty() && next != null
                    && sentence.substring(word.end(), next.start()).matches("[\\p{IsHan}\\s]{0,12}")) {
                left = before;
                right = next;
            } else if (!clauseBefore.isEmpty() && (next == null || next.start() > word.end() + clauseAfter.length())) {
                // 决算数大于预算数; 决算数与预算数持平
                Matcher pair = PAIR.matcher(clauseBefore);
                String subject = clauseAfter.isEmpty() && pair.matches() ? pair.group(1) : clauseBefore;
                String object = clauseAfter.isEmpty() && pair.matches() ? pair.group(2) : clauseAfter;
                List<Figure> earlier = amounts.stream().filter(f -> f.end() <= word.start()).toList();
                left = object.isEmpty() ? null : named(subject, earlier, sentence);
                right = object.isEmpty() ? null : named(object, earlier, sentence);
                // of two amounts, the one side told apart names the other by elimination (本年预算数大于上年预算数)
                if (earlier.size() == 2 && (left == null) != (right == null)
                        && namesEach(left == null ? subject : object, earlier, sentence)) {
                    Figure known = left != null ? left : right;
                    Figure other = earlier.get(0) == known ? earlier.get(1) : earlier.get(0);
                    left = left != null ? left : other;
                    right = right != null ? right : other;
                }
            }
            if (left == null || right == null || left == right) {
                continue;
            }
            checks.add(comparative(document, page, sentence, word.group(), left, right));
        }
        return checks;
    }

    /** 年初预算为A万元，支出决算为B万元，完成年初预算的X%: X is B over A. */
    private static List<Check> completion(DisclosureDocument document, int page, String sentence, List<Figure> figures,
                                          List<Figure> amounts) {
        List<Check> checks = new ArrayList<>();
        for (Figure rate : figures) {
            if (rate.kind() != FigureKind.PERCENT || !"%".equals(rate.unit())) {
                continue;
            }
            Matcher of = COMPLETION.matcher(sentence.substring(Math.max(0, rate.start() - 12), rate.start()));
            List<Figure> earlier = amounts.stream().filter(f -> f.end() <= rate.start()).toList();
            if (!of.find() || earlier.size() < 2) {
                continue;
            }
            List<Figure> pair = earlier.subList(earlier.size() - 2, earlier.size());
            Figure planned = named(of.group(1), pair, sentence.substring(0, pair.get(1).end()), pair.get(0) == earlier.get(0) ? 0
                    : earlier.get(earlier.size() - 3).end());
            if (planned == null || planned.toYuan().signum() == 0) {
                continue;
            }
            Figure done = planned == pair.get(0) ? pair.get(1) : pair.get(0);
            if (!OUTTURN.matcher(labelOf(done, earlier, sentence)).find() || !labelOf(planned, earlier, sentence).contains("预算")) {
                continue; // 其中:地方财力安排的支出…，完成调整预算的: the rate of an amount whose budget the sentence does not give
            }
            BigDecimal denominator = inUnitOf(planned, done);
            BigDecimal exact = done.value().multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64);
            CheckStatus status = PrintedRates.judge(rate.value(), exact,
                    PrintedRates.quotientBound(rate.value(), done.value(), denominator));
            String how = done.text().strip() + " ÷ " + planned.text().strip() + " × 100";
            BigDecimal expected = exact.setScale(Math.max(rate.value().scale(), 0), RoundingMode.HALF_UP);
            String message = status == CheckStatus.PASS ? "第" + page + "页「" + of.group() + rate.text().strip() + "」= " + how + "，相符"
                    : "第" + page + "页「" + sentence + "」：" + how + " = " + Amounts.format(expected, "%") + "，文中写「"
                    + rate.text().strip() + "」" + (status == CheckStatus.WARN ? "，仅差舍入" : "");
            checks.add(Check.computed(ID, status, message, expected, rate.value(), refs(document, page, sentence, rate, done, planned),
                    "%", rate.text().strip(), how));
        }
        return checks;
    }

    static Check comparative(DisclosureDocument document, int page, String sentence, String word, Figure left,
                                     Figure right) {
        BigDecimal a = left.toYuan();
        BigDecimal b = right.toYuan();
        int order = a.compareTo(b);
        boolean holds = switch (word) {
            case "大于", "高于", "超过", "多于" -> order > 0;
            case "小于", "低于", "少于" -> order < 0;
            default -> order == 0;
        };
        String claim = left.text().strip() + " " + word + " " + right.text().strip();
        List<CheckRef> refs = refs(document, page, sentence, left, right);
        if (holds) {
            return new Check(ID, CheckStatus.PASS, "第" + page + "页" + claim + "，相符", null, null, null, refs);
        }
        String actual = order > 0 ? "大于" : order < 0 ? "小于" : "等于";
        return new Check(ID, CheckStatus.FAIL, "第" + page + "页「" + sentence + "」：" + left.text().strip() + actual
                + right.text().strip() + "，文中却说“" + word + "”", b, a, a.subtract(b), refs);
    }

    /** The clause next to the comparative: back to the last comma before it, or on to the next one after. */
    private static String clause(String text, boolean before) {
        String[] parts = text.split("[，,、：:]", -1);
        String clause = before ? parts[parts.length - 1] : parts[0];
        return TextNormalizer.withoutSpaces(clause);
    }

    /** The one amount whose label shares a word (a bigram beyond 数, 为 …) with {@code words}, or null if none or several. */
    private static Figure named(String words, List<Figure> amounts, String sentence) {
        return named(words, amounts, sentence, 0);
    }

    /** As above, the first amount's label read from {@code start}. */
    private static Figure named(String words, List<Figure> amounts, String sentence, int start) {
        Figure best = null;
        int bestScore = 0;
        boolean tie = false;
        for (int i = 0; i < amounts.size(); i++) {
            int from = i == 0 ? start : amounts.get(i - 1).end();
            String label = clause(sentence.substring(from, amounts.get(i).start()), true);
            int score = shared(words, label);
            if (score > bestScore) {
                best = amounts.get(i);
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The clause before an amount, back to the amount before it: its label (支出决算为). */
    private static String labelOf(Figure amount, List<Figure> amounts, String sentence) {
        int i = amounts.indexOf(amount);
        int from = i <= 0 ? 0 : amounts.get(i - 1).end();
        return clause(sentence.substring(from, amount.start()), true);
    }

    /** Whether the words share a word with the label of each amount: a tie, not a miss. */
    private static boolean namesEach(String words, List<Figure> amounts, String sentence) {
        for (int i = 0; i < amounts.size(); i++) {
            int from = i == 0 ? 0 : amounts.get(i - 1).end();
            if (shared(words, clause(sentence.substring(from, amounts.get(i).start()), true)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int shared(String a, String b) {
        Set<String> grams = new HashSet<>();
        String x = GENERIC.matcher(a).replaceAll("");
        String y = GENERIC.matcher(b).replaceAll("");
        for (int i = 0; i + 1 < x.length(); i++) {
            grams.add(x.substring(i, i + 2));
        }
        int count = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            if (grams.remove(y.substring(i, i + 2))) {
                count++;
            }
        }
        return count;
    }

    private static boolean insideFigure(List<Figure> figures, int at) {
        return figures.stream().anyMatch(f -> f.start() <= at && at < f.end());
    }

    private static Figure last(List<Figure> figures, int before) {
        Figure last = null;
        for (Figure f : figures) {
            if (f.end() <= before) {
                last = f;
            }
        }
        return last;
    }

    private static Figure firstAfter(List<Figure> figures, int after) {
        return figures.stream().filter(f -> f.start() >= after).findFirst().orElse(null);
    }

    /**
     * Each figure where the narrative prints it (its box), or the page alone when the narrative reader did not
     * list it. A page may print the same text twice (增加17.66% in two items): the figure whose context reads
     * like the sentence just before it is the one meant.
     */
    static List<CheckRef> refs(DisclosureDocument document, int page, String sentence, Figure... figures) {
        List<CheckRef> refs = new ArrayList<>();
        for (Figure figure : figures) {
            String text = TextNormalizer.withoutSpaces(figure.text());
            List<NarrativeFigure> same = document.figures().stream()
                    .filter(f -> f.page() == page && TextNormalizer.withoutSpaces(f.text()).equals(text)).toList();
            // a figure of an earlier clause has its place in another sentence: then no lead tells
            boolean inSentence = figure.start() >= 0 && sentence.startsWith(figure.text(), figure.start());
            String lead = inSentence ? TextNormalizer.withoutSpaces(sentence.substring(0, figure.start())) : "";
            NarrativeFigure printed = null;
            int best = -1;
            for (NarrativeFigure candidate : same) {
                int agreeing = agreeingLead(TextNormalizer.withoutSpaces(candidate.context()), lead, text);
                if (agreeing > best) {
                    best = agreeing;
                    printed = candidate;
                }
            }
            refs.add(printed != null ? TableCells.ref(printed)
                    : new CheckRef(null, null, null, null, null, page, null, figure.text().strip()));
        }
        return refs;
    }

    /** How many characters of the sentence before the figure its printed context repeats, right up to the figure. */
    private static int agreeingLead(String context, String lead, String text) {
        int agreeing = -1;
        for (int length = 0; length <= Math.min(lead.length(), NarrativeFigure.CONTEXT_REACH); length++) {
            if (!context.contains(lead.substring(lead.length() - length) + text)) {
                break;
            }
            agreeing = length;
        }
        return agreeing;
    }
}
