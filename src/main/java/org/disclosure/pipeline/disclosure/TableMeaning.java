package org.disclosure.pipeline.disclosure;

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
    private static final Map<String, String> COLUMN_TERMS = new LinkedHashMap<>();

    static {
        COLUMN_TERMS.put("因公出国", "overseas-trips");
        COLUMN_TERMS.put("公务用车购置及运行", "vehicles");
        COLUMN_TERMS.put("公务用车购置", "vehicle-purchase");
        COLUMN_TERMS.put("公务用车运行", "vehicle-operation");
        COLUMN_TERMS.put("公务接待", "reception");
        COLUMN_TERMS.put("机关运行经费", "operating-costs");
        COLUMN_TERMS.put("基本支出", "basic");
        COLUMN_TERMS.put("项目支出", "project");
        COLUMN_TERMS.put("人员经费", "personnel");
        COLUMN_TERMS.put("公用经费", "public-use");
        COLUMN_TERMS.put("一般公共预算", "general-public-budget");
        COLUMN_TERMS.put("政府性基金", "government-fund");
        COLUMN_TERMS.put("国有资本经营", "state-capital");
        COLUMN_TERMS.put("财政拨款", "fiscal-appropriation");
        COLUMN_TERMS.put("上年", "previous-year");
        COLUMN_TERMS.put("决算数", "final");
        COLUMN_TERMS.put("预算数", "budget");
        COLUMN_TERMS.put("年初结转和结余", "opening-balance");
        COLUMN_TERMS.put("年末结转和结余", "closing-balance");
        COLUMN_TERMS.put("合计", "total");
        COLUMN_TERMS.put("总计", "total");
        COLUMN_TERMS.put("小计", "total");
        COLUMN_TERMS.put("名称", "name");
        COLUMN_TERMS.put("收入", "income");
        COLUMN_TERMS.put("支出", "expenditure");
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
            String code = codeLevel(path, last);
            if (code != null) {
                meanings.add(code);
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String segment : segments) {
                String term = term(segment);
                if (term != null && !terms.contains(term)) {
                    terms.add(term);
                }
            }
            meanings.add(meaning(terms, term(last), last));
        }
        return meanings;
    }

    /** Parts a budget or a final figure can be of (三公 sub-columns, 人员经费 …). */
    private static final List<String> PARTS = List.of("overseas-trips", "vehicles", "vehicle-purchase",
            "vehicle-operation", "reception", "operating-costs", "basic", "project", "personnel", "public-use",
            "general-public-budget", "government-fund", "state-capital", "total");
    /** The 三公 groups whose own 合计 column is theirs, not the table's. */
    private static final List<String> GROUPS = List.of("overseas-trips", "vehicles", "reception", "operating-costs");

    /**
     * The leaf's term decides; a 合计 or a 预算数/决算数 under a named part is that part's
     * ("vehicles/total", "overseas-trips/final"), and the 三公 vehicle columns keep their group.
     */
    private static String meaning(List<String> terms, String leaf, String lastSegment) {
        if (leaf == null && terms.contains("vehicles")) {
            // 公务用车购置及运行费 / 购置费, / 运行费: the short names of the vehicle columns
            leaf = lastSegment.contains("购置") ? "vehicle-purchase" : lastSegment.contains("运行") ? "vehicle-operation" : null;
            terms = new ArrayList<>(terms);
            if (leaf != null) {
                terms.add(leaf);
            }
        }
        if (leaf == null) {
            return terms.isEmpty() ? null : terms.get(terms.size() - 1);
        }
        List<String> ancestors = terms.subList(0, Math.max(0, terms.indexOf(leaf)));
        String vehicles = ancestors.contains("vehicles") ? "vehicles/" : "";
        boolean qualifier = leaf.equals("budget") || leaf.equals("final") || leaf.equals("previous-year");
        if (qualifier) {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                String part = ancestors.get(i);
                if (PARTS.contains(part)) {
                    return (part.equals("vehicles") ? "" : vehicles) + part + "/" + leaf;
                }
            }
            return leaf;
        }
        if (!vehicles.isEmpty() && !leaf.equals("vehicles")) {
            return vehicles + leaf;
        }
        if (leaf.equals("total")) {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                if (GROUPS.contains(ancestors.get(i))) {
                    return ancestors.get(i) + "/total";
                }
            }
        }
        return leaf;
    }

    private static String codeLevel(String path, String last) {
        if (!(path.contains("编码") || path.contains("代码") || last.equals("类") || last.equals("款") || last.equals("项"))) {
            return null;
        }
        return switch (last) {
            case "类" -> "code.class";
            case "款" -> "code.section";
            case "项" -> "code.item";
            default -> last.contains("编码") || last.contains("代码") ? "code" : null;
        };
    }

    private static String term(String segment) {
        for (Map.Entry<String, String> term : COLUMN_TERMS.entrySet()) {
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
        String role = label.equals("合计") || label.equals("总计") || label.endsWith("总计") ? "total"
                : label.equals("小计") ? "subtotal"
                : code.length() > 0 || figures ? "item" : "label";
        if (code.isEmpty() || role.equals("total")) {
            return new RowMeaning(row.get(0).row(), role, null, null, null, null, name);
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
        return new RowMeaning(row.get(0).row(), role, full, level, parent, classification, name);
    }
}
