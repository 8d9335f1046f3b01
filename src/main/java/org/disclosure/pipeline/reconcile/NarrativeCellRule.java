package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.disclosure.RowRole;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.Box;

/**
 * Every amount the narrative quotes after the name of a table's row or column restates that row's or
 * column's figure: "基本工资 324.15 万元", "行政运行(项)：2022年预算数为1346.16万元", "公务接待费 40 万元"
 * (the column of a one-row table such as the 三公 table). Any table with that row may be the one the
 * sentence restates, so one agreeing cell is enough; none agreeing is a finding. A 三公 sentence (its total,
 * each item, 机关运行经费) is tied to the 三公 table's column by meaning ({@link ThreePublicSentences}), a
 * subject or total sentence by its shape ({@link SentenceCells}). Amounts tied to no row or column are listed
 * once, unverified, rather than dropped.
 */
final class NarrativeCellRule implements Rule {

    static final String UNTIED = "narrative.untied-amounts";

    /** Rows and columns too generic to name what a sentence quotes. */
    private static final Set<String> GENERIC = Set.of("合计", "总计", "小计", "其中", "项目", "科目名称", "金额", "年初预算数",
            "预算数", "决算数", "本年", "上年", "收入", "支出", "其他");
    /** What may stand between a row's name and the amount: (项)：2022年预算数为 … but never 上年 or 比. */
    private static final Pattern FILLER = Pattern.compile(
            "[()类款项:]*(?:(?:19|20)\\d{2}年度?)?(?:年初|本年|全年)?"
                    + "(?:预算|决算|支出|收入|拨款|安排|执行|完成|数|为|是|共|计|合|总|金额|达|资金|规模|额)*");
    /** Where a sentence's clause starts: the amount's subject stands after it. */
    private static final Pattern CLAUSE = Pattern.compile("[。；;，,、!?！？]");
    /** Words after which a row's name starts a word: 其中：, 包括：, 2022年 … */
    private static final Pattern LEAD = Pattern.compile("(其中|包括|年度|年|用于|分别为|即)$");
    /** A row name with a trailing qualifier in brackets, which may itself hold brackets. */
    private static final Pattern QUALIFIED = Pattern.compile("(.+?)\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final MathContext PRECISION = new MathContext(20);
    private static final int LISTED = 12;

    @Override
    public List<Check> check(DisclosureDocument document) {
        return check(document, new NarrativeTableRule().check(document), new NarrativePartsRule().check(document));
    }

    /**
     * As above, given the checks {@link NarrativeTableRule} and {@link NarrativePartsRule} made of the document (the
     * {@link Reconciler} runs them once): the figures they tie are not untied.
     */
    List<Check> check(DisclosureDocument document, List<Check> tableChecks, List<Check> partsChecks) {
        List<Check> checks = new ArrayList<>();
        if (document.tables().isEmpty()) {
            return checks;
        }
        boolean ownScope = document.identity().kind() != null
                && (document.identity().kind().contains("部门") || document.identity().kind().contains("单位"));
        List<NarrativeFigure> untied = new ArrayList<>();
        List<Named> names = names(document);
        // 基本支出/人员经费… are tied by NarrativeTableRule to their totals: not untied
        Set<Box> tiedElsewhere = tableChecks.stream()
                .filter(c -> NarrativeTableRule.AMOUNT.equals(c.rule())).map(c -> c.refs().get(0).bbox())
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        // the whole and parts of a split the sentence states (其中：…) are checked against each other: not untied
        partsChecks.stream().flatMap(c -> c.refs().stream())
                .filter(r -> r.bbox() != null).forEach(r -> tiedElsewhere.add(r.bbox()));
        for (NarrativeFigure figure : document.figures()) {
            if (!figure.is(FigureKind.AMOUNT) || figure.unit() == null || !figure.unit().endsWith("元")
                    || figure.relation() != null || Boolean.TRUE.equals(figure.approximate())) {
                continue;
            }
            String clause = clauseBefore(figure);
            if (clause == null) {
                continue;
            }
            // a 三公 sentence by its column's meaning: a name alone cannot tell 预算数 from 决算数; without
            // 预算/决算 in its words the amount may as well restate a row of that name (公务接待费 30217)
            ThreePublicSentences.Tie threePublic = ThreePublicSentences.candidates(document, figure, clause);
            List<Candidate> candidates = new ArrayList<>(threePublic.cells());
            if (!threePublic.staged() || candidates.isEmpty()) {
                candidates.addAll(candidates(names, clause));
            }
            if (candidates.isEmpty()) {
                candidates = byShape(document, figure, clause);
            }
            if (candidates.isEmpty()) {
                if (!tiedElsewhere.contains(figure.boxes().get(0))) {
                    untied.add(figure);
                }
            } else if (!NarrativeTableRule.handles(candidates.get(0).label())) {
                checks.add(judge(figure, candidates, ownScope));
            }
        }
        if (!untied.isEmpty()) {
            checks.add(untied(untied));
        }
        return checks;
    }

    /** The text of the figure's clause before it, without spaces and with ASCII brackets and colons. */
    static String clauseBefore(NarrativeFigure figure) {
        int at = at(figure);
        if (at < 0) {
            return null;
        }
        String before = normalise(figure.context().substring(0, at));
        Matcher m = CLAUSE.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return before.substring(start);
    }

    static String normalise(String text) {
        return QUOTES.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("")
                .replace('（', '(').replace('）', ')').replace('：', ':');
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’]");

    /**
     * The cells a subject sentence's half (row by code, column by its words) or a total restates, when the
     * clause names no row right before the amount.
     */
    private static List<Candidate> byShape(DisclosureDocument document, NarrativeFigure figure, String clause) {
        String code = SentenceCells.subjectCode(document, figure, clause);
        List<Candidate> cells = code == null ? List.of() : SentenceCells.byCode(document, code, clause);
        return (code == null ? SentenceCells.totals(document, clause) : cells).stream()
                .map(Candidate::withColumn).toList();
    }

    /**
     * A table cell the amount may restate, with the row or column name it was found by, and the column's
     * header when the sentence chose the column by its words.
     */
    record Candidate(DisclosureTable table, DisclosureCell cell, BigDecimal value, String label, String column) {

        Candidate(DisclosureTable table, DisclosureCell cell, BigDecimal value, String label) {
            this(table, cell, value, label, null);
        }

        Candidate withColumn() {
            String header = cell.column() < table.columns().size() ? table.columns().get(cell.column()) : "";
            return new Candidate(table, cell, value, label, header.isBlank() ? null : header.strip());
        }
    }

    /**
     * A name a row or column goes by, normalised once per document, with the cells it names: a row's
     * amounts, or the column's body cells in a table of one body row.
     */
    private record Named(String name, List<Candidate> cells) {
    }

    /** Every row's and one-row table's column's name, with its bracketed qualifier dropped as a second name. */
    private static List<Named> names(DisclosureDocument document) {
        List<Named> names = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            if (table.unit() == null || table.rowMeanings() == null) {
                continue;
            }
            for (RowMeaning row : table.rowMeanings()) {
                String label = row.name() == null ? "" : normalise(row.name());
                if (label.isEmpty()) {
                    continue;
                }
                names.add(new Named(label, rowCells(table, row.row(), label)));
                Matcher qualified = QUALIFIED.matcher(label);
                if (qualified.matches()) {
                    // 行政运行(政府办公厅(室)及相关机构事务): the text names the row without its qualifier
                    names.add(new Named(qualified.group(1), rowCells(table, row.row(), qualified.group(1))));
                }
            }
            if (table.rowMeanings().size() <= 2) {
                for (int column = 0; column < table.columns().size(); column++) {
                    String label = columnName(table.columns().get(column));
                    List<Candidate> cells = columnCells(table, column, label);
                    names.add(new Named(label, cells));
                    if (label.endsWith("费")) {
                        names.add(new Named(label.substring(0, label.length() - 1), cells)); // 公务用车购置 (费)
                    }
                }
            }
        }
        names.removeIf(n -> n.cells().isEmpty());
        return names;
    }

