package org.disclosure.pipeline.reconcile.crossdoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.reconcile.Amounts;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;

/**
 * cross-doc.department-sum: a 部门预算 (部门决算) is the sum of its 单位 documents of the same year. Which
 * 单位 make it up is what the 部门 document lists (具体包括：1. …本部 2. …中心, or a 单位名称 table);
 * the figures are compared only when every listed 单位's document is archived, and otherwise one
 * unverified check names those still missing. A 部门 document that lists none is compared only with the
 * one 单位 document of its own unit, and a difference is then unverified: the 部门 may hold more units.
 */
final class DepartmentSumRule {

    static final String ID = "cross-doc.department-sum";
    private static final String DEPARTMENT = "部门";
    private static final String UNIT = "单位";

    List<Check> check(Side document, Counterparts archive) throws IOException {
        String kind = document.kind();
        if (kind.startsWith(DEPARTMENT)) {
            return against(document, archive);
        }
        List<Check> checks = new ArrayList<>();
        if (kind.startsWith(UNIT)) {
            // a 单位 archived after its 部门: the 部门's sum is checked again, with this one among its units
            String departmentKind = DEPARTMENT + kind.substring(UNIT.length());
            for (Counterparts.ArchivedHeadline h : archive.candidates(document.year(), departmentKind)) {
                Side department = Side.archived(archive.read(h));
                boolean member = department.members().isEmpty() ? SameUnit.match(department.unit(), document.unit()) != null
                        : department.members().stream().anyMatch(m -> SameUnit.match(m, document.unit()) != null);
                if (member) {
                    checks.addAll(compare(department, units(department, archive, document), document));
                }
            }
        }
        return checks;
    }

    private List<Check> against(Side department, Counterparts archive) throws IOException {
        return compare(department, units(department, archive, null), null);
    }

    /** The 部门's units as archived, the checked one included; a null entry for each listed unit not archived. */
    private static Found units(Side department, Counterparts archive, Side checked) throws IOException {
        String unitKind = UNIT + department.kind().substring(DEPARTMENT.length());
        List<Counterparts.ArchivedHeadline> candidates = archive.candidates(department.year(), unitKind);
        List<Side> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> wanted = department.members().isEmpty() ? List.of(department.unit()) : department.members();
        for (String member : wanted) {
            if (checked != null && SameUnit.match(member, checked.unit()) != null) {
                found.add(checked);
                continue;
            }
            Counterparts.ArchivedHeadline match = candidates.stream()
                    .filter(c -> checked == null || !c.folder().equals(checked.folder()))
                    .filter(c -> SameUnit.match(member, c.unit()) != null).findFirst().orElse(null);
            if (match == null) {
                missing.add(member);
            } else {
                found.add(Side.archived(archive.read(match)));
            }
        }
        return new Found(found, missing);
    }

    private record Found(List<Side> units, List<String> missing) {
    }

    private static List<Check> compare(Side department, Found found, Side checked) {
        List<Check> checks = new ArrayList<>();
        if (found.units().isEmpty()) {
            return checks; // no 单位 document archived: nothing paired yet
        }
        boolean listed = !department.members().isEmpty();
        if (!found.missing().isEmpty()) {
            List<CheckRef> refs = new ArrayList<>();
            refs.add(new CheckRef(null, null, null, null, null, 1, null, null, null, null, null, department.folder()));
            String unitKind = UNIT + department.kind().substring(DEPARTMENT.length());
            checks.add(new Check(ID, CheckStatus.UNVERIFIED, department.words() + "列明所属单位"
                    + (found.units().size() + found.missing().size()) + "家, 档案中已有"
                    + String.join("、", found.units().stream().map(Side::words).toList()) + ", 尚缺"
                    + String.join("、", found.missing().stream().map(m -> "「" + m + "」").toList()) + "的" + unitKind
                    + ", 未核对部门合计", null, null, null, refs)
                    .unverified("档案中尚无全部所属单位的文件 (not every unit of the department is archived yet)"));
            return checks;
        }
        String assumed = listed ? null : "部门文件未列明所属单位, 仅与同名单位的一份文件相比; 部门可能还含其他单位"
                + " (the department lists no units: it is compared with its one namesake unit, and may hold others)";
        for (TableFigure total : department.figures()) {
            List<Comparison.Part> parts = new ArrayList<>();
            boolean comparable = true;
            for (Side unit : found.units()) {
                if (!unit.hasColumn(total.tableKind(), total.columnMeaning())) {
                    comparable = false; // the unit did not publish that table or column: its share is unknown
                    break;
                }
                TableFigure share = unit.find(total.tableKind(), total.rowKey(), List.of(total.columnMeaning()));
                if (share != null) {
                    parts.add(new Comparison.Part(unit, share));
                }
            }
            if (!comparable || parts.isEmpty() && total.value().signum() == 0) {
                continue;
            }
            String said = department.place(total) + total.rowWords() + "行" + total.columnWords() + "列印为 "
                    + Amounts.format(total.value(), total.moneyUnit()) + ", 所属单位" + found.units().size() + "家"
                    + (parts.isEmpty() ? "的同一表均无此行"
                    : parts.size() == 1 ? "的同一项(" + parts.get(0).side().words() + "第" + parts.get(0).figure().page() + "页) 为 "
                            + Amounts.format(parts.get(0).figure().value(), parts.get(0).figure().moneyUnit())
                    : "的同一项合计 (" + parts.size() + "家有此项)");
            String note = listed ? "" : SameUnit.match(department.unit(), found.units().get(0).unit());
            Check check = Comparison.judge(ID, department, total, parts, said + (note == null ? "" : note), assumed);
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }
}
