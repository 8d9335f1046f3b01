package org.disclosure.pipeline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
                        if (cell.hasValue() && cell.code() == null) {
                            sheet.value(cell.row(), cell.column(), cell.value());
                        } else if (!cell.text().isEmpty()) {
                            sheet.value(cell.row(), cell.column(), cell.text());
                        }
                        if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                            sheet.range(cell.row(), cell.column(), cell.row() + cell.rowSpan() - 1, cell.column() + cell.colSpan() - 1).merge();
                        }
                    }
                }
                sheet.finish();
            }
            workbook.finish();
        }
    }

    static void csv(DisclosureTable table, Path target) throws IOException {
        String[][] grid = new String[table.rows().size()][table.columnCount()];
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (cell.row() < grid.length && cell.column() < grid[cell.row()].length) {
                    grid[cell.row()][cell.column()] = cell.hasValue() && cell.code() == null ? cell.value().toPlainString() : cell.text();
                }
            }
        }
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            for (String[] row : grid) {
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        out.write(',');
                    }
                    out.write(quote(row[c]));
                }
                out.write("\r\n");
            }
        }
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

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
