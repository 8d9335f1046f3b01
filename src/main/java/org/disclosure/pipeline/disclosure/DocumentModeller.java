package org.disclosure.pipeline.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.pipeline.figure.Figure;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.figure.FigureParser;
import org.disclosure.pipeline.figure.Relation;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageGeometry;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.table.Cell;
import org.disclosure.pipeline.table.Table;

/** Turns extracted pages and tables into the disclosure model: figures read, codes told apart. */
public final class DocumentModeller {

    private final TableCatalogue catalogue = TableCatalogue.standard();

    public DisclosureDocument model(ParsedPdf pdf, List<Table> tables) {
        return model(pdf, tables, null);
    }

    /** The model, with the name the file was dropped with as the identity's last resort. */
    public DisclosureDocument model(ParsedPdf pdf, List<Table> tables, String fileName) {
        List<DisclosurePage> pages = new ArrayList<>();
        for (PageModel page : pdf.pages()) {
            PageGeometry g = page.geometry();
            List<Box> lines = page.lines().stream().map(l -> l.box().rounded()).toList();
            pages.add(new DisclosurePage(page.number(), page.text(), page.hasTextLayer(),
                    page.turned() == 0 ? null : page.turned(), round(page.width()), round(page.height()), g.rotation(),
                    List.of(round(g.left()), round(g.upper() - g.cropHeight()), round(g.left() + g.cropWidth()), round(g.upper())),
                    lines));
        }
        List<DisclosureTable> modelled = new ArrayList<>();
        int n = 1;
        for (Table table : tables) {
            modelled.add(table(table, "t" + n++));
        }
        List<NarrativeFigure> figures = new ArrayList<>();
        Sections sections = new Sections();
        ParagraphSubjects paragraphs = new ParagraphSubjects();
        for (PageModel page : pdf.pages()) {
            figures.addAll(NarrativeReader.figures(page, tableBoxes(tables, page.number()), sections, paragraphs));
        }
        // A scan has no title to read; the publisher's metadata may still name it. The file name is
        // not the document's title and is reported in source.fileName instead.
        String fallback = pdf.infoTitle() != null && !pdf.infoTitle().isBlank() ? pdf.infoTitle().strip() : null;
        DocumentIdentity identity = IdentityReader.read(pdf.pages(), tables, fallback, fileName);
        List<DisclosureTable> classified = modelled.stream()
                .map(t -> t.withStandard(catalogue.classify(t.title(), t.columns(), identity.kind()))).toList();
        List<PerformanceTarget> targets = PerformanceTargets.read(classified);
        return new DisclosureDocument(identity, pages, classified,
                RequiredSet.evaluate(identity.kind(), classified, pages, catalogue), targets,
                ProjectLinks.link(pages, classified, targets), figures);
    }

    /** Where tables are printed on a page: their cells' extent, part by part. */
    private static List<Box> tableBoxes(List<Table> tables, int page) {
        List<Box> boxes = new ArrayList<>();
        for (Table table : tables) {
            Box box = null;
            for (List<Cell> row : table.rows()) {
                for (Cell cell : row) {
                    if (cell.page() == page) {
                        box = box == null ? cell.box() : box.union(cell.box());
                    }
                }
            }
            if (box != null) {
                boxes.add(box);
            }
        }
        return boxes;
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
        List<String> paths = header.columnPaths(table);
        return new DisclosureTable(id, table.title(), table.unit(), table.preparedBy(), table.pages(),
                table.columnCount(), header.rowCount(), table.quality().ruled(), paths, TableMeaning.columns(paths),
                table.quality(), null, TableMeaning.rows(rows, header.rowCount()), rows, table.untitledReason());
    }

    private static DisclosureCell cell(Cell cell, TableHeader header) {
        BigDecimal value = null;
        Boolean percent = null;
        CellFigure figure = null;
        String code = null;
        if (cell.row() >= header.rowCount()) {
            code = SubjectCodes.codeIn(cell.text(), header.isCodeColumn(cell.column()));
            if (code == null && FigureParser.parse(cell.text()) instanceof Figure read) {
                if (isPlain(read)) {
                    value = read.value();
                    percent = read.kind() == FigureKind.PERCENT ? Boolean.TRUE : null;
                } else {
                    figure = CellFigure.of(read);
                }
            }
        }
        return new DisclosureCell(cell.text(), value, percent, figure, code, cell.page(), cell.box().rounded(),
                cell.row(), cell.column(), cell.rowSpan(), cell.colSpan());
    }

    /** A bare number (in the table's unit) or a percentage, with nothing else printed around it. */
    static boolean isPlain(Figure figure) {
        return (figure.kind() == FigureKind.NUMBER || figure.kind() == FigureKind.PERCENT)
                && figure.relation() == Relation.NONE && !figure.approximate();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
