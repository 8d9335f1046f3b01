package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.disclosure.RowRole;

/**
 * Each item of the 三公 table against where that money is budgeted: the basic-expenditure table's
 * line of the same economic subject (公务接待费, 公务用车运行维护费, 因公出国(境)费用)
 * plus the projects named for it (…接待…, …车…, …出国…). The 三公 item includes all of the basic line,
 * so an item smaller than it is wrong; an item the basic line and the named projects do not make up may
 * be held in other projects, so that is a warning that names the amount unaccounted for.
 */
final class ThreePublicRule implements Rule {

    static final String ID = "cross.three-public-items";
    private static final MathContext PRECISION = new MathContext(20);
    /** The lowest header of a column that prints an item twice: 预算数 and 决算数. */
    private static final Pattern STAGE = Pattern.compile("(?:预算|决算)数?");

    /**
     * A 三公 item: its column's name, its economic subject's name in the basic table (by name: the codes
     * differ between the national classification and regions' departmental ones), and its projects' words.
     */
    private record Item(Pattern column, Pattern basicName, Pattern project) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item(Pattern.compile("公务接待费?"), Pattern.compile("公务接待费"), Pattern.compile("接待")),
            new Item(Pattern.compile("(公务用车)?运行(维护)?费"), Pattern.compile("公务用车运行维护费"), Pattern.compile("车")),
            new Item(Pattern.compile("因公出国[(（]境[)）]费用?"), Pattern.compile("因公出国[(（]境[)）]费用?"),
                    Pattern.compile("出国|出境|出访")));

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        DisclosureTable threePublic = ofKind(document, "three-public");
        DisclosureTable basic = ofKind(document, "general-public-basic");
        if (threePublic == null || basic == null || threePublic.unit() == null || basic.unit() == null) {
            return checks;
        }
        DisclosureTable projects = ofKind(document, "general-public-project");
        for (Item item : ITEMS) {
            DisclosureCell stated = itemCell(threePublic, item);
            DisclosureCell basicLine = basicLine(basic, item);
            if (stated == null || basicLine == null) {
                continue; // nothing to hold it against: a basic table without that subject says nothing
            }
            checks.add(judge(threePublic, stated, basic, basicLine, projects, item));
        }
        return checks;
    }

    private static DisclosureTable ofKind(DisclosureDocument document, String kind) {
        return document.tables().stream()
                .filter(t -> t.standard() != null && t.standard().kind().endsWith("." + kind)).findFirst().orElse(null);
    }

    /**
     * The 三公 table's body cell under the item's column (its one body row; blank states zero). A final
     * accounts' table prints each item twice, 预算数 and 决算数: the basic table states what was spent, so
     * the 决算数.
     */
    private static DisclosureCell itemCell(DisclosureTable table, Item item) {
        boolean finalAccounts = table.standard().kind().startsWith("final.");
        for (int column = 0; column < table.columns().size(); column++) {
            String[] path = table.columns().get(column).split("/");
            String leaf = NarrativeCellRule.normalise(path[path.length - 1]);
            boolean staged = STAGE.matcher(leaf).matches() && path.length > 1;
            if (staged && !(finalAccounts && leaf.equals("决算数"))) {
                continue;
            }
            String name = staged ? NarrativeCellRule.normalise(path[path.length - 2]) : leaf;
            if (!item.column().matcher(name).matches()) {
                continue;
            }
            for (RowMeaning row : table.rowMeanings()) {
                DisclosureCell cell = table.cellAt(row.row(), column);
                if (cell != null && cell.column() == column && (cell.hasValue() || cell.text().isBlank())) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** The basic table's row of the item's economic subject, by code or by name. */
    private static DisclosureCell basicLine(DisclosureTable basic, Item item) {
        for (RowMeaning row : basic.rowMeanings()) {
            boolean named = row.name() != null && item.basicName().matcher(NarrativeCellRule.normalise(row.name())).matches();
            if (named) {
                for (List<DisclosureCell> cells : basic.rows()) {
                    for (DisclosureCell cell : cells) {
                        if (cell.row() == row.row() && cell.hasValue()) {
                            return cell; // the first amount: the row's total
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Check judge(DisclosureTable threePublic, DisclosureCell stated, DisclosureTable basic,
                               DisclosureCell basicLine, DisclosureTable projects, Item item) {
        BigDecimal inItemUnit = convert(basicLine.value(), basic.unit(), threePublic.unit());
        List<CheckRef> refs = new ArrayList<>(List.of(TableCells.ref(threePublic, stated), TableCells.ref(basic, basicLine)));
        BigDecimal named = BigDecimal.ZERO;
        List<String> names = new ArrayList<>();
        if (projects != null && projects.unit() != null) {
            for (ProjectAmount project : projectAmounts(projects)) {
                if (item.project().matcher(project.name()).find()) {
                    named = named.add(convert(project.cell().value(), projects.unit(), threePublic.unit()));
                    names.add(project.name());
                    refs.add(TableCells.ref(projects, project.cell()));
                }
            }
        }
        BigDecimal value = stated.hasValue() ? stated.value() : BigDecimal.ZERO;
        String item3 = TableCells.name(threePublic) + "「" + columnName(threePublic, stated) + "」";
        String basicWords = TableCells.name(basic) + "「" + rowName(basic, basicLine) + "」";
        BigDecimal expected = inItemUnit.add(named);
        List<BigDecimal> parts = List.of(inItemUnit, named);
        String unit = threePublic.unit();
        if (value.compareTo(inItemUnit) < 0 && Tolerance.judge(value, inItemUnit, List.of(inItemUnit)) == CheckStatus.FAIL) {
            return Check.computed(ID, CheckStatus.FAIL, item3 + "印为 " + Amounts.format(value, unit) + ", 小于" + basicWords
                    + "的 " + Amounts.format(inItemUnit, unit) + ": 三公经费含基本支出中的这部分, 不应更少", inItemUnit, value, refs,
                    unit, stated.text(), basicWords);
        }
        // the basic table in 元 against a 三公 table in 万元: equal once rounded as the item is printed
        boolean asPrinted = expected.setScale(Math.max(value.scale(), 0), java.math.RoundingMode.HALF_UP).compareTo(value) == 0;
        CheckStatus status = asPrinted ? CheckStatus.PASS : Tolerance.judge(value, expected, parts);
        String sources = basicWords + (names.isEmpty() ? "" : " + 项目" + names);
        String message = switch (status) {
            case PASS -> item3 + " " + Amounts.format(value, unit) + " = " + sources + ", 相符";
            case WARN -> item3 + " " + Amounts.format(value, unit) + " 与 " + sources + " 仅差舍入";
            default -> item3 + "印为 " + Amounts.format(value, unit) + ", 而" + sources + "合计 " + Amounts.format(expected, unit)
                    + ", 相差 " + Amounts.format(value.subtract(expected), unit) + "; 未见于基本支出或名称相符的项目, 或含在其他项目中,"
                    + " 请核对";
        };
        // the rest may be held in projects not named for it: worth a look, not certainly wrong
        CheckStatus judged = status == CheckStatus.FAIL ? CheckStatus.WARN : status;
        return Check.computed(ID, judged, message, expected, value, refs, unit, stated.text(), sources);
    }

    private record ProjectAmount(String name, DisclosureCell cell) {
    }

    /** Each project row's name (the 项目名称 column) and its first amount to the right. */
    private static List<ProjectAmount> projectAmounts(DisclosureTable projects) {
        int nameColumn = -1;
        for (int c = 0; c < projects.columns().size(); c++) {
            if (projects.columns().get(c).contains("项目名称")) {
                nameColumn = c;
                break;
            }
        }
        List<ProjectAmount> amounts = new ArrayList<>();
        if (nameColumn < 0) {
            return amounts;
        }
        for (RowMeaning row : projects.rowMeanings()) {
            DisclosureCell name = projects.cellAt(row.row(), nameColumn);
            if (name == null || name.text().isBlank() || !RowRole.ITEM.key().equals(row.role())) {
                continue;
            }
            List<DisclosureCell> cells = projects.rows().stream().flatMap(List::stream)
                    .filter(c -> c.row() == row.row()).toList();
            DisclosureCell amount = TableCells.firstValueRightOf(cells, name);
            if (amount != null) {
                amounts.add(new ProjectAmount(TableCells.label(name), amount));
            }
        }
        return amounts;
    }

    private static String rowName(DisclosureTable table, DisclosureCell cell) {
        return table.rowMeanings().stream().filter(m -> m.row() == cell.row() && m.name() != null)
                .map(m -> NarrativeCellRule.normalise(m.name())).findFirst().orElse(TableCells.rowLabel(table, cell.row()));
    }

    private static String columnName(DisclosureTable table, DisclosureCell cell) {
        String[] path = table.columns().get(cell.column()).split("/");
        return path[path.length - 1].strip();
    }

    private static BigDecimal convert(BigDecimal value, String from, String to) {
        return value.multiply(TableCells.scaleToYuan(from)).divide(TableCells.scaleToYuan(to), PRECISION).stripTrailingZeros();
    }
}
