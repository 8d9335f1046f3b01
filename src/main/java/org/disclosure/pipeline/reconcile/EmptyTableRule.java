package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.EmptyTableNotes;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * A standard table with no figure (every cell blank, 0 or -) says why, on its page or in the
 * narrative; and the narrative agrees: no amount quoted for what an empty table is about, no "无…"
 * for what a table lists figures of. Where the page prints figures we did not read into the table,
 * the table may only look empty to us: unverified.
 */
final class EmptyTableRule implements Rule {

    static final String EXPLAINED = "table.empty-explained";
    static final String NARRATIVE = "table.empty-narrative";
    /** Words that put an amount in another year or make it a change, not the amount the table would hold. */
    private static final Pattern NOT_THIS_AMOUNT = Pattern.compile("上年|去年|同期|比|较|增|减|降|上升");
    /** What may follow the subject in a label that names its whole (政府性基金预算财政拨款支出为), not one item of it. */
    private static final String TOTAL_OF_SUBJECT = "(?:经费)?(?:预算)?(?:财政)?(?:拨款)?(?:安排的)?(?:支出|收入|收支)?(?:预算|决算)?数?(?:为|是)?$";
    private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|以前年度|(?:19|20)\\d{2}\\s*年");

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            if (table.standard() == null || table.title() == null || table.rows().size() <= table.headerRows()) {
                continue;
            }
            String subject = EmptyTableNotes.subjectOf(table.title());
            if (EmptyTableNotes.statesNothing(table)) {
                checks.add(explained(document, table));
                if (EmptyTableNotes.ownsItsAmounts(subject) && !anyWithFigures(document, subject)) {
                    checks.addAll(amountsQuoted(document, table, subject));
                }
            } else if (EmptyTableNotes.ownsItsAmounts(subject) && !anyEmpty(document, subject)) {
                Check said = saidToBeNone(document, table, subject);
                if (said != null) {
                    checks.add(said);
                }
                checks.addAll(zeroQuoted(document, table, subject));
            }
        }
        return checks;
    }

    private static Check explained(DisclosureDocument document, DisclosureTable table) {
        int page = table.pages().get(0);
        String note = EmptyTableNotes.noteFor(table, document.tables(), document.pages());
        List<CheckRef> refs = List.of(ref(table));
        if (note != null) {
            return new Check(EXPLAINED, CheckStatus.PASS, "第" + page + "页" + TableCells.name(table) + "为空表，已说明：" + note,
                    null, null, null, refs);
        }
        Check fail = new Check(EXPLAINED, CheckStatus.FAIL, "第" + page + "页" + TableCells.name(table)
                + "没有任何数字(空表)，但表下和情况说明均未说明原因(应注明如“本单位无…收支，此表为空表”)", null, null, null, refs);
        for (int p : table.pages()) {
            if (UnreadFigures.on(document, p)) {
                return fail.unverified("第" + p + "页印有未读入表格的数字，此表可能并非空表");
            }
        }
        return fail;
    }

    /** Narrative amounts of this year for what the empty table is about (政府性基金预算支出100万元). */
    private static List<Check> amountsQuoted(DisclosureDocument document, DisclosureTable table, String subject) {
        List<Check> checks = new ArrayList<>();
        for (NarrativeFigure figure : document.figures()) {
            if (!figure.is(FigureKind.AMOUNT) || figure.value().signum() == 0) {
                continue;
            }
            String label = NarrativeTableRule.labelBefore(figure);
            if (!label.contains(subject) || NOT_THIS_AMOUNT.matcher(label).find() || otherYear(document, figure, label)) {
                continue;
            }
            checks.add(new Check(NARRATIVE, CheckStatus.FAIL, "第" + figure.page() + "页文中「" + label + figure.text().strip()
                    + "」，但第" + table.pages().get(0) + "页" + TableCells.name(table) + "为空表，没有任何数字",
                    null, figure.value(), null, List.of(TableCells.ref(figure), ref(table)), figure.unit(),
                    figure.text(), null, null));
        }
        return checks;
    }

    /** 政府性基金预算支出0万元 while the table lists figures: the narrative's total of the subject, said to be nothing. */
    private static List<Check> zeroQuoted(DisclosureDocument document, DisclosureTable table, String subject) {
        Pattern total = Pattern.compile(Pattern.quote(subject) + TOTAL_OF_SUBJECT);
        List<Check> checks = new ArrayList<>();
        for (NarrativeFigure figure : document.figures()) {
            if (!figure.is(FigureKind.AMOUNT) || figure.value().signum() != 0) {
                continue;
            }
            String label = NarrativeTableRule.labelBefore(figure);
            if (!total.matcher(label).find() || NOT_THIS_AMOUNT.matcher(label).find() || otherYear(document, figure, label)) {
                continue;
            }
            DisclosureCell cell = firstFigure(table);
            checks.add(new Check(NARRATIVE, CheckStatus.FAIL, "第" + figure.page() + "页文中「" + label + figure.text().strip()
                    + "」，但第" + table.pages().get(0) + "页" + TableCells.name(table) + "列有数字(如\"" + columnName(table, cell)
                    + "\"列「" + cell.text() + "」)", null, figure.value(), null,
                    List.of(TableCells.ref(figure), TableCells.ref(table, cell)), figure.unit(), figure.text(), null, null));
        }
        return checks;
    }

    /** The sentence puts the amount in another year (上年…, 2023年… in a 2024 document): not the table's. */
    private static boolean otherYear(DisclosureDocument document, NarrativeFigure figure, String label) {
        int at = figure.context().indexOf(label);
        String before = at < 0 ? figure.context() : figure.context().substring(Math.max(0, at - 8), at + 1);
        Matcher m = OTHER_YEAR.matcher(before);
        Integer year = document.identity().year();
        while (m.find()) {
            String found = TextNormalizer.withoutSpaces(m.group());
            if (year == null || !found.equals(year + "年")) {
                return true;
            }
        }
        return false;
    }

    /** A note saying there is none of what the table lists figures of (本单位无政府性基金预算支出). */
    private static Check saidToBeNone(DisclosureDocument document, DisclosureTable table, String subject) {
        for (DisclosurePage page : document.pages()) {
            Matcher m = NONE.matcher(page.text());
            while (m.find()) {
                if (!TextNormalizer.withoutSpaces(m.group()).contains(subject) || OTHER_YEAR_WORDS.matcher(m.group()).find()) {
                    continue;
                }
                DisclosureCell figure = firstFigure(table);
                String said = EmptyTableNotes.sentenceAround(page.text(), m.start());
                return new Check(NARRATIVE, CheckStatus.FAIL, "第" + page.number() + "页文中称「" + said
                        + "」，但第" + table.pages().get(0) + "页" + TableCells.name(table) + "列有数字(如\""
                        + columnName(table, figure) + "\"列「" + figure.text() + "」)", null, figure.value(), null,
                        List.of(new CheckRef(null, null, null, null, null, page.number(), null, said),
                                TableCells.ref(table, figure)));
            }
        }
        return null;
    }

    /** 无…支出 / 为空表 naming the subject within one clause. */
    private static final Pattern NONE = Pattern.compile("(?:无|没有)[^。，,；;\\n]{0,24}(?:支出|收入|收支|经费)|[^。，,；;\\n]{0,30}(?:为空表|无数据)");
    private static final Pattern OTHER_YEAR_WORDS = Pattern.compile("上年|去年|以前|同期");

    private static DisclosureCell firstFigure(DisclosureTable table) {
        return table.rows().stream().flatMap(List::stream)
                .filter(c -> c.value() != null && c.value().signum() != 0).findFirst().orElseThrow();
    }

    private static String columnName(DisclosureTable table, DisclosureCell cell) {
        return cell.column() < table.columns().size() ? table.columns().get(cell.column()) : "第" + (cell.column() + 1);
    }

    private static boolean anyWithFigures(DisclosureDocument document, String subject) {
        return document.tables().stream().anyMatch(t -> t.title() != null && t.title().contains(subject)
                && !EmptyTableNotes.statesNothing(t));
    }

    private static boolean anyEmpty(DisclosureDocument document, String subject) {
        return document.tables().stream().anyMatch(t -> t.title() != null && t.title().contains(subject)
                && EmptyTableNotes.statesNothing(t));
    }

    private static CheckRef ref(DisclosureTable table) {
        return new CheckRef(table.title(), table.id(), null, null, null, table.pages().get(0), null, null);
    }
}
