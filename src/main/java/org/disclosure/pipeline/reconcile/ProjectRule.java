package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.disclosure.CellFigure;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.PerformanceTarget;
import org.disclosure.pipeline.disclosure.ProjectLink;
import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureFinder;
import org.disclosure.pipeline.figure.FigureKind;

/**
 * A project's description must fit its money: what the narrative says the funds pay for
 * (4余次 × 每次约4.8万元) and what the cost targets add up to (≤0.02万元/人 × ≥110人) cannot
 * exceed the funds the project is given.
 */
final class ProjectRule implements Rule {

    static final String NARRATIVE = "project.allocation-within-funds";
    static final String TARGETS = "project.cost-targets-within-funds";
    private static final BigDecimal WAN = new BigDecimal("10000");

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (ProjectLink project : document.projects()) {
            Check check = allocation(project, document.pages());
            if (check != null) {
                checks.add(check);
            }
        }
        for (PerformanceTarget target : document.performanceTargets()) {
            DisclosureTable table = document.tables().stream().filter(t -> t.id().equals(target.tableId()))
                    .findFirst().orElse(null);
            Check check = costTargets(target, table);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /** Σ count × per-unit cost in the project's own description, against its 预算安排规模. */
    private static Check allocation(ProjectLink project, List<DisclosurePage> pages) {
        if (project.amount() == null || project.unit() == null) {
            return null;
        }
        String text = pages.stream().filter(p -> p.number() == project.page()).findFirst().map(DisclosurePage::text)
                .orElse("").replace("\n", "");
        int start = text.indexOf(project.name());
        if (start < 0) {
            return null;
        }
        int next = text.indexOf("项目名称", start + project.name().length());
        String description = text.substring(start, next < 0 ? Math.min(text.length(), start + 400) : next);
        List<Figure> figures = FigureFinder.find(description);
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure count = figures.get(i);
            Figure cost = figures.get(i + 1);
            if (count.kind() != FigureKind.COUNT || !cost.isMoney() || count.unit() == null) {
                continue;
            }
            String between = description.substring(count.end(), cost.start());
            if (!between.contains("每" + count.unit().charAt(0))) {
                continue;
            }
            total = total.add(count.value().multiply(cost.toYuan()));
            terms.add(count.text().strip() + " × " + cost.text().strip());
        }
        if (terms.isEmpty()) {
            return null;
        }
        BigDecimal funds = project.amount().multiply(TableCells.scaleToYuan(project.unit()));
        boolean within = total.compareTo(funds) <= 0;
        // compared in 元; reported in the unit the narrative states the funds in
        String unit = project.unit();
        BigDecimal computed = Amounts.tidy(total.divide(TableCells.scaleToYuan(unit)), project.amount().scale());
        String printedText = project.amount().toPlainString() + unit;
        String how = String.join(" + ", terms);
        String message = "项目「" + project.name() + "」资金分配情况所述 " + how + " = "
                + Amounts.format(computed, unit) + ", " + (within ? "未超过" : "超过") + "预算安排规模 " + printedText;
        return Check.computed(NARRATIVE, within ? CheckStatus.PASS : CheckStatus.FAIL, message, computed, project.amount(),
                List.of(new CheckRef(null, null, null, null, project.name(), project.page(), null, project.name())),
                unit, printedText, how);
    }

    /** Σ of the cost targets (a per-unit cost times the count target in the same unit) against the funds. */
    private static Check costTargets(PerformanceTarget target, DisclosureTable table) {
        if (target.funds() == null) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (PerformanceTarget.Indicator indicator : target.indicators()) {
            CellFigure cost = indicator.target();
            if (indicator.level2() == null || !indicator.level2().contains("成本") || cost == null || cost.unit() == null
                    || !cost.unit().contains("元") || !(cost.relation() == null || cost.relation().equals("≤")
                    || cost.relation().equals("="))) {
                continue;
            }
            String[] parts = cost.unit().split("/");
            BigDecimal yuan = cost.value().multiply(TableCells.scaleToYuan(parts[0]));
            if (parts.length == 1) {
                total = total.add(yuan);
                terms.add(indicator.text());
            } else if (parts.length == 2) {
                CellFigure count = countIn(target, parts[1]);
                if (count != null) {
                    total = total.add(yuan.multiply(count.value()));
                    terms.add(indicator.text() + " × " + count.value().toPlainString() + parts[1]);
                }
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        BigDecimal funds = target.funds().multiply(WAN);
        boolean within = total.compareTo(funds) <= 0;
        // 年度资金总额 is stated in 万元 in the national template; compared in 元, reported in 万元
        BigDecimal computed = Amounts.tidy(total.divide(WAN), target.funds().scale());
        String how = String.join(" + ", terms);
        String message = "《项目支出绩效目标表》「" + target.project() + "」成本指标 " + how + " = "
                + Amounts.format(computed, "万元") + ", " + (within ? "未超过" : "超过") + "年度资金总额 "
                + Amounts.format(target.funds(), "万元");
        return Check.computed(TARGETS, within ? CheckStatus.PASS : CheckStatus.FAIL, message, computed, target.funds(),
                List.of(new CheckRef(table == null ? null : table.title(), target.tableId(), null,
                        null, target.project(), table == null ? 1 : table.pages().get(0), null, target.project())),
                "万元", null, how);
    }

    /** The quantity target counted in the given unit (人, 次 ...). */
    private static CellFigure countIn(PerformanceTarget target, String unit) {
        for (PerformanceTarget.Indicator indicator : target.indicators()) {
            CellFigure figure = indicator.target();
            if (figure != null && unit.equals(figure.unit()) && figure.is(FigureKind.COUNT)
                    && indicator.level2() != null && indicator.level2().contains("数量")) {
                return figure;
            }
        }
        return null;
    }
}
