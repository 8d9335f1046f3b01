package org.disclosure.pipeline.contract;

import static org.disclosure.pipeline.contract.TableMapping.each;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.disclosure.PerformanceTarget;
import org.disclosure.pipeline.disclosure.ProjectLink;
import org.disclosure.pipeline.disclosure.RequiredTable;

/** What the document is and says outside its tables (identity, pages, figures, targets, projects), both ways. */
public final class DisclosureMapping {

    private DisclosureMapping() {
    }

    public static IdentityJson toJson(DocumentIdentity i) {
        return i == null ? null : new IdentityJson(i.title(), i.unit(), i.year(), i.kind(), i.published(), i.evidence());
    }

    public static DocumentIdentity fromJson(IdentityJson i) {
        return i == null ? null : new DocumentIdentity(i.title(), i.unit(), i.year(), i.kind(), i.published(), i.evidence());
    }

    public static List<PageJson> pagesToJson(List<DisclosurePage> pages) {
        return each(pages, p -> new PageJson(p.number(), p.text(), p.hasTextLayer(), p.turned(), p.width(), p.height(),
                p.rotate(), p.cropBox(), each(p.lines(), Corners::of)));
    }

    public static List<DisclosurePage> pagesFromJson(List<PageJson> pages) {
        return each(pages, p -> new DisclosurePage(p.number(), p.text(), p.hasTextLayer(), p.turned(), p.width(),
                p.height(), p.rotate(), p.cropBox(), each(p.lines(), Corners::box)));
    }

    public static List<RequiredTableJson> requiredToJson(List<RequiredTable> required) {
        return each(required, r -> new RequiredTableJson(r.kind(), r.name(), r.status(), r.required(), r.tableIds(),
                r.explained(), r.note()));
    }

    public static List<RequiredTable> requiredFromJson(List<RequiredTableJson> required) {
        return each(required, r -> new RequiredTable(r.kind(), r.name(), r.status(), r.required(), r.tableIds(),
                r.explained(), r.note()));
    }

    public static List<PerformanceTargetJson> targetsToJson(List<PerformanceTarget> targets) {
        return each(targets, t -> new PerformanceTargetJson(t.tableId(), t.project(), t.budgetUnit(), t.funds(),
                t.fiscalFunds(), t.otherFunds(), t.goal(), each(t.indicators(), i -> new PerformanceTargetJson.Indicator(
                        i.row(), i.level1(), i.level2(), i.name(), i.text(), TableMapping.toJson(i.target())))));
    }

    public static List<PerformanceTarget> targetsFromJson(List<PerformanceTargetJson> targets) {
        return each(targets, t -> new PerformanceTarget(t.tableId(), t.project(), t.budgetUnit(), t.funds(),
                t.fiscalFunds(), t.otherFunds(), t.goal(), each(t.indicators(), i -> new PerformanceTarget.Indicator(
                        i.row(), i.level1(), i.level2(), i.name(), i.text(), TableMapping.fromJson(i.target())))));
    }

    public static List<ProjectJson> projectsToJson(List<ProjectLink> projects) {
        return each(projects, p -> new ProjectJson(p.name(), p.amount(), p.unit(), p.page(), p.tableId(), p.row(),
                p.tableName(), p.tableAmount(), p.targetsTableId(), p.targetsName(), p.targetFunds()));
    }

    public static List<ProjectLink> projectsFromJson(List<ProjectJson> projects) {
        return each(projects, p -> new ProjectLink(p.name(), p.amount(), p.unit(), p.page(), p.tableId(), p.row(),
                p.tableName(), p.tableAmount(), p.targetsTableId(), p.targetsName(), p.targetFunds()));
    }

    public static List<NarrativeFigureJson> figuresToJson(List<NarrativeFigure> figures) {
        return each(figures, f -> new NarrativeFigureJson(f.text(), f.value(), f.unit(), f.kind(), f.relation(),
                f.approximate(), f.context(), f.section(), f.page(), each(f.boxes(), Corners::of), f.subject()));
    }

    public static List<NarrativeFigure> figuresFromJson(List<NarrativeFigureJson> figures) {
        return each(figures, f -> new NarrativeFigure(f.text(), f.value(), f.unit(), f.kind(), f.relation(),
                f.approximate(), f.context(), f.section(), f.page(), each(f.boxes(), Corners::box), f.subject()));
    }
}
