package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.figure.CellFigureParser;
import org.disclosure.pipeline.figure.CellReading;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.table.Cell;
import org.disclosure.pipeline.table.Table;

/** Turns extracted pages and tables into the disclosure model: figures read, codes told apart. */
public final class DocumentModeller {

    public DisclosureDocument model(ParsedPdf pdf, List<Table> tables) {
        List<DisclosurePage> pages = new ArrayList<>();
        for (PageModel page : pdf.pages()) {
            pages.add(new DisclosurePage(page.number(), page.text(), page.hasTextLayer()));
        }
        List<DisclosureTable> modelled = new ArrayList<>();
        int n = 1;
        for (Table table : tables) {
            modelled.add(table(table, "t" + n++));
        }
        // A scan has no title to read; the publisher's metadata may still name it. The file name is
        // not the document's title and is reported in source.fileName instead.
        String fallback = pdf.infoTitle() != null && !pdf.infoTitle().isBlank() ? pdf.infoTitle().strip() : null;
        return new DisclosureDocument(IdentityReader.read(pdf.pages(), tables, fallback), pages, modelled);
    }

    static DisclosureTable table(Table table, String id) {
        TableHeader header = TableHeader.of(table);
        List<List<DisclosureCell>> rows = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            List<DisclosureCell> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell(cell, header));
            }
            rows.add(cells);
        }
        return new DisclosureTable(id, table.title(), table.unit(), table.preparedBy(), table.pages(),
                table.columnCount(), header.rowCount(), table.ruled(), rows);
    }

    private static DisclosureCell cell(Cell cell, TableHeader header) {
        BigDecimal value = null;
        Boolean percent = null;
        String code = null;
        if (cell.row() >= header.rowCount()) {
            code = SubjectCodes.codeIn(cell.text(), header.isCodeColumn(cell.column()));
            if (code == null && CellFigureParser.read(cell.text()) instanceof CellReading.Number number) {
                value = number.value();
                percent = number.percent() ? Boolean.TRUE : null;
            }
        }
        List<Double> bbox = List.of(round(cell.box().x0()), round(cell.box().top()),
                round(cell.box().x1()), round(cell.box().bottom()));
        return new DisclosureCell(cell.text(), value, percent, code, cell.page(), bbox,
                cell.row(), cell.column(), cell.rowSpan(), cell.colSpan());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