    /** Cells whose row or column the clause names just before the amount, by the longest name it ends with. */
    private static List<Candidate> candidates(List<Named> names, String clause) {
        List<Candidate> found = new ArrayList<>();
        int longest = 0;
        for (Named named : names) {
            int length = named(clause, named.name());
            if (length > 0 && length >= longest) {
                longest = add(found, named.cells(), length, longest);
            }
        }
        return found;
    }

    /** Keeps the cells found by the longest name only; returns the longest length so far. */
    private static int add(List<Candidate> found, List<Candidate> cells, int length, int longest) {
        if (cells.isEmpty()) {
            return longest;
        }
        if (length > longest) {
            found.clear();
        }
        found.addAll(cells);
        return length;
    }

    /** A column's own name: the last part of its header path that is not 小计 or 合计 (公务用车购置及运行费 / 小计). */
    private static String columnName(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = normalise(parts[i]);
            if (!GENERIC.contains(part)) {
                return part;
            }
        }
        return "";
    }

    /**
     * How long a name the clause ends with (its filler aside), or 0 when it does not name it there. The
     * name must start a word: 机关运行经费财政拨款预算 names no row 财政拨款.
     */
    private static int named(String clause, String label) {
        if (label.length() < 2 || GENERIC.contains(label) || !label.codePoints().allMatch(NarrativeCellRule::isWordChar)) {
            return 0;
        }
        int at = clause.lastIndexOf(label);
        while (at >= 0) {
            String before = clause.substring(0, at);
            boolean starts = before.isEmpty() || !isHan(before.codePointBefore(before.length()))
                    || LEAD.matcher(before).find();
            if (starts && FILLER.matcher(clause.substring(at + label.length())).matches()) {
                return label.length();
            }
            at = at == 0 ? -1 : clause.lastIndexOf(label, at - 1);
        }
        return 0;
    }

    private static boolean isWordChar(int c) {
        return isHan(c) || c == '(' || c == ')';
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The row's amounts (not its percentages); a row printed with no figure at all states zero. */
    static List<Candidate> rowCells(DisclosureTable table, int row, String label) {
        List<Candidate> cells = new ArrayList<>();
        DisclosureCell blank = null;
        for (List<DisclosureCell> printed : table.rows()) {
            for (DisclosureCell cell : printed) {
                if (cell.row() != row) {
                    continue;
                }
                if (cell.hasValue() && !Boolean.TRUE.equals(cell.percent())) {
                    cells.add(new Candidate(table, cell, cell.value(), label));
                } else if (blank == null && cell.text().isBlank() && cell.column() > 0) {
                    blank = cell;
                }
            }
        }
        if (cells.isEmpty() && blank != null) {
            cells.add(new Candidate(table, blank, BigDecimal.ZERO, label));
        }
        // a subject's row (30217 公务接待费: 合计 25,000, 人员经费 0, 公用经费 25,000) is one item: a zero in one
        // of its split columns does not say the item is zero, so "公务接待费0.00元" ties to none of them. A zero
        // in any other column (last year's, the 年初预算) is that column's figure and stays. Rows without a
        // code (an overview's income and expenditure sides in one row) are left whole.
        boolean coded = table.rowMeanings().stream().anyMatch(m -> m.row() == row && m.code() != null);
        if (coded && cells.stream().anyMatch(c -> c.value().signum() != 0)) {
            cells.removeIf(c -> c.value().signum() == 0 && isSplitColumn(table, c.cell().column()));
        }
        return cells;
    }

    private static final Set<String> SPLIT_MEANINGS = Set.of(ColumnMeaning.BASIC.key(), ColumnMeaning.PROJECT.key(),
            ColumnMeaning.PERSONNEL.key(), ColumnMeaning.PUBLIC_USE.key());

    /** Whether the column holds a part of its row's item (基本/项目支出, 人员/公用经费). */
    private static boolean isSplitColumn(DisclosureTable table, int column) {
        List<String> meanings = table.columnMeanings();
        String meaning = meanings == null || column < 0 || column >= meanings.size() ? null : meanings.get(column);
        return meaning != null && Arrays.stream(meaning.split(ColumnMeaning.PATH_SEPARATOR)).anyMatch(SPLIT_MEANINGS::contains);
    }

    /** The column's body cells; a blank one states zero. */
    private static List<Candidate> columnCells(DisclosureTable table, int column, String label) {
        List<Candidate> cells = new ArrayList<>();
        for (RowMeaning row : table.rowMeanings()) {
            DisclosureCell cell = table.cellAt(row.row(), column);
            if (cell == null || cell.column() != column || Boolean.TRUE.equals(cell.percent())) {
                continue;
            }
            if (cell.hasValue()) {
                cells.add(new Candidate(table, cell, cell.value(), label));
            } else if (cell.text().isBlank()) {
                cells.add(new Candidate(table, cell, BigDecimal.ZERO, label));
            }
        }
        return cells;
    }

    /** The closest candidate decides: agreeing, agreeing within the text's rounding, or not at all. */
    private static Check judge(NarrativeFigure figure, List<Candidate> candidates, boolean ownScope) {
        Candidate best = null;
        BigDecimal bestRounded = null;
        for (Candidate candidate : candidates) {
            BigDecimal rounded = inTextUnit(candidate, figure);
            if (best == null || figure.value().subtract(rounded).abs()
                    .compareTo(figure.value().subtract(bestRounded).abs()) < 0) {
                best = candidate;
                bestRounded = rounded;
            }
        }
        CheckStatus status = NarrativeTableRule.judgeText(figure.value(), bestRounded);
        DisclosureTable table = best.table();
        // a one-row table (三公) is named by its column alone: its row says nothing
        String where = "第" + best.cell().page() + "页" + TableCells.name(table)
                + (best.column() == null ? "「" + best.label() + "」"
                : oneRow(table) ? "「" + best.column() + "」列" : "「" + best.label() + "」行「" + best.column() + "」列");
        String quoted = "第" + figure.page() + "页文中「" + best.label() + " " + figure.text().strip() + "」";
        String message = switch (status) {
            case PASS -> quoted + "与" + where + "所列相符";
            case WARN -> quoted + "与" + where + "所列 " + best.cell().text().strip() + " 仅差舍入";
            default -> quoted + "，而" + where + "所列为 " + Amounts.format(best.value(), table.unit())
                    + inTextUnitAside(best, figure) + (candidates.size() > 1 ? "，其他同名行列亦不相符" : "");
        };
        Check check = new Check(NarrativeTableRule.AMOUNT, status, message, bestRounded, figure.value(),
                figure.value().subtract(bestRounded), List.of(TableCells.ref(figure), TableCells.ref(table, best.cell())),
                figure.unit(), figure.text(), null, where + " 「" + best.cell().text().strip() + "」 " + table.unit()
                + ", 换算为" + figure.unit() + "并按文中位数取整 converted and rounded as the text prints");
        if (status == CheckStatus.FAIL && !ownScope) {
            return check.unverified("全市或本级报告中同名的行可能属于不同口径，文中数字未必复述此表"
                    + " (a government-level report may quote the same line for another scope)");
        }
        return check;
    }

    private static boolean oneRow(DisclosureTable table) {
        return table.rowMeanings().stream().filter(r -> !RowRole.LABEL.key().equals(r.role())).count() <= 1;
    }

    /**
     * The cell in the text's unit, for a reader comparing the two: to at least a hundredth, so that a
     * text printing whole 万元 ("0万元") is not shown a cell of 10.81 万元 as "11"; nothing when the
     * units are the same.
     */
    private static String inTextUnitAside(Candidate candidate, NarrativeFigure figure) {
        if (Objects.equals(candidate.table().unit(), figure.unit())) {
            return "";
        }
        BigDecimal value = candidate.value().multiply(TableCells.scaleToYuan(candidate.table().unit()))
                .divide(TableCells.scaleToYuan(figure.unit()), PRECISION)
                .setScale(Math.max(figure.value().scale(), 2), RoundingMode.HALF_UP);
        return "（即 " + Amounts.format(value, figure.unit()) + "）";
    }

    private static BigDecimal inTextUnit(Candidate candidate, NarrativeFigure figure) {
        BigDecimal value = candidate.value().multiply(TableCells.scaleToYuan(candidate.table().unit()))
                .divide(TableCells.scaleToYuan(figure.unit()), PRECISION);
        return value.setScale(Math.max(figure.value().scale(), 0), RoundingMode.HALF_UP);
    }

    /** Characters of the clause kept before an untied amount: enough to say what it is an amount of. */
    private static final int LABEL_CHARS = 24;

    /**
     * An untied amount as a reviewer lists it: the words of its own clause before it and the amount
     * ("收支总预算1503.16万元"), not the whole sentence, which repeats itself for amounts near each other.
     */
    static String label(NarrativeFigure figure) {
        String context = figure.context();
        // the figure stands at most CONTEXT characters in: of amounts that read the same, the last one there
        int at = -1;
        for (int i = context.indexOf(figure.text()); i >= 0 && i <= NarrativeFigure.CONTEXT_REACH;
                i = context.indexOf(figure.text(), i + 1)) {
            at = i;
        }
        if (at < 0) {
            return figure.text().strip();
        }
        int start = at;
        while (start > 0 && at - start < LABEL_CHARS && !CLAUSE.matcher(context.substring(start - 1, start)).matches()) {
            start--;
        }
        String before = context.substring(start, at).strip();
        return (start > 0 && !CLAUSE.matcher(context.substring(start - 1, start)).matches() ? "…" : "")
                + before + figure.text().strip();
    }

    /**
     * Where the figure is taken to stand in its context: the first place its text is printed (-1 when absent).
     * Of amounts that read the same (本年收入合计780.79万元，其中：财政拨款收入780.79万元) this can be the wrong one;
     * choosing by the context's reach lost true ties on a real budget. Only where the context reaches its full
     * length on both sides of a place is that place certainly the figure's (the reader cut it so). The tail of
     * a longer number is not the figure: "0.00元" does not stand inside "89,000.00元".
     */
    static int at(NarrativeFigure figure) {
        String context = figure.context();
        int reach = NarrativeFigure.CONTEXT_REACH;
        if (context.startsWith(figure.text(), reach) && context.length() == 2 * reach + figure.text().length()
                && !isNumberPart(context.charAt(reach - 1))) {
            return reach;
        }
        // cut short after it (the line ends: 公务接待费0.00元。) but not before: the reader kept its full reach
        // before the figure, so the figure stands there, not at an earlier amount that reads the same
        int cutAfter = context.length() - reach - figure.text().length();
        if (context.length() > reach && context.startsWith(figure.text(), reach) && !isNumberPart(context.charAt(reach - 1))
                && (cutAfter < 0 || !context.startsWith(figure.text(), cutAfter))) {
            return reach;
        }
        int at = context.indexOf(figure.text());
        while (at > 0 && isNumberPart(context.charAt(at - 1))) {
            at = context.indexOf(figure.text(), at + 1);
        }
        return at;
    }

    private static boolean isNumberPart(char c) {
        return Character.isDigit(c) || c == ',' || c == '.';
    }

    static Check untied(List<NarrativeFigure> untied) {
        StringBuilder message = new StringBuilder("文中有 ").append(untied.size())
                .append(" 处金额未能对应到任何表格的行或列，未能核对：");
        List<String> listed = untied.stream().map(f -> "第" + f.page() + "页「" + label(f) + "」").distinct().toList();
        listed.stream().limit(LISTED).forEach(l -> message.append(l).append("；"));
        if (listed.size() > LISTED) {
            message.append("等");
        }
        List<CheckRef> refs = untied.stream().map(TableCells::ref).toList();
        return new Check(UNTIED, CheckStatus.UNVERIFIED, message.toString(), null, null, null, refs, null, null, null,
                null, "these amounts name no row or column of any table read, so nothing could be compared");
    }
}
