package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.pdf.Box;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private final Reconciler reconciler = new Reconciler();

    /** Builds a table from rows of texts; a text of digits in the first two columns is a code. */
    private static DisclosureTable table(String title, int headerRows, String[]... rows) {
        List<List<DisclosureCell>> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<DisclosureCell> row = new ArrayList<>();
            for (int c = 0; c < rows[r].length; c++) {
                String text = rows[r][c];
                boolean body = r >= headerRows;
                String code = body && c < 2 && text.matches("\\d+") ? text : null;
                BigDecimal value = body && code == null && text.matches("-?[0-9.]+") ? new BigDecimal(text) : null;
                row.add(new DisclosureCell(text, value, null, null, code, 5, new Box(0.0, 0.0, 1.0, 1.0), r, c, 1, 1));
            }
            cells.add(row);
        }
        return new DisclosureTable("t1", title, "万元", null, List.of(5), rows[0].length, headerRows, true, List.of(),
                List.of(), new org.disclosure.pipeline.table.TableQuality(true, 0, 0), null, List.of(), cells);
    }

    private static DisclosureTable overview(String[]... rows) {
        DisclosureTable plain = table("财务收支预算总表", 1, rows);
        return new DisclosureTable(plain.id(), plain.title(), plain.unit(), null, plain.pages(), plain.columnCount(), 1,
                true, List.of(), List.of(), plain.quality(),
                new org.disclosure.pipeline.disclosure.Classification("budget.overview", "收支总体情况表", 1.0, ""),
                List.of(), plain.rows());
    }

    @Test
    void eachSideOfAnOverviewAddsUpToItsSumsAndTotals() {
        List<Check> checks = check(overview(
                new String[] {"项目", "预算数", "项目", "预算数"},
                new String[] {"一、财政拨款收入", "100.00", "一、一般公共服务支出", "80.00"},
                new String[] {"1、一般公共预算", "100.00", "二、教育支出", "20.00"},
                new String[] {"二、事业收入", "10.00", "", ""},
                new String[] {"本年收入合计", "110.00", "本年支出合计", "100.00"},
                new String[] {"上年结转", "5.00", "年末结转和结余", "15.00"},
                new String[] {"一、一般公共预算", "5.00", "", ""},
                new String[] {"收入总计", "115.00", "支出总计", "115.00"}))
                .stream().filter(c -> c.rule().equals(SidesRule.ID)).toList();
        // 本年收入合计 = 一 + 二 (the 1、 sub-item is not added again); 收入总计 = 合计 + 上年结转 (not its breakdown)
        assertThat(checks).hasSize(4).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
    }

    @Test
    void aSideThatDoesNotAddUpFails() {
        List<Check> checks = check(overview(
                new String[] {"项目", "预算数", "项目", "预算数"},
                new String[] {"一、财政拨款收入", "100.00", "一、一般公共服务支出", "80.00"},
                new String[] {"二、事业收入", "10.00", "二、教育支出", "25.00"},
                new String[] {"收入总计", "110.00", "支出总计", "110.00"}))
                .stream().filter(c -> c.rule().equals(SidesRule.ID)).toList();
        assertThat(checks).extracting(Check::status).containsExactly(CheckStatus.PASS, CheckStatus.FAIL);
        assertThat(checks.get(1).expected()).isEqualByComparingTo("105.00");
    }

    private List<Check> check(DisclosureTable table) {
        return reconciler.check(new DisclosureDocument(new DocumentIdentity(null, null, null, null), List.of(), List.of(table), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void balancedOverviewPasses() {
        List<Check> checks = check(table("单位收支总体情况表", 1,
                new String[] {"项目", "预算数", "功能分类", "预算数"},
                new String[] {"收入总计", "1503.16", "支出总计", "1503.16"}));
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("table.balance");
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
            assertThat(c.refs()).extracting(CheckRef::table).containsOnly("单位收支总体情况表");
        });
    }

    @Test
    void unbalancedOverviewFailsWithTheDifference() {
        List<Check> checks = check(table("单位收支总体情况表", 1,
                new String[] {"项目", "预算数", "功能分类", "预算数"},
                new String[] {"收入总计", "1503.16", "支出总计", "1530.16"}));
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.difference()).isEqualByComparingTo("27.00");
            assertThat(c.refs()).extracting(CheckRef::column).containsExactly(1, 3);
        });
    }

    @Test
    void totalRowEqualsSumOfClassRowsColumnByColumn() {
        List<Check> checks = check(table("一般公共预算基本支出情况表", 1,
                new String[] {"类", "款", "经济分类科目名称", "合计", "人员经费", "公用经费"},
                new String[] {"301", "", "工资福利支出", "1089.40", "1089.40", ""},
                new String[] {"301", "01", "基本工资", "324.15", "324.15", ""},
                new String[] {"302", "", "商品和服务支出", "184.11", "", "184.11"},
                new String[] {"303", "", "对个人和家庭的补助", "72.65", "72.65", ""},
                new String[] {"", "", "合计", "1346.16", "1162.05", "184.11"}));
        assertThat(checks).hasSize(3).allSatisfy(c -> {
            assertThat(c.rule()).isEqualTo("table.total-of-classes");
            assertThat(c.status()).isEqualTo(CheckStatus.PASS);
        });
    }

    @Test
    void totalThatDisagreesWithItsClassesFailsAndPointsAtEveryCell() {
        List<Check> checks = check(table("单位支出总体情况表", 1,
                new String[] {"类", "款", "功能分类科目名称", "合计"},
                new String[] {"204", "", "公共安全支出", "79189400.34"},
                new String[] {"204", "06", "司法", "79189400.34"},
                new String[] {"221", "", "住房保障支出", "7770008.00"},
                new String[] {"", "", "合计", "86959408.00"}));
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.expected()).isEqualByComparingTo("86959408.34");
            assertThat(c.printed()).isEqualByComparingTo("86959408.00");
            assertThat(c.difference()).isEqualByComparingTo("-0.34");
            // the total first, then each class row it should add up from; never the 款 row
            assertThat(c.refs()).extracting(CheckRef::row).containsExactly(4, 1, 3);
        });
    }

    @Test
    void roundingLevelDifferenceIsAWarningNotAFailure() {
        List<Check> checks = check(table("支出表", 1,
                new String[] {"类", "款", "名称", "合计"},
                new String[] {"201", "", "一般公共服务支出", "10.33"},
                new String[] {"208", "", "社会保障和就业支出", "10.33"},
                new String[] {"210", "", "卫生健康支出", "10.33"},
                new String[] {"", "", "合计", "31.00"}));
        assertThat(checks).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(CheckStatus.WARN));
    }

    @Test
    void headerCellNamed合计IsNotTakenForTheTotalRow() {
        List<Check> checks = check(table("支出表", 1,
                new String[] {"类", "款", "名称", "合计"},
                new String[] {"201", "", "一般公共服务支出", "10"}));
        assertThat(checks).isEmpty();
    }
}
