package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureFinder;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Links the projects the narrative describes to their row in the project table and to their
 * performance-target table: by name (租用费 ~ 租赁费, 公务接待费 ~ 公务接待项目) and amount together.
 */
final class ProjectLinks {

    private static final Pattern NAME = Pattern.compile(
            "项目名称\\s*[:：]\\s*([^\\n:：]+?)\\s*(?=设立|预算安排|项目承担|资金|实施|\\n|$)");
    private static final Pattern SCALE = Pattern.compile("预算安排规模\\s*[:：]");
    private static final Pattern SUFFIX = Pattern.compile("(项目|经费|费用|费|资金)$");
    /** Names sharing this much (or less when the amounts agree) are the same project. */
    private static final double SAME_NAME = 0.5;
    private static final double SAME_NAME_AND_AMOUNT = 0.3;

    private record Candidate(String tableId, int row, String name, BigDecimal amount) {
    }

    private ProjectLinks() {
    }

    static List<ProjectLink> link(List<DisclosurePage> pages, List<DisclosureTable> tables, List<PerformanceTarget> targets) {
        List<Candidate> rows = projectRows(tables);
        List<ProjectLink> links = new ArrayList<>();
        for (DisclosurePage page : pages) {
            String text = page.text();
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                String project = name.group(1).strip();
                Figure amount = amountAfter(text, name.end());
                Candidate row = best(project, amount, rows);
                PerformanceTarget target = bestTarget(project, amount, targets);
                links.add(new ProjectLink(project, amount == null ? null : amount.value(),
                        amount == null ? null : amount.unit(), page.number(),
                        row == null ? null : row.tableId(), row == null ? null : row.row(),
                        row == null ? null : row.name(), row == null ? null : row.amount(),
                        target == null ? null : target.tableId(), target == null ? null : target.project(),
                        target == null ? null : target.funds()));
            }
        }
        return links;
    }

    /**
     * The figure of 预算安排规模 within the few lines after the name, read with the lines joined:
     * a wrapped "60 万" | "元" is 60 万元, not 600000.
     */
    private static Figure amountAfter(String text, int from) {
        String window = text.substring(from, Math.min(text.length(), from + 300)).replace("\n", "");
        Matcher scale = SCALE.matcher(window);
        if (!scale.find()) {
            return null;
        }
        List<Figure> figures = FigureFinder.find(window.substring(scale.end()));
        return figures.isEmpty() ? null : figures.get(0);
    }

    /** Rows of project tables: the 项目名称 column and the first figure after it. */
    private static List<Candidate> projectRows(List<DisclosureTable> tables) {
        List<Candidate> rows = new ArrayList<>();
        for (DisclosureTable table : tables) {
            int nameColumn = -1;
            for (int c = 0; c < table.columns().size(); c++) {
                if (table.columns().get(c).contains("项目名称")) {
                    nameColumn = c;
                }
            }
            if (nameColumn < 0) {
                continue;
            }
            for (List<DisclosureCell> row : table.rows()) {
                if (row.isEmpty() || row.get(0).row() < table.headerRows()) {
                    continue;
                }
                int r = row.get(0).row();
                DisclosureCell name = table.cellAt(r, nameColumn);
                if (name == null || name.text().isBlank() || TextNormalizer.withoutSpaces(name.text()).matches("合计|总计|小计")) {
                    continue;
                }
                BigDecimal amount = null;
                for (DisclosureCell cell : row) {
                    if (cell.column() > nameColumn && cell.value() != null) {
                        amount = cell.value();
                        break;
                    }
                }
                rows.add(new Candidate(table.id(), r, name.text(), amount));
            }
        }
        return rows;
    }

    private static Candidate best(String project, Figure amount, List<Candidate> rows) {
        Candidate best = null;
        double bestScore = 0;
        for (Candidate row : rows) {
            double score = score(project, amount, row.name(), row.amount());
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        return best;
    }

    private static PerformanceTarget bestTarget(String project, Figure amount, List<PerformanceTarget> targets) {
        PerformanceTarget best = null;
        double bestScore = 0;
        for (PerformanceTarget target : targets) {
            if (target.project() == null) {
                continue;
            }
            double score = score(project, amount, target.project(), target.funds());
            if (score > bestScore) {
                best = target;
                bestScore = score;
            }
        }
        return best;
    }

    /** How alike two project descriptions are; 0 when they are not the same project. */
    private static double score(String name, Figure amount, String otherName, BigDecimal otherAmount) {
        double similarity = similarity(name, otherName);
        boolean sameAmount = amount != null && otherAmount != null && amount.value().compareTo(otherAmount) == 0;
        if (similarity >= SAME_NAME || sameAmount && similarity >= SAME_NAME_AND_AMOUNT) {
            return similarity + (sameAmount ? 1 : 0);
        }
        return 0;
    }

    static double similarity(String a, String b) {
        String x = SUFFIX.matcher(TextNormalizer.withoutSpaces(a)).replaceFirst("");
        String y = SUFFIX.matcher(TextNormalizer.withoutSpaces(b)).replaceFirst("");
        return x.equals(y) ? 1 : Similarity.dice(x, y);
    }
}
