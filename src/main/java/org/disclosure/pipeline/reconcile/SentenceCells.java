package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.disclosure.RowRole;
import org.disclosure.pipeline.disclosure.StandardKind;
import org.disclosure.pipeline.vocabulary.Word;

/**
 * The cells that sentence shapes without a row name right before the amount restate: a functional
 * subject's halves ("行政运行(2010301)：年初预算为A万元，支出决算为B万元": the row by its code, the column by
 * the words 年初预算 / 调整预算 / 决算 / 预算), and the document's totals ("收入预算总计", "本年支出合计",
 * "财政拨款收支总计": the total row of the 收支总表). No cell found means no table holds the figure.
 */
final class SentenceCells {
    /** The tables that list income only: 支出 in a sentence never restates their cells. */
    private static final Set<StandardKind> INCOME_TABLES = EnumSet.of(StandardKind.BUDGET_INCOME, StandardKind.FINAL_INCOME);

    /** A subject code printed in brackets after the subject's name: 行政运行(2010301). */
    static final Pattern CODE = Pattern.compile("\\((\\d{3,7})\\)");
    /** A total of the overview: 收入预算总计, 支出决算总计均为, 本年收入合计, 收、支总计, 财政拨款收支总计. */
    private static final Pattern TOTAL = Pattern.compile(
            "(财政拨款)?(本年)?(收入|支出|收支|收、支)(预算|决算)?(总计|合计)(均为|为|是|共)?$");
    /** The words of a clause that name no row: what stands between a subject's code and its amount. */
    private static final Pattern HALF = Pattern.compile(
            ":?(?:(?:19|20)\\d{2}年度?)?(?:年初|本年|全年)?(?:预算|决算|调整|支出|收入|数|为|是)*");

    private SentenceCells() {
    }

    /**
     * The code the clause names its subject by, or else the one the sentence named it by before this
     * clause, or else the one its numbered paragraph's 类/款/项 chain names.
     */
    static String subjectCode(DisclosureDocument document, NarrativeFigure figure, String clause) {
        String own = lastCode(clause);
        if (own != null) {
            return own;
        }
        if (!HALF.matcher(clause).matches()) {
            return null;
        }
        int at = NarrativeCellRule.at(figure);
        String before = NarrativeCellRule.normalise(figure.context().substring(0, Math.max(at, 0)));
        int sentence = Math.max(before.lastIndexOf('。'), Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')));
        String inSentence = before.substring(sentence + 1);
        Matcher m = Pattern.compile("\\((\\d{3,7})\\):").matcher(inSentence);
        String code = null;
        while (m.find()) {
            code = m.group(1);
        }
        if (code == null && figure.subject() != null) {
            code = SubjectChains.code(document, figure.subject()); // named by its paragraph's 类/款/项 chain
        }
        return code;
    }

    private static String lastCode(String clause) {
        Matcher m = CODE.matcher(clause);
        String code = null;
        while (m.find()) {
            code = m.group(1);
        }
        return code;
    }

    /** The amounts of every row with this code, kept to the column the clause's words name. */
    static List<NarrativeCellRule.Candidate> byCode(DisclosureDocument document, String code, String clause) {
        List<NarrativeCellRule.Candidate> found = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            if (table.unit() == null || table.rowMeanings() == null) {
                continue;
            }
            for (RowMeaning row : table.rowMeanings()) {
                if (code.equals(row.code())) {
                    String label = (row.name() == null ? "" : NarrativeCellRule.normalise(row.name())) + "(" + code + ")";
                    found.addAll(NarrativeCellRule.rowCells(table, row.row(), label));
                }
            }
        }
        return inNamedColumn(found, CODE.matcher(clause).replaceAll(""));
    }

