package org.disclosure.pipeline.reconcile.crossdoc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * The units a 部门's document says it is made of, as its 机构设置 / 部门构成 part lists them: a numbered
 * list after 包括： (具体包括： 1. 普陀区司法局本部 2. 普陀区法律援助中心), or a table with a 单位名称
 * column (纳入…编制范围的单位包括：). Empty when the document lists none.
 */
public final class MemberUnits {

    /** 包括： in a sentence about the 部门's units, and the text after it. */
    private static final Pattern INTRODUCED = Pattern.compile("(?:单位|部门|具体)[^。；]{0,60}?包括[:：]");
    private static final Pattern ITEM = Pattern.compile("\\s*(\\d{1,2})\\s*[.．、]\\s*([\\p{IsHan}()（）]{2,40})");

    /** How a unit's name ends: a list whose items do not all end so is a list of something else (duties, projects). */
    private static final Pattern UNIT_NAME = Pattern.compile(
            ".*(?:本部|本级|机关|办公室|办事处|委员会|局|中心|院|所|站|馆|校|队|厅|处|委|办|会|社|团|室|部|园|场)[)）]?$");

    private MemberUnits() {
    }

    public static List<String> of(List<DisclosurePage> pages, List<DisclosureTable> tables) {
        Set<String> names = new LinkedHashSet<>();
        for (DisclosurePage page : pages) {
            if (page.text() == null) {
                continue;
            }
            Matcher intro = INTRODUCED.matcher(page.text());
            while (intro.find()) {
                names.addAll(numbered(page.text(), intro.end()));
            }
        }
        for (DisclosureTable table : tables) {
            if (table.standard() != null) {
                continue;
            }
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.columns().get(c).replaceAll("\\s+", "").contains("单位名称")) {
                    names.addAll(column(table, c));
                }
            }
        }
        return List.copyOf(names);
    }

    /** The items 1., 2., 3. … that follow, in order; the list ends at the first that does not. */
    private static List<String> numbered(String text, int from) {
        List<String> items = new ArrayList<>();
        Matcher item = ITEM.matcher(text);
        int at = from;
        int expected = 1;
        while (item.region(at, text.length()).lookingAt() && Integer.parseInt(item.group(1)) == expected) {
            items.add(item.group(2));
            at = item.end();
            expected++;
        }
        return items.stream().allMatch(name -> UNIT_NAME.matcher(name).matches()) ? items : List.of();
    }

    private static List<String> column(DisclosureTable table, int column) {
        List<String> names = new ArrayList<>();
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (cell.column() == column && cell.row() >= table.headerRows() && !cell.hasValue()
                        && UNIT_NAME.matcher(cell.text().replaceAll("\\s+", "")).matches()) {
                    names.add(cell.text().replaceAll("\\s+", ""));
                }
            }
        }
        return names;
    }
}
