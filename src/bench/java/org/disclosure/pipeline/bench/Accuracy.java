package org.disclosure.pipeline.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureParser;
import org.disclosure.pipeline.figure.Reading;
import org.disclosure.pipeline.fixtures.DisclosureSpec;

/**
 * Scores extracted tables against the known content of the generated corpus. A row is right when
 * some extracted row carries exactly its figures in order; a figure is recovered when the
 * extracted tables hold it (as a multiset). Figures are amounts with decimals and percentages,
 * read from each system's cell text by the same normaliser, so codes and counts do not count.
 */
final class Accuracy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private int rowsExpected;
    private int rowsRight;
    private int figuresExpected;
    private int figuresRecovered;

    double rowShare() {
        return rowsExpected == 0 ? 0 : (double) rowsRight / rowsExpected;
    }

    double figureShare() {
        return figuresExpected == 0 ? 0 : (double) figuresRecovered / figuresExpected;
    }

    String summary() {
        return String.format("%d/%d rows, %d/%d figures", rowsRight, rowsExpected, figuresRecovered, figuresExpected);
    }

    /** Adds one document: its spec's rows against the rows a system extracted (null when it produced nothing). */
    void add(DisclosureSpec spec, List<List<String>> extractedRows) {
        List<List<BigDecimal>> expected = expectedRows(spec);
        List<List<BigDecimal>> extracted = new ArrayList<>();
        for (List<String> row : extractedRows == null ? List.<List<String>>of() : extractedRows) {
            List<BigDecimal> figures = figures(row);
            if (!figures.isEmpty()) {
                extracted.add(figures);
            }
        }
        Map<String, Integer> available = new HashMap<>();
        Map<String, Integer> figurePool = new HashMap<>();
        for (List<BigDecimal> row : extracted) {
            available.merge(key(row), 1, Integer::sum);
            row.forEach(value -> figurePool.merge(value.stripTrailingZeros().toPlainString(), 1, Integer::sum));
        }
        for (List<BigDecimal> row : expected) {
            rowsExpected++;
            if (take(available, key(row))) {
                rowsRight++;
            }
            for (BigDecimal value : row) {
                figuresExpected++;
                if (take(figurePool, value.stripTrailingZeros().toPlainString())) {
                    figuresRecovered++;
                }
            }
        }
    }

    static List<List<BigDecimal>> expectedRows(DisclosureSpec spec) {
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (DisclosureSpec.TableSpec table : spec.tables()) {
            for (List<DisclosureSpec.SpecCell> row : table.rows().subList(table.headerRows(), table.rows().size())) {
                List<BigDecimal> figures = figures(row.stream().map(DisclosureSpec.SpecCell::text).toList());
                if (!figures.isEmpty()) {
                    rows.add(figures);
                }
            }
        }
        return rows;
    }

    /** The rows of every table in our document.json. */
    static List<List<String>> ourRows(Path documentJson) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode table : JSON.readTree(documentJson.toFile()).path("tables")) {
            for (JsonNode row : table.path("rows")) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.path("text").asText("")));
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The rows of every table in tabula-java's JSON output. */
    static List<List<String>> tabulaRows(Path json) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        if (!Files.exists(json)) {
            return rows;
        }
        for (JsonNode table : JSON.readTree(json.toFile())) {
            for (JsonNode row : table.path("data")) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.path("text").asText("").replace("\r", "")));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<BigDecimal> figures(List<String> cells) {
        List<BigDecimal> figures = new ArrayList<>();
        for (String text : cells) {
            String compact = FigureParser.compact(text == null ? "" : text);
            if (!compact.contains(".") && !compact.contains("%")) {
                continue;
            }
            Reading reading = FigureParser.parse(text);
            if (reading instanceof Figure figure) {
                figures.add(figure.value());
            }
        }
        return figures;
    }

    private static String key(List<BigDecimal> row) {
        StringBuilder key = new StringBuilder();
        for (BigDecimal value : row) {
            key.append(value.stripTrailingZeros().toPlainString()).append('|');
        }
        return key.toString();
    }

    private static boolean take(Map<String, Integer> pool, String key) {
        Integer left = pool.get(key);
        if (left == null || left == 0) {
            return false;
        }
        pool.put(key, left - 1);
        return true;
    }
}
