package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

/**
 * On a page read by OCR, a cell read as empty where figures stand around it may be a figure the
 * engine missed: a sum it breaks is unverified and names it with the amount the sum implies, never
 * filling it in. On a text page the same sum fails; a shortfall a missed figure cannot hold fails too.
 */
class OcrBlankSuspectsTest {

    private static final int PAGE = 3;
    private static final String ROW_RULE = "row.total-is-basic-plus-project";
    private final Reconciler reconciler = new Reconciler();

    /**
     * A 支出总表 as OCR might read it: 类 rows, then 合计; columns 合计 = 基本支出 + 项目支出. A null
     * figure is a cell read as empty.
     */
    private static DisclosureDocument document(String[]... figures) {
        String[] codes = {"201", "205", "208", ""};
        String[] names = {"一般公共服务支出", "教育支出", "社会保障和就业支出", "合计"};
        List<List<DisclosureCell>> cells = new ArrayList<>();
        List<DisclosureCell> header = new ArrayList<>();
        String[] headings = {"科目编码", "科目名称", "合计", "基本支出", "项目支出"};
        for (int c = 0; c < headings.length; c++) {
            header.add(new DisclosureCell(headings[c], null, null, null, null, PAGE, box(0, c), 0, c, 1, 1));
        }
        cells.add(header);
        for (int i = 0; i < figures.length; i++) {
            int r = i + 1;
            int named = i == figures.length - 1 ? 3 : i;
            List<DisclosureCell> row = new ArrayList<>();
            String code = codes[named].isEmpty() ? null : codes[named];
            row.add(new DisclosureCell(codes[named], null, null, null, code, PAGE, box(r, 0), r, 0, 1, 1));
            row.add(new DisclosureCell(names[named], null, null, null, null, PAGE, box(r, 1), r, 1, 1, 1));
            for (int c = 0; c < 3; c++) {
                String text = figures[i][c];
                BigDecimal value = text == null ? null : new BigDecimal(text.replace(",", ""));
                row.add(new DisclosureCell(text == null ? "" : text, value, null, null, null, PAGE, box(r, c + 2), r,
                        c + 2, 1, 1));
            }
            cells.add(row);
        }
        DisclosureTable table = new DisclosureTable("t1", "部门支出总表", "元", null, List.of(PAGE), 5, 1, true,
                List.of(headings), List.of("code", "name", "total", "basic", "project"),
                new org.disclosure.pipeline.table.TableQuality(true, 0, 0), null, List.of(), cells);
        return new DisclosureDocument(new DocumentIdentity(null, null, null, null), List.of(), List.of(table), List.of(),
                List.of(), List.of(), List.of());
    }

    private static String[] row(String total, String basic, String project) {
        return new String[] {total, basic, project};
    }

    private static Box box(int row, int column) {
        return new Box(50.0 + 100 * column, 100.0 + 20 * row, 140.0 + 100 * column, 116.0 + 20 * row);
    }

    private Reconciliation onScan(DisclosureDocument document) {
        return reconciler.reconcile(document, null, Set.of(PAGE), List.of());
    }

    private static Check rowCheck(List<Check> checks, int row) {
        return checks.stream().filter(c -> c.rule().equals(ROW_RULE) && c.refs().get(0).row() == row).findFirst()
                .orElseThrow();
    }

    private static Check classTotal(List<Check> checks, int column) {
        return checks.stream().filter(c -> c.rule().equals(ClassTotalRule.ID) && c.refs().get(0).column() == column)
                .findFirst().orElseThrow();
    }

    /** Rows that all hold: 201, 205, 208 and their 合计. */
    private static DisclosureDocument withProjectOf205(String project) {
        return document(row("1,500.00", "1,000.00", "500.00"), row("2,388.23", "2,000.00", project),
                row("700.00", "300.00", "400.00"), row("4,588.23", "3,300.00", "1,288.23"));
    }

