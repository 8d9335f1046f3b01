package org.disclosure.pipeline.disclosure;

import static org.disclosure.pipeline.disclosure.ColumnMeaning.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Reads what a table's columns and rows mean: columns from their header paths (合计, 基本支出,
 * 人员经费, 一般公共预算 …), rows from their subject codes, printed in 类/款/项 columns, joined
 * (2010301) or only in the name (公共安全支出（204类）), with the hierarchy resolved.
 */
final class TableMeaning {

    /** Header words and the meaning they give a column; the first that a path segment contains wins. */
    private static final Map<String, ColumnMeaning> COLUMN_TERMS = new LinkedHashMap<>();

    static {
        COLUMN_TERMS.put("因公出国", OVERSEAS_TRIPS);
        COLUMN_TERMS.put("公务用车购置及运行", VEHICLES);
        COLUMN_TERMS.put("公务用车购置", VEHICLE_PURCHASE);
        COLUMN_TERMS.put("公务用车运行", VEHICLE_OPERATION);
        COLUMN_TERMS.put("公务接待", RECEPTION);
        COLUMN_TERMS.put("机关运行经费", OPERATING_COSTS);
        COLUMN_TERMS.put("基本支出", BASIC);
        COLUMN_TERMS.put("项目支出", PROJECT);
        COLUMN_TERMS.put("人员经费", PERSONNEL);
        COLUMN_TERMS.put("公用经费", PUBLIC_USE);
        COLUMN_TERMS.put("一般公共预算", GENERAL_PUBLIC_BUDGET);
        COLUMN_TERMS.put("政府性基金", GOVERNMENT_FUND);
        COLUMN_TERMS.put("国有资本经营", STATE_CAPITAL);
        COLUMN_TERMS.put("财政拨款", FISCAL_APPROPRIATION);
        COLUMN_TERMS.put("上年", PREVIOUS_YEAR);
        COLUMN_TERMS.put("决算数", FINAL);
        COLUMN_TERMS.put("预算数", BUDGET);
        COLUMN_TERMS.put("年初结转和结余", OPENING_BALANCE);
        COLUMN_TERMS.put("年末结转和结余", CLOSING_BALANCE);
        COLUMN_TERMS.put("合计", TOTAL);
        COLUMN_TERMS.put("总计", TOTAL);
        COLUMN_TERMS.put("小计", TOTAL);
        COLUMN_TERMS.put("名称", NAME);
        COLUMN_TERMS.put("收入", INCOME);
        COLUMN_TERMS.put("支出", EXPENDITURE);
    }

    private static final Pattern CODE_IN_NAME = Pattern.compile("[（(](\\d{3}(?:\\d{2}){0,2})[类款项]?[)）]");

    private TableMeaning() {
    }

    /** Each column's meaning from its header path: "vehicles/vehicle-operation", "code.class", "total". */
    static List<String> columns(List<String> paths) {
        List<String> meanings = new ArrayList<>();
        for (String path : paths) {
            String[] segments = path.split(" / ");
            String last = segments[segments.length - 1];
            ColumnMeaning code = codeLevel(path, last);
            if (code != null) {
                meanings.add(code.key());
                continue;
            }
            List<ColumnMeaning> terms = new ArrayList<>();
            for (String segment : segments) {
                ColumnMeaning term = term(segment);
                if (term != null && !terms.contains(term)) {
                    terms.add(term);
                }
            }
            meanings.add(meaning(terms, term(last), last));
        }
        return meanings;
    }

    /** Parts a budget or a final figure can be of (三公 sub-columns, 人员经费 …). */
    private static final List<ColumnMeaning> PARTS = List.of(OVERSEAS_TRIPS, VEHICLES, VEHICLE_PURCHASE,
            VEHICLE_OPERATION, RECEPTION, OPERATING_COSTS, BASIC, PROJECT, PERSONNEL, PUBLIC_USE,
            GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, TOTAL);
    /** The 三公 groups whose own 合计 column is theirs, not the table's. */
    private static final List<ColumnMeaning> GROUPS = List.of(OVERSEAS_TRIPS, VEHICLES, RECEPTION, OPERATING_COSTS);
    /** Words that qualify a part's figure rather than name a part. */
    private static final List<ColumnMeaning> QUALIFIERS = List.of(BUDGET, FINAL, PREVIOUS_YEAR);