    /** The overview's total row when the clause ends by naming a total; empty otherwise. */
    static List<NarrativeCellRule.Candidate> totals(DisclosureDocument document, String clause) {
        Matcher total = TOTAL.matcher(clause);
        if (!total.find()) {
            return List.of();
        }
        boolean fiscal = total.group(1) != null || clause.contains("财政拨款收");
        boolean yearOnly = "合计".equals(total.group(5));
        List<NarrativeCellRule.Candidate> found = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            String kind = table.standard() == null ? "" : table.standard().kind();
            if (table.unit() == null || !kind.endsWith(fiscal ? ".fiscal-overview" : ".overview")
                    || !fiscal && kind.endsWith(".fiscal-overview")) {
                continue;
            }
            RowMeaning row = totalRow(table, yearOnly);
            if (row != null) {
                String label = row.name() == null ? "总计" : NarrativeCellRule.normalise(row.name());
                found.addAll(onSide(table, NarrativeCellRule.rowCells(table, row.row(), label), total.group(3)));
            }
        }
        return found;
    }

    /**
     * The 收支总表 prints income on the left and spending on the right of one row: 收入 keeps the left
     * half's cells, 支出 the right's (with the right half's own label), 收支 both.
     */
    private static List<NarrativeCellRule.Candidate> onSide(DisclosureTable table, List<NarrativeCellRule.Candidate> cells,
                                                            String side) {
        int spending = table.columnMeanings().indexOf(ColumnMeaning.EXPENDITURE.key());
        if (spending < 0 || !side.equals("收入") && !side.equals("支出")) {
            return cells;
        }
        boolean income = side.equals("收入");
        List<NarrativeCellRule.Candidate> kept = new ArrayList<>();
        for (NarrativeCellRule.Candidate c : cells) {
            if (c.cell().column() < spending == income) {
                DisclosureCell label = table.cellAt(c.cell().row(), income ? 0 : spending);
                String name = label == null || label.text().isBlank() ? c.label() : NarrativeCellRule.normalise(label.text());
                kept.add(new NarrativeCellRule.Candidate(c.table(), c.cell(), c.value(), name));
            }
        }
        return kept;
    }

    /** 合计 is this year's sum (本年收入合计) where the table prints one, else the total; 总计 is the total. */
    private static RowMeaning totalRow(DisclosureTable table, boolean yearOnly) {
        RowMeaning total = null;
        for (RowMeaning row : table.rowMeanings()) {
            String name = row.name() == null ? "" : NarrativeCellRule.normalise(row.name());
            if (yearOnly && name.startsWith("本年") && name.endsWith("合计")) {
                return row;
            }
            if (RowRole.TOTAL.key().equals(row.role())) {
                total = row;
            }
        }
        return total;
    }

    /**
     * Only the cells of the column the words name: 年初预算 and 调整预算 by their headers; 决算 the total or
     * 决算数 column of a final-accounts table (支出 not in the income table); 预算 that of a budget table.
     * Words naming no column keep every cell.
     */
    static List<NarrativeCellRule.Candidate> inNamedColumn(List<NarrativeCellRule.Candidate> cells, String words) {
        if (words.contains("年初预算")) {
            return cells.stream().filter(c -> header(c).contains("年初预算")).toList();
        }
        if (words.contains("调整预算")) {
            return cells.stream().filter(c -> header(c).contains("调整预算")).toList();
        }
        boolean spending = words.contains("支出");
        if (words.contains("决算")) {
            return cells.stream().filter(c -> totalColumnOf(c, true, ColumnMeaning.FINAL, spending)).toList();
        }
        if (words.contains("预算")) {
            return cells.stream().filter(c -> totalColumnOf(c, false, ColumnMeaning.BUDGET, spending)).toList();
        }
        return cells;
    }

    private static boolean totalColumnOf(NarrativeCellRule.Candidate candidate, boolean finalAccounts, ColumnMeaning meaning,
                                         boolean spending) {
        DisclosureTable table = candidate.table();
        StandardKind kind = table.standard() == null ? null
                : Word.ofKey(StandardKind.class, table.standard().kind()).orElse(null);
        int column = candidate.cell().column();
        String columnMeaning = column < table.columnMeanings().size() ? table.columnMeanings().get(column) : "";
        return kind != null && kind.forFinalAccounts() == finalAccounts && !(spending && INCOME_TABLES.contains(kind))
                && (ColumnMeaning.TOTAL.key().equals(columnMeaning) || meaning.key().equals(columnMeaning));
    }


    private static String header(NarrativeCellRule.Candidate candidate) {
        DisclosureCell cell = candidate.cell();
        List<String> columns = candidate.table().columns();
        return cell.column() < columns.size() ? NarrativeCellRule.normalise(columns.get(cell.column())) : "";
    }
}