    @Test
    void aPartReadEmptyLeavesItsRowAndColumnSumsUnverifiedAndNamesItWithTheImpliedAmount() {
        DisclosureDocument document = withProjectOf205(null);
        Reconciliation result = onScan(document);

        Check row = rowCheck(result.checks(), 2);
        assertThat(row.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(row.doubt()).contains("识别为「」").contains("「388.23」").contains("a figure OCR may have missed");
        Check column = classTotal(result.checks(), 4);
        assertThat(column.status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).filteredOn(s -> s.rule().equals(ROW_RULE)).singleElement().satisfies(s -> {
            assertThat(s.page()).isEqualTo(PAGE);
            assertThat(s.row()).isEqualTo(2);
            assertThat(s.column()).isEqualTo(4);
            assertThat(s.bbox()).isEqualTo(box(2, 4));
            assertThat(s.read()).isEmpty();
            assertThat(s.implied()).isEqualTo("388.23");
            assertThat(s.impliedValue()).isEqualByComparingTo("388.23");
            assertThat(s.why()).contains("read as empty");
        });
        assertThat(result.suspects()).filteredOn(s -> s.rule().equals(ClassTotalRule.ID)).singleElement()
                .satisfies(s -> {
                    assertThat(s.row()).isEqualTo(2);
                    assertThat(s.column()).isEqualTo(4);
                    assertThat(s.impliedValue()).isEqualByComparingTo("388.23");
                });
        assertThat(result.checks()).noneMatch(c -> c.status() == CheckStatus.FAIL);
        // flagged, never filled in
        assertThat(document.tables().get(0).rows().get(2).get(4).value()).isNull();
    }

    @Test
    void aFigureReadWithAStrayMarkIsNamedWhenItHoldsTheImpliedDigits() {
        // a speck read as ” glued to 388.23: no figure, so the cell counts for nothing in the sums
        DisclosureDocument document = withProjectOf205(null);
        document.tables().get(0).rows().get(2).set(4, new DisclosureCell("”388.23", null, null, null, null, PAGE,
                box(2, 4), 2, 4, 1, 1));
        Reconciliation result = onScan(document);
        assertThat(rowCheck(result.checks(), 2).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).filteredOn(s -> s.rule().equals(ROW_RULE)).singleElement().satisfies(s -> {
            assertThat(s.read()).isEqualTo("”388.23");
            assertThat(s.implied()).isEqualTo("388.23");
            assertThat(s.why()).contains("read as no figure");
        });
    }

    @Test
    void aStrayMarkedTextWithOtherDigitsIsNoSuspect() {
        DisclosureDocument document = withProjectOf205(null);
        document.tables().get(0).rows().get(2).set(4, new DisclosureCell("”123.45", null, null, null, null, PAGE,
                box(2, 4), 2, 4, 1, 1));
        Reconciliation result = onScan(document);
        assertThat(rowCheck(result.checks(), 2).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.suspects()).noneMatch(s -> s.rule().equals(ROW_RULE));
    }

    @Test
    void aTotalReadEmptyIsNamedWithThePartsSum() {
        DisclosureDocument document = document(row("1,500.00", "1,000.00", "500.00"), row(null, "2,000.00", "388.23"),
                row("700.00", "300.00", "400.00"), row("4,588.23", "3,300.00", "1,288.23"));
        Reconciliation result = onScan(document);
        assertThat(rowCheck(result.checks(), 2).status()).isEqualTo(CheckStatus.UNVERIFIED);
        assertThat(result.suspects()).filteredOn(s -> s.rule().equals(ROW_RULE)).singleElement().satisfies(s -> {
            assertThat(s.column()).isEqualTo(2);
            assertThat(s.implied()).isEqualTo("2388.23");
        });
    }

    @Test
    void theSameTableOnATextPageFails() {
        DisclosureDocument document = withProjectOf205(null);
        Reconciliation onText = reconciler.reconcile(document, null, Set.of(), List.of());
        assertThat(rowCheck(onText.checks(), 2).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(classTotal(onText.checks(), 4).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(onText.suspects()).isEmpty();
    }

    @Test
    void partsAlreadyOverTheTotalAreNotExplainedByAMissedPart() {
        // 205: 基本支出 2,500.00 alone exceeds its 合计 2,388.23: a missed 项目支出 could only add to that
        DisclosureDocument document = document(row("1,500.00", "1,000.00", "500.00"), row("2,388.23", "2,500.00", null),
                row("700.00", "300.00", "400.00"), row("4,588.23", "3,800.00", "900.00"));
        Reconciliation result = onScan(document);
        assertThat(rowCheck(result.checks(), 2).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.suspects()).noneMatch(s -> s.rule().equals(ROW_RULE));
    }

    @Test
    void aShortfallLargerThanAnyFigureOfTheBlanksColumnIsNotExplainedByIt() {
        // 205's 合计 is printed 9,876.00 against 基本支出 2,000.00: 7,876.00 more than any 项目支出 figure, 合计 included
        DisclosureDocument document = document(row("1,500.00", "1,000.00", "500.00"), row("9,876.00", "2,000.00", null),
                row("700.00", "300.00", "400.00"), row("4,588.23", "3,300.00", "1,288.23"));
        Reconciliation result = onScan(document);
        assertThat(rowCheck(result.checks(), 2).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.suspects()).noneMatch(s -> s.rule().equals(ROW_RULE));
    }

    @Test
    void anEmptyColumnWithNoFiguresAnywhereIsNoSuspect() {
        // no 项目支出 anywhere: the row holds figures, but its column none a missed figure could be as large as
        DisclosureDocument document = document(row("1,000.00", "1,000.00", null), row("2,388.23", "2,000.00", null),
                row("300.00", "300.00", null), row("3,688.23", "3,300.00", null));
        Reconciliation result = onScan(document);
        assertThat(result.suspects()).noneMatch(s -> s.column() == 4);
    }
}