    /**
     * The leaf's term decides; a 合计 or a 预算数/决算数 under a named part is that part's
     * ("vehicles/total", "overseas-trips/final"), and the 三公 vehicle columns keep their group.
     */
    private static String meaning(List<ColumnMeaning> terms, ColumnMeaning leaf, String lastSegment) {
        if (leaf == null && terms.contains(VEHICLES)) {
            // 公务用车购置及运行费 / 购置费, / 运行费: the short names of the vehicle columns
            leaf = lastSegment.contains("购置") ? VEHICLE_PURCHASE : lastSegment.contains("运行") ? VEHICLE_OPERATION : null;
            terms = new ArrayList<>(terms);
            if (leaf != null) {
                terms.add(leaf);
            }
        }
        if (leaf == null) {
            return terms.isEmpty() ? null : terms.get(terms.size() - 1).key();
        }
        List<ColumnMeaning> ancestors = terms.subList(0, Math.max(0, terms.indexOf(leaf)));
        boolean underVehicles = ancestors.contains(VEHICLES);
        if (QUALIFIERS.contains(leaf)) {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                ColumnMeaning part = ancestors.get(i);
                if (PARTS.contains(part)) {
                    String meaning = leaf.under(part);
                    return underVehicles && part != VEHICLES ? VEHICLES.key() + PATH_SEPARATOR + meaning : meaning;
                }
            }
            return leaf.key();
        }
        if (underVehicles && leaf != VEHICLES) {
            return leaf.under(VEHICLES);
        }
        if (leaf == TOTAL) {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                if (GROUPS.contains(ancestors.get(i))) {
                    return TOTAL.under(ancestors.get(i));
                }
            }
        }
        return leaf.key();
    }

    private static ColumnMeaning codeLevel(String path, String last) {
        if (!(path.contains("编码") || path.contains("代码") || last.equals("类") || last.equals("款") || last.equals("项"))) {
            return null;
        }
        return switch (last) {
            case "类" -> CODE_CLASS;
            case "款" -> CODE_SECTION;
            case "项" -> CODE_ITEM;
            default -> last.contains("编码") || last.contains("代码") ? CODE : null;
        };
    }

    private static ColumnMeaning term(String segment) {
        for (Map.Entry<String, ColumnMeaning> term : COLUMN_TERMS.entrySet()) {
            if (segment.contains(term.getKey())) {
                return term.getValue();
            }
        }
        return null;
    }

    /** The meaning of every body row. */
    static List<RowMeaning> rows(List<List<DisclosureCell>> rows, int headerRows) {
        List<RowMeaning> meanings = new ArrayList<>();
        for (List<DisclosureCell> row : rows) {
            if (row.isEmpty() || row.get(0).row() < headerRows) {
                continue;
            }
            meanings.add(row(row));
        }
        return meanings;
    }

    private static RowMeaning row(List<DisclosureCell> row) {
        StringBuilder code = new StringBuilder();
        String name = null;
        boolean figures = false;
        for (DisclosureCell cell : row) {
            String text = TextNormalizer.withoutSpaces(cell.text());
            if (cell.code() != null && text.equals(cell.code())) {
                if (code.length() >= 3 && code.length() < 7 && text.length() <= 2) {
                    code.append(text.length() == 1 ? "0" + text : text); // 款/项 printed as 2 for 02
                } else if (code.isEmpty()) {
                    code.append(text);
                } else {
                    break; // a second code group: a two-panel table; this row is the left panel
                }
            } else if (cell.code() != null) {
                if (code.isEmpty()) {
                    code.append(cell.code());
                }
                name = name == null ? cell.text().substring(cell.text().indexOf(cell.code()) + cell.code().length()).strip() : name;
            } else if (cell.value() != null || cell.figure() != null) {
                figures = true;
            } else if (!text.isEmpty() && name == null) {
                name = cell.text().strip();
                Matcher inName = CODE_IN_NAME.matcher(text);
                if (code.isEmpty() && inName.find()) {
                    code.append(inName.group(1));
                }
            }
        }
        String label = name == null ? "" : TextNormalizer.withoutSpaces(name);
        RowRole role = label.equals("合计") || label.equals("总计") || label.endsWith("总计") ? RowRole.TOTAL
                : label.equals("小计") ? RowRole.SUBTOTAL
                : code.length() > 0 || figures ? RowRole.ITEM : RowRole.LABEL;
        if (code.isEmpty() || role == RowRole.TOTAL) {
            return new RowMeaning(row.get(0).row(), role.key(), null, null, null, null, name);
        }
        String full = code.toString();
        String level = switch (full.length()) {
            case 3 -> "类";
            case 5 -> "款";
            case 7 -> "项";
            default -> null;
        };
        String parent = level == null || full.length() == 3 ? null : full.substring(0, full.length() - 2);
        char first = full.charAt(0);
        String classification = first == '2' ? "functional" : first == '3' || first == '5' ? "economic" : null;
        return new RowMeaning(row.get(0).row(), role.key(), full, level, parent, classification, name);
    }
}
