package org.disclosure.pipeline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * The tables for spreadsheets: one XLSX workbook with a sheet per table (figures as numbers,
 * subject codes and other text as text, merged cells merged) and one CSV per table, UTF-8 with a
 * byte order mark so that Excel reads the Chinese.
 */
final class TableExport {

    private static final String FORMULA_START = "=+-@\t\r";
    /** Text quoted always, numbers never; BigDecimal as written, never in exponent form. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private TableExport() {
    }

    static void xlsx(List<DisclosureTable> tables, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            // the workbook's application version must look like XX.YYYY; ours is in report.html
            Workbook workbook = new Workbook(out, "disclosure-pipeline", "1.0");
            Set<String> names = new HashSet<>();
            for (DisclosureTable table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table, names));
                for (List<DisclosureCell> row : table.rows()) {
                    for (DisclosureCell cell : row) {
                        // text goes in as a string value, never a formula, whatever it starts with
                        if (cell.hasValue() && cell.code() == null) {
                            sheet.value(cell.row(), cell.column(), cell.value());
                        } else if (!cell.text().isEmpty()) {
                            sheet.value(cell.row(), cell.column(), cell.text());
                        }
                    }
                }
                for (int[] range : merges(table)) {
                    sheet.range(range[0], range[1], range[2], range[3]).merge();
                }
                sheet.finish();
            }
            workbook.finish();
        }
    }

    /**
     * The table's merged cells as {top, left, bottom, right} ranges that do not overlap: taken in
     * reading order (top to bottom, left to right), a range that overlaps one already kept is
     * dropped and its cell stays a plain cell. A misread ruling can yield overlapping merges, and
     * the workbook format forbids them.
     */
    static List<int[]> merges(DisclosureTable table) {
        List<DisclosureCell> spanning = new ArrayList<>();
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                    spanning.add(cell);
                }
            }
        }
        spanning.sort(Comparator.comparingInt(DisclosureCell::row).thenComparingInt(DisclosureCell::column));
        List<int[]> kept = new ArrayList<>();
        for (DisclosureCell cell : spanning) {
            int[] range = {cell.row(), cell.column(), cell.row() + Math.max(1, cell.rowSpan()) - 1,
                    cell.column() + Math.max(1, cell.colSpan()) - 1};
            if (kept.stream().noneMatch(k -> overlaps(k, range))) {
                kept.add(range);
            }
        }
        return kept;
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
    }

    /**
     * One table as CSV, UTF-8 with a byte order mark. A figure the pipeline read as a number is
     * written as that number (a negative one too); every text cell is quoted, and one that a
     * spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return)
     * is prefixed with a single quote, as OWASP recommends against CSV injection.
     */
    static void csv(DisclosureTable table, Path target) throws IOException {
        Object[][] grid = new Object[table.rows().size()][table.columnCount()];
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (cell.row() < grid.length && cell.column() < grid[cell.row()].length) {
                    grid[cell.row()][cell.column()] = cell.hasValue() && cell.code() == null
                            ? cell.value() : neutralised(cell.text());
                }
            }
        }
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (SequenceWriter rows = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)) {
                for (Object[] row : grid) {
                    rows.write(row);
                }
            }
        }
    }

    /** Text a spreadsheet would run as a formula, made inert; a lone dash (a blank) cannot run and stays. */
    static String neutralised(String text) {
        if (text == null || text.isEmpty() || text.equals("-")) {
            return text;
        }
        return FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A file-name-safe name for a table's CSV: its id and title. */
    static String csvName(DisclosureTable table) {
        String title = table.title() == null ? "" : "-" + table.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return table.id() + title + ".csv";
    }

    private static String sheetName(DisclosureTable table, Set<String> used) {
        String base = (table.id() + " " + (table.title() == null ? "" : table.title())).replaceAll("[\\\\/?*\\[\\]:]", "_");
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            String suffix = "~" + n;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

}
