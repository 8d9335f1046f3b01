package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.disclosure.CatalogueFile;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * Row identities declared as data (reconcile/row-identities.json): on every row, a total column
 * equals the sum of its part columns (合计 = 基本支出 + 项目支出 …).
 */
final class RowIdentityRule implements Rule {

    /** One declared identity: total = Σ parts, unless the table also has one of the 'unless' columns. */
    record Identity(String id, String description, String total, List<String> parts, List<String> unless) {
        Identity {
            unless = unless == null ? List.of() : unless;
        }
    }

    private record Declarations(List<Identity> identities) {
    }

    private final List<Identity> identities;

    RowIdentityRule() {
        this("/reconcile/row-identities.json");
    }

    /** A column meaning the enum does not know stops the reading with the file and line. */
    RowIdentityRule(String resource) {
        CatalogueFile.Vocabulary meanings = CatalogueFile.Vocabulary.COLUMN_MEANINGS;
        identities = CatalogueFile.read(resource, Declarations.class,
                Map.of("total", meanings, "parts", meanings, "unless", meanings)).identities();
    }

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<Check> checks = new ArrayList<>();
        for (DisclosureTable table : document.tables()) {
            for (Identity identity : identities) {
                if (applies(table, identity)) {
                    checks.addAll(check(table, identity));
                }
            }
        }
        return checks;
    }

    /** The declared identity with this check id, or null. */
    Identity identity(String id) {
        return identities.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean applies(DisclosureTable table, Identity identity) {
        List<String> meanings = table.columnMeanings();
        if (meanings.stream().filter(identity.total()::equals).count() != 1) {
            return false;
        }
        for (String part : identity.parts()) {
            if (meanings.stream().filter(part::equals).count() != 1) {
                return false;
            }
        }
        return identity.unless().stream().noneMatch(meanings::contains);
    }

    private static List<Check> check(DisclosureTable table, Identity identity) {
        List<Check> checks = new ArrayList<>();
        int totalColumn = table.columnMeanings().indexOf(identity.total());
        for (List<DisclosureCell> row : table.rows()) {
            if (row.isEmpty() || row.get(0).row() < table.headerRows()) {
                continue;
            }
            DisclosureCell total = TableCells.startingAt(row, totalColumn);
            List<DisclosureCell> parts = new ArrayList<>();
            for (String part : identity.parts()) {
                parts.add(TableCells.startingAt(row, table.columnMeanings().indexOf(part)));
            }
            boolean anyFigure = (total != null && total.hasValue()) || parts.stream().anyMatch(p -> p != null && p.hasValue());
            if (total == null || !anyFigure) {
                continue;
            }
            List<DisclosureCell> valueCells = new ArrayList<>();
            List<CheckRef> refs = new ArrayList<>();
            refs.add(TableCells.ref(table, total));
            BigDecimal expected = BigDecimal.ZERO;
            for (DisclosureCell part : parts) {
                if (part != null && part.hasValue()) {
                    valueCells.add(part);
                    expected = expected.add(part.value());
                    refs.add(TableCells.ref(table, part));
                }
            }
            BigDecimal printed = total.hasValue() ? total.value() : BigDecimal.ZERO;
            List<BigDecimal> values = Tolerance.weighed(valueCells);
            CheckStatus status = Tolerance.judge(printed, expected, values);
            String where = TableCells.name(table) + " " + TableCells.rowName(table, total.row());
            String unit = table.unit();
            String printedText = total.hasValue() ? total.text() : null;
            String message = status == CheckStatus.PASS
                    ? where + ": " + identity.description() + " = " + Amounts.format(printed, unit)
                    : where + ": " + identity.description() + (status == CheckStatus.FAIL ? " 不成立" : " 仅差舍入")
                    + ", 印为 「" + (printedText == null ? "" : printedText) + "」, 各项之和 " + Amounts.format(expected, unit) + ", "
                    + Tolerance.difference(status, printed, expected, values, unit);
            checks.add(Check.computed(identity.id(), status, message, expected, printed, refs, unit, printedText,
                    values.size() + " 项之和 sum of " + values.size() + " cells: " + identity.description()));
        }
        return checks;
    }
}
