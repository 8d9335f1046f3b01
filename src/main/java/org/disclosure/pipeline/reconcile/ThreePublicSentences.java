package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.RowMeaning;

/**
 * The 三公 table's cell a 三公 sentence restates, the column chosen by its meaning: "“三公”经费财政拨款支出
 * 预算为A万元，支出决算为B万元" the total's 预算数 and 决算数 columns, "公务接待费支出预算为C万元，支出决算为D万元"
 * the item's, "机关运行经费预算为E万元" the 机关运行经费 column a 三公和机关运行经费 table prints. A clause
 * that names no subject (支出决算为B万元) takes the one its sentence named before it; the stage is the
 * clause's word (预算/决算), else the table's own. Where the table prints no 合计, the total is the sum of
 * its items.
 */
final class ThreePublicSentences {

    private static final String SEP = ColumnMeaning.PATH_SEPARATOR;
    private static final String BUDGET = ColumnMeaning.BUDGET.key();
    private static final String FINAL = ColumnMeaning.FINAL.key();
    private static final MathContext PRECISION = new MathContext(20);

    /** What a sentence can be about: its words (quotes dropped, brackets ASCII) and its column's meaning. */
    private record Subject(Pattern words, String meaning) {
    }

    /** The most specific first: 公务用车购置及运行费 before 公务用车购置费. */
    private static final List<Subject> SUBJECTS = List.of(
            new Subject(Pattern.compile("公务用车购置及运行(?:维护)?费?"),
                    ColumnMeaning.TOTAL.under(ColumnMeaning.VEHICLES)),
            new Subject(Pattern.compile("公务用车购置费?"), ColumnMeaning.VEHICLES.key() + SEP + ColumnMeaning.VEHICLE_PURCHASE.key()),
            new Subject(Pattern.compile("公务用车运行(?:维护)?费?"),
                    ColumnMeaning.VEHICLES.key() + SEP + ColumnMeaning.VEHICLE_OPERATION.key()),
            new Subject(Pattern.compile("因公出国\\(境\\)费用?"), ColumnMeaning.OVERSEAS_TRIPS.key()),
            new Subject(Pattern.compile("公务接待费?"), ColumnMeaning.RECEPTION.key()),
            new Subject(Pattern.compile("三公经费"), ColumnMeaning.TOTAL.key()),
            new Subject(Pattern.compile("机关运行经费"), ColumnMeaning.OPERATING_COSTS.key()));

    /** The items whose sum is the total, where a table prints no 合计. */
    private static final List<String> ITEMS = List.of(ColumnMeaning.OVERSEAS_TRIPS.key(),
            ColumnMeaning.TOTAL.under(ColumnMeaning.VEHICLES), ColumnMeaning.RECEPTION.key());

    /** What may stand between the subject and its amount: 财政拨款支出年初预算为, 支出决算, 预算数为 … never 比 or 上年. */
    private static final Pattern FILLER = Pattern.compile(
            "[()类款项:]*(?:财政拨款|(?:19|20)\\d{2}年度?|年初|本年|全年|预算|决算|支出|数|为|是|共|计|合计|总额|金额|达|安排|执行)*");
    /** Words after which a subject starts a word: 其中：, 2023年度, …的机关运行经费 */
    private static final Pattern LEAD = Pattern.compile("(其中|包括|年度|年|分别为|即|中|的)$");

    private ThreePublicSentences() {
    }

    /**
     * The cells a 三公 sentence's clause restates (none when it is no 三公 sentence or no 三公 table holds it),
     * and whether its words name the stage: "公务接待费支出决算为" can only be the 决算数, while a bare "公务接待费
     * 40万元" may as well restate the basic-expenditure table's line of that name.
     */
    record Tie(List<NarrativeCellRule.Candidate> cells, boolean staged) {
    }

