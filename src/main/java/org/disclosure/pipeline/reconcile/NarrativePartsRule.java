package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureFinder;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.figure.Relation;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * A whole the narrative splits into parts must hold them: "政府采购预算1486.42万元，其中：货物3.66万元、工程36.44万元、
 * 服务1446.32万元", "基本支出5377.64万元。其中：人员经费4896.98万元…；公用经费480.66万元…", "共有车辆8辆，其中：…用车3辆、
 * 其他用车5辆". The sentence is its own proof, so this holds where the table it restates is not printed (政府采购 and
 * 国有资产 are often in prose only). Parts that add up to more than the whole are wrong whatever the list leaves
 * out; parts that add up to less are wrong only where the list is plainly the whole split: one part is 其他…, or
 * every part's name repeats the whole's (政府采购货物预算 of 政府采购预算). Rounding of each printed figure is a warning.
 */
final class NarrativePartsRule implements Rule {

    static final String ID = "narrative.parts-add-up";

    /** A split's items may end at ；: only a full stop ends its sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！!？?]");
    private static final Pattern OF_WHICH = Pattern.compile("其中");
    /** What may stand between a whole and its 其中. */
    private static final Pattern JOIN = Pattern.compile("^[，,：:\\s]*$");
    /** Words after which a list's items are themselves broken down (主要包括：基本工资…): their figures are no parts. */
    private static final Pattern NESTED = Pattern.compile("包括|含|即|分别");
    /** A figure a part is compared with (比上年500万元), not a part. */
    private static final Pattern BASE = Pattern.compile("(?:比|较|与|同比|占)[^，,、；;：:]*$");
    private static final Pattern ITEM_END = Pattern.compile("[；;]");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,、；;：:。]");
    /** A bracketed aside: (以合同签订为准), (含外宾接待支出0.00万元). */
    private static final Pattern ASIDE = Pattern.compile("[(（][^()（）]*[)）]");
    /** Words around a name that are not the name: …为, 共有, 合计 … */
    private static final Pattern FILLER_AFTER = Pattern.compile("(?:为|是|共|计|合计|总计|达|达到|约|了)+$");
    private static final Pattern FILLER_BEFORE = Pattern.compile("^(?:其中|共有|共|合计|总计|(?:19|20)\\d{2}年度?|本年度?|本部门|本单位)+");
    private static final Pattern HEADING_END = Pattern.compile("情况说明|情况|说明");
    /** How much of the whole's name a part's name must repeat to be one of its split (采购金额 of 货物采购金额). */
    private static final int COVER = 4;
    /** Splits every budget makes by definition (by nature of spending, and by economic class of 基本支出). */
    private static final List<String> SPENDING_BY_NATURE = List.of("基本支出", "项目支出");
    private static final List<List<String>> STANDARD_SPLITS = List.of(SPENDING_BY_NATURE, List.of("人员经费", "公用经费"));
    /** Words by which a text says its parts are all of the whole (全部为…, 包括…两部分, 分为…). */
    private static final Pattern STATED_WHOLE = Pattern.compile("全部(?:为|是|用于)|[两二]部分|[两二]项|分为|由.{0,40}组成");
    private static final MathContext PRECISION = new MathContext(20);

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        boolean finalAccounts = document.identity().kind() != null && document.identity().kind().contains("决算");
        boolean previousPageCut = false;
        for (DisclosurePage page : document.pages()) {
            if (!page.hasTextLayer()) {
                previousPageCut = false;
                continue;
            }
            List<List<String>> sections = ComparisonRule.sections(page.text(), SENTENCE_END);
            boolean pageCutsLastSentence = cutAtPageEnd(page.text());
            // the page's first sentence began on the page before: what its first figure is (增加2.9亿元) is there
            String continued = previousPageCut && !sections.isEmpty() && !sections.get(0).isEmpty()
                    ? sections.get(0).get(0) : null;
            for (int s = 0; s < sections.size(); s++) {
                List<String> section = sections.get(s);
                String previous = "";
                for (int i = 0; i < section.size(); i++) {
                    String sentence = section.get(i);
                    boolean cut = pageCutsLastSentence && s == sections.size() - 1 && i == section.size() - 1;
                    checks.addAll(check(document, page.number(), previous, sentence,
                            new Reading(cut, finalAccounts, continued)));
                    previous = sentence;
                }
            }
            previousPageCut = pageCutsLastSentence;
        }
        return checks;
    }

    /**
     * What the sentence's place tells: whether the page ends it before its full stop (the list may go on over the
     * page: 货物…、工程…| 服务…。), and whether the document is a 决算 (whose spending has more parts than 基本/项目).
     */
    private record Reading(boolean cutByPageEnd, boolean finalAccounts, String continuedFromPageBefore) {
    }

    /** Whether the page's prose ends without a full stop: its last sentence goes on over the page (or is lost). */
    private static boolean cutAtPageEnd(String text) {
        String[] lines = text.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        if (last.isEmpty() || last.indexOf('\t') >= 0) {
            return false; // a table ends the page: the prose before it ended there
        }
        return !SENTENCE_END.matcher(last.substring(last.length() - 1)).matches();
    }

    /** The splits a sentence states; a 其中 opening the sentence splits the figure the sentence before ends with. */
    private static List<Check> check(DisclosureDocument document, int page, String previous, String sentence,
                                     Reading reading) {
        List<Check> checks = new ArrayList<>();
        List<Figure> figures = FigureFinder.find(sentence);
        List<Integer> ofWhich = new ArrayList<>();
        Matcher m = OF_WHICH.matcher(sentence);
        while (m.find()) {
            ofWhich.add(m.start());
        }
        for (int i = 0; i < ofWhich.size(); i++) {
            int at = ofWhich.get(i);
            int listEnd = i + 1 < ofWhich.size() ? ofWhich.get(i + 1) : sentence.length();
            if (i + 1 < ofWhich.size()) {
                // a list holding a nested 其中 mixes levels: only the sentence's last 其中 is read, so a list of
                // parts before another 其中 (its sibling lists too: 其中：A…，其中：B…) is skipped unchecked
                continue;
            }
            Whole whole = whole(figures, sentence, at, previous);
            if (whole == null || wordsBeforeOnPageBefore(whole, reading)) {
                continue;
            }
            List<Part> parts = parts(figures, sentence, at + 2, listEnd, whole.figure());
            Check check = parts == null ? null : judge(document, page, whole, parts, sentence, reading);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /**
     * Whether the whole stands in a sentence begun on the page before: what it is an amount of (支出决算3.3亿元，
     * 比预算增加 | 2.9亿元) may be printed there, and sentences are read page by page, so it is not judged.
     */
    private static boolean wordsBeforeOnPageBefore(Whole whole, Reading reading) {
        return whole.sentence().equals(reading.continuedFromPageBefore());
    }

    /** The whole a 其中 splits, with its name and the sentence it is printed in. */
    private record Whole(Figure figure, String name, String sentence) {
    }

    /** A part and its name. */
    private record Part(Figure figure, String name) {
    }

    private static Whole whole(List<Figure> figures, String sentence, int ofWhich, String previous) {
        Figure before = null;
        for (Figure figure : figures) {
            if (figure.end() <= ofWhich) {
                before = figure;
            }
        }
        if (before != null && JOIN.matcher(sentence.substring(before.end(), ofWhich)).matches()) {
            return quantity(before) ? new Whole(before, name(sentence, before.start()), sentence) : null;
        }
        if (before == null && JOIN.matcher(sentence.substring(0, ofWhich)).matches() && !previous.isEmpty()) {
            // 基本支出5377.64万元。其中：人员经费…: the whole ends the sentence before
            List<Figure> earlier = FigureFinder.find(previous);
            if (!earlier.isEmpty()) {
                Figure last = earlier.get(earlier.size() - 1);
                if (JOIN.matcher(previous.substring(last.end())).matches() && quantity(last)) {
                    return new Whole(last, name(previous, last.start()), previous);
                }
            }
        }
        return null;
    }

    /** An exact amount of money or count of things: what can be split into parts. */
    private static boolean quantity(Figure figure) {
        return (figure.kind() == FigureKind.AMOUNT && figure.isMoney() || figure.kind() == FigureKind.COUNT
                && figure.unit() != null) && !figure.approximate()
                && (figure.relation() == null || figure.relation() == Relation.NONE);
    }

    private static boolean sameMeasure(Figure whole, Figure part) {
        return quantity(part) && (whole.isMoney() ? part.isMoney() : whole.unit().equals(part.unit()));
    }

    /**
     * The list's parts: one per item (items apart by ；, or by ，/、 when the list has no ；), each the item's one
     * figure of the whole's measure. Null when the list's level is in doubt: it breaks a part down further, or an item
     * of a ；-list holds several figures (…442.2亿元，包括市本级301.5亿元；市对区转移支付140.7亿元 lists a part of a part;
     * a ； may separate sides, each a list of its own, not parts).
     */
    private static List<Part> parts(List<Figure> figures, String sentence, int from, int to, Figure whole) {
        boolean semicolons = ITEM_END.matcher(sentence.substring(from, to)).find();
        if (!semicolons && brokenDown(figures, sentence, from, to, whole)) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        int itemStart = from;
        for (int i = from; i <= to; i++) {
            boolean ends = i == to || (semicolons ? ITEM_END : CLAUSE_END).matcher(String.valueOf(sentence.charAt(i))).matches();
            if (!ends) {
                continue;
            }
            List<Figure> inItem = partFigures(figures, sentence, itemStart, i, whole);
            if (inItem.size() > 1) {
                return null;
            }
            inItem.forEach(f -> parts.add(new Part(f, name(sentence, f.start()))));
            itemStart = i + 1;
        }
        return parts;
    }

    /** The item's figures that can be parts: of the whole's measure, no change, no base, not in an aside. */
    private static List<Figure> partFigures(List<Figure> figures, String sentence, int from, int to, Figure whole) {
        List<Figure> found = new ArrayList<>();
        for (Figure figure : figures) {
            if (figure.start() < from || figure.end() > to || insideAside(sentence, figure.start())) {
                continue;
            }
            String lead = sentence.substring(from, figure.start());
            if (figure.kind() != FigureKind.CHANGE && sameMeasure(whole, figure) && !BASE.matcher(lead).find()) {
                found.add(figure);
            }
        }
        return found;
    }

    /**
     * Whether the list breaks a part down into figures of its own (…，包括市本级102.0亿元、市对区转移支付40.1亿元): a
     * marker outside an aside with a figure of the whole's measure after it. 主要包括：基本工资、津贴补贴 names no figure.
     */
    private static boolean brokenDown(List<Figure> figures, String sentence, int from, int to, Figure whole) {
        Matcher nested = NESTED.matcher(sentence.substring(from, to));
        while (nested.find()) {
            int at = from + nested.end();
            if (!insideAside(sentence, from + nested.start()) && !partFigures(figures, sentence, at, to, whole).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAside(String sentence, int at) {
        int open = Math.max(sentence.lastIndexOf('(', at), sentence.lastIndexOf('（', at));
        int close = Math.max(sentence.lastIndexOf(')', at), sentence.lastIndexOf('）', at));
        return open > close;
    }

    /** The words naming the figure at {@code at}: its clause before it, asides and fillers dropped. */
    static String name(String sentence, int at) {
        String before = ASIDE.matcher(sentence.substring(0, at)).replaceAll("");
        int start = 0;
        Matcher clause = CLAUSE_END.matcher(before);
        while (clause.find()) {
            start = clause.end();
        }
        String name = before.substring(start).replaceAll("\\s+", "");
        // a heading the line break joined to its first sentence (支出决算情况说明本年支出) is no part of the name
        Matcher heading = HEADING_END.matcher(name);
        int named = 0;
        while (heading.find()) {
            if (name.length() - heading.end() >= 2) {
                named = heading.end();
            }
        }
        name = FILLER_AFTER.matcher(name.substring(named)).replaceAll("");
        return FILLER_BEFORE.matcher(name).replaceAll("");
    }

    private static Check judge(DisclosureDocument document, int page, Whole whole, List<Part> parts, String sentence,
                               Reading reading) {
        Figure total = whole.figure();
        if (parts.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal bound = halfUnit(total);
        for (Part part : parts) {
            sum = sum.add(inUnitOf(part.figure(), total));
            bound = bound.add(halfUnit(part.figure()).multiply(scale(part.figure(), total)));
        }
        BigDecimal difference = total.value().subtract(sum);
        CheckStatus status = difference.signum() == 0 ? CheckStatus.PASS
                : difference.abs().compareTo(bound) <= 0 ? CheckStatus.WARN : CheckStatus.FAIL;
        boolean shortfall = difference.signum() > 0;
        if (status == CheckStatus.FAIL && (shortfall && parts.size() < 2 || !wholeSplit(whole, parts, shortfall))) {
            // one part is a subset, and a list may name only the main parts (less proves nothing), or stages of
            // one thing (授信额度, 其中签订合同金额…，发放金额…), which overlap (more proves nothing either)
            return null;
        }
        if (parts.size() < 2 && status == CheckStatus.PASS) {
            return null; // one part no larger than its whole says nothing worth a line
        }
        String doubt = status == CheckStatus.FAIL && shortfall ? shortfallDoubt(whole, parts, sentence, reading) : null;
        if (doubt != null) {
            status = CheckStatus.UNVERIFIED;
        }
        String unit = total.unit();
        StringBuilder addends = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (Part part : parts) {
            addends.append(addends.isEmpty() ? "" : " + ").append(part.name()).append(part.figure().text().strip());
            names.append(names.isEmpty() ? "" : " + ").append(part.name().isEmpty() ? "分项" : part.name());
        }
        String quoted = "第" + page + "页「" + whole.name() + total.text().strip() + "，其中：…」";
        String message = switch (status) {
            case PASS -> quoted + "：各分项 " + addends + " 之和与总数相符";
            case WARN -> quoted + "：各分项 " + addends + " 之和为 " + Amounts.format(sum, unit) + "，与总数仅差舍入（"
                    + Amounts.format(difference, unit) + "，在各数四舍五入可致的 ±" + Amounts.format(bound.stripTrailingZeros(), unit)
                    + " 以内）";
            default -> quoted + "：各分项 " + addends + " 之和为 " + Amounts.format(sum, unit) + "，"
                    + (shortfall ? "少于" : "超过") + "总数 " + total.text().strip() + "，相差 " + Amounts.format(difference.abs(), unit)
                    + (doubt == null ? "" : "；" + doubt);
        };
        List<NarrativeFigure> used = new ArrayList<>();
        List<CheckRef> refs = new ArrayList<>(List.of(ref(document, page, whole.sentence(), total, used)));
        parts.forEach(p -> refs.add(ref(document, page, sentence, p.figure(), used)));
        return Check.computed(ID, status, message, sum, total.value(), refs, unit, total.text().strip(),
                names + ", 按文中各数所印位数 as the sentence prints them");
    }

    /**
     * Where the narrative prints the figure: of the page's figures that read the same (0万元 four times in one list),
     * the one not yet taken whose own words before it agree longest with the sentence's; the page alone when the
     * narrative reader did not list it.
     */
    private static CheckRef ref(DisclosureDocument document, int page, String sentence, Figure figure,
                                List<NarrativeFigure> used) {
        String text = TextNormalizer.withoutSpaces(figure.text());
        String lead = TextNormalizer.withoutSpaces(sentence.substring(0, figure.start()));
        NarrativeFigure best = null;
        int bestAgreeing = -1;
        for (NarrativeFigure candidate : document.figures()) {
            if (candidate.page() != page || used.contains(candidate)
                    || !TextNormalizer.withoutSpaces(candidate.text()).equals(text)) {
                continue;
            }
            int at = NarrativeCellRule.at(candidate);
            String before = at < 0 ? "" : TextNormalizer.withoutSpaces(candidate.context().substring(0, at));
            int agreeing = 0;
            while (agreeing < Math.min(before.length(), lead.length())
                    && before.charAt(before.length() - 1 - agreeing) == lead.charAt(lead.length() - 1 - agreeing)) {
                agreeing++;
            }
            if (agreeing > bestAgreeing) {
                bestAgreeing = agreeing;
                best = candidate;
            }
        }
        if (best == null) {
            return new CheckRef(null, null, null, null, null, page, null, figure.text().strip());
        }
        used.add(best);
        return TableCells.ref(best);
    }

    /**
     * Why parts short of their whole do not prove the document wrong, or null when they do: the page ends the
     * sentence before its full stop (the list may go on over the page), or a 决算's spending is said to be 基本支出
     * and 项目支出 only by their names (its 本年支出 may also hold 上缴上级支出, 经营支出, 对附属单位补助支出) and the
     * text does not say the two are all of it.
     */
    private static String shortfallDoubt(Whole whole, List<Part> parts, String sentence, Reading reading) {
        if (reading.cutByPageEnd()) {
            return "句子跨页，未读完：页末无句号，其余分项可能印在下一页，未核";
        }
        if (reading.finalAccounts() && !splitByNames(whole, parts, true)
                && SPENDING_BY_NATURE.equals(standardSplit(parts))
                && !STATED_WHOLE.matcher(whole.sentence()).find() && !STATED_WHOLE.matcher(sentence).find()) {
            return "决算的本年支出除基本支出、项目支出外还可有上缴上级支出、经营支出、对附属单位补助支出，"
                    + "文中未说两者即为全部，未核";
        }
        return null;
    }

    /**
     * Whether the list is plainly the whole split into parts that do not overlap: a part of 其他…; every part's name
     * repeating the whole's (政府采购货物预算 of 政府采购预算; one 其中 part named as its whole is a subset of it); or
     * the parts naming every term of a split the national budget classification defines.
     */
    private static boolean wholeSplit(Whole whole, List<Part> parts, boolean shortfall) {
        return splitByNames(whole, parts, shortfall) || standardSplit(parts) != null;
    }

    private static boolean splitByNames(Whole whole, List<Part> parts, boolean shortfall) {
        if (parts.size() > 1 && parts.stream().anyMatch(p -> p.name().startsWith("其他"))) {
            return true;
        }
        // to say a list is all of its whole, each name must repeat nearly all of the whole's (公共安全支出 repeats
        // only 公共…支出 of 一般公共预算支出: one of its many parts); to say parts overlap nothing, some of it
        int cover = shortfall ? Math.max(COVER, whole.name().length() - 2) : COVER;
        return parts.stream().allMatch(p -> commonSubsequence(p.name(), whole.name()) >= cover);
    }

    /** The split the national budget classification defines whose every term the parts name, or null. */
    private static List<String> standardSplit(List<Part> parts) {
        return STANDARD_SPLITS.stream().filter(terms -> parts.size() == terms.size()
                && terms.stream().allMatch(t -> parts.stream().anyMatch(p -> p.name().endsWith(t))))
                .findFirst().orElse(null);
    }

    private static int commonSubsequence(String a, String b) {
        int[][] lengths = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                lengths[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lengths[i - 1][j - 1] + 1
                        : Math.max(lengths[i - 1][j], lengths[i][j - 1]);
            }
        }
        return lengths[a.length()][b.length()];
    }

    /** A part in the whole's unit (万元 parts of a 亿元 whole); counts share their unit already. */
    private static BigDecimal inUnitOf(Figure part, Figure whole) {
        return whole.isMoney() ? part.toYuan().divide(whole.scaleToYuan(), PRECISION) : part.value();
    }

    /** Half a unit of the figure's last printed digit, in its own unit. */
    private static BigDecimal halfUnit(Figure figure) {
        if (!figure.isMoney()) {
            return BigDecimal.ZERO; // things are counted exactly
        }
        return BigDecimal.ONE.movePointLeft(Math.max(figure.value().scale(), 0)).divide(BigDecimal.valueOf(2));
    }

    /** What one unit of the part is in the whole's unit (1 for counts and for money in the same unit). */
    private static BigDecimal scale(Figure part, Figure whole) {
        return whole.isMoney() ? part.scaleToYuan().divide(whole.scaleToYuan(), PRECISION) : BigDecimal.ONE;
    }
}