    static Tie candidates(DisclosureDocument document, NarrativeFigure figure, String clause) {
        Said said = said(figure, clause);
        if (said == null) {
            return new Tie(List.of(), false);
        }
        List<NarrativeCellRule.Candidate> found = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            if (table.unit() == null || table.standard() == null || !table.standard().kind().endsWith(".three-public")) {
                continue;
            }
            String stage = said.stage() != null ? said.stage() : table.standard().kind().startsWith("final.") ? FINAL : BUDGET;
            NarrativeCellRule.Candidate cell = cell(table, said.subject().meaning(), stage, said.printed());
            if (cell == null && said.subject().meaning().equals(ColumnMeaning.TOTAL.key())) {
                cell = sumOfItems(table, stage, said.printed());
            }
            if (cell != null) {
                found.add(cell);
            }
        }
        return new Tie(found, said.stage() != null);
    }

    /** The subject a clause quotes its amount of, as printed, and the stage its words name (null: none). */
    private record Said(Subject subject, String printed, String stage) {
    }

    private static Said said(NarrativeFigure figure, String clause) {
        Said own = endsWith(clause);
        if (own != null) {
            return own;
        }
        if (clause.isEmpty() || !FILLER.matcher(clause).matches()) {
            return null; // an empty clause (、B万元) lists amounts of things it does not name
        }
        // 支出决算为B万元: the subject its sentence named before this clause
        int at = NarrativeCellRule.at(figure);
        String before = NarrativeCellRule.normalise(figure.context().substring(0, Math.max(at, 0)));
        int sentence = Math.max(before.lastIndexOf('。'), Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')));
        String inSentence = before.substring(sentence + 1, before.length() - clause.length());
        Said earlier = null;
        int latest = -1;
        for (Subject subject : SUBJECTS) {
            Matcher m = subject.words().matcher(inSentence);
            while (m.find()) {
                if (m.start() > latest && startsWord(inSentence, m.start())) {
                    latest = m.start();
                    earlier = new Said(subject, m.group(), null);
                }
            }
        }
        return earlier == null ? null : new Said(earlier.subject(), earlier.printed(), stage(clause));
    }

    /** The subject the clause ends with, its filler aside: 公务接待费支出预算为. */
    private static Said endsWith(String clause) {
        for (Subject subject : SUBJECTS) {
            Matcher m = subject.words().matcher(clause);
            while (m.find()) {
                String rest = clause.substring(m.end());
                if (startsWord(clause, m.start()) && FILLER.matcher(rest).matches()) {
                    return new Said(subject, m.group(), stage(rest));
                }
            }
        }
        return null;
    }

    private static boolean startsWord(String text, int at) {
        String before = text.substring(0, at);
        return before.isEmpty() || Character.UnicodeScript.of(before.codePointBefore(before.length())) != Character.UnicodeScript.HAN
                || LEAD.matcher(before).find();
    }

    /** 决算 names the final figure, 预算 (年初预算, 预算数) the budgeted one; neither names none. */
    private static String stage(String words) {
        return words.contains("决算") ? FINAL : words.contains("预算") ? BUDGET : null;
    }

    /** The body cell of the column meaning {@code meaning} at {@code stage}: "reception/final", or "reception" in a table of that stage. */
    private static NarrativeCellRule.Candidate cell(DisclosureTable table, String meaning, String stage, String printed) {
        String tableStage = table.standard().kind().startsWith("final.") ? FINAL : BUDGET;
        List<String> meanings = table.columnMeanings();
        for (int column = 0; column < meanings.size(); column++) {
            String m = meanings.get(column);
            if (m != null && (m.equals(meaning + SEP + stage) || m.equals(meaning) && stage.equals(tableStage))) {
                NarrativeCellRule.Candidate candidate = bodyCell(table, column, printed);
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The column's first body cell that states a figure (a blank one states zero). */
    private static NarrativeCellRule.Candidate bodyCell(DisclosureTable table, int column, String printed) {
        for (RowMeaning row : table.rowMeanings()) {
            DisclosureCell cell = table.cellAt(row.row(), column);
            if (cell == null || cell.column() != column || Boolean.TRUE.equals(cell.percent())) {
                continue;
            }
            String header = table.columns().get(column).strip();
            if (cell.hasValue()) {
                return new NarrativeCellRule.Candidate(table, cell, cell.value(), printed, header);
            }
            if (cell.text().isBlank()) {
                return new NarrativeCellRule.Candidate(table, cell, BigDecimal.ZERO, printed, header);
            }
        }
        return null;
    }

    /** The items' sum, shown at the first item's cell, when the table prints no 合计 for the stage. */
    private static NarrativeCellRule.Candidate sumOfItems(DisclosureTable table, String stage, String printed) {
        BigDecimal sum = BigDecimal.ZERO;
        NarrativeCellRule.Candidate first = null;
        List<String> headers = new ArrayList<>();
        for (String item : ITEMS) {
            NarrativeCellRule.Candidate cell = cell(table, item, stage, printed);
            if (cell == null) {
                return null;
            }
            first = first == null ? cell : first;
            sum = sum.add(cell.value(), PRECISION);
            headers.add(cell.column());
        }
        return new NarrativeCellRule.Candidate(table, first.cell(), sum, printed, String.join(" + ", headers));
    }
}
