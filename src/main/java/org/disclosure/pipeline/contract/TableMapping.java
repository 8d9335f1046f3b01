package org.disclosure.pipeline.contract;

import java.util.List;
import java.util.function.Function;

import org.disclosure.pipeline.disclosure.CellFigure;
import org.disclosure.pipeline.disclosure.Classification;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.disclosure.pipeline.table.TableQuality;

/** The tables, their cells, rows and quality, from the domain to the contract and back. */
public final class TableMapping {

    private TableMapping() {
    }

    public static List<TableJson> toJson(List<DisclosureTable> tables) {
        return each(tables, TableMapping::toJson);
    }

    public static List<DisclosureTable> fromJson(List<TableJson> tables) {
        return each(tables, TableMapping::fromJson);
    }

    static TableJson toJson(DisclosureTable t) {
        TableQuality q = t.quality();
        Classification s = t.standard();
        return new TableJson(t.id(), t.title(), t.unit(), t.preparedBy(), t.pages(), t.columnCount(), t.headerRows(),
                t.ruled(), t.columns(), t.columnMeanings(),
                q == null ? null : new TableJson.Quality(q.ruled(), q.emptyCellShare(), q.strayTextShare()),
                s == null ? null : new TableJson.Standard(s.kind(), s.name(), s.confidence(), s.evidence()),
                each(t.rowMeanings(), m -> new TableJson.RowMeaning(m.row(), m.role(), m.code(), m.level(), m.parent(),
                        m.classification(), m.name())),
                each(t.rows(), row -> each(row, TableMapping::toJson)), t.untitledReason());
    }

    static DisclosureTable fromJson(TableJson t) {
        TableJson.Quality q = t.quality();
        TableJson.Standard s = t.standard();
        return new DisclosureTable(t.id(), t.title(), t.unit(), t.preparedBy(), t.pages(), t.columnCount(),
                t.headerRows(), t.ruled(), t.columns(), t.columnMeanings(),
                q == null ? null : new TableQuality(q.ruled(), q.emptyCellShare(), q.strayTextShare()),
                s == null ? null : new Classification(s.kind(), s.name(), s.confidence(), s.evidence()),
                each(t.rowMeanings(), m -> new RowMeaning(m.row(), m.role(), m.code(), m.level(), m.parent(),
                        m.classification(), m.name())),
                each(t.rows(), row -> each(row, TableMapping::fromJson)), t.untitledReason());
    }

    private static TableJson.Cell toJson(DisclosureCell c) {
        return new TableJson.Cell(c.text(), c.value(), c.percent(), toJson(c.figure()), c.code(), c.page(),
                Corners.of(c.bbox()), c.row(), c.column(), c.rowSpan(), c.colSpan());
    }

    private static DisclosureCell fromJson(TableJson.Cell c) {
        return new DisclosureCell(c.text(), c.value(), c.percent(), fromJson(c.figure()), c.code(), c.page(),
                Corners.box(c.bbox()), c.row(), c.column(), c.rowSpan(), c.colSpan());
    }

    static CellFigureJson toJson(CellFigure f) {
        return f == null ? null : new CellFigureJson(f.value(), f.unit(), f.relation(), f.kind(), f.approximate());
    }

    static CellFigure fromJson(CellFigureJson f) {
        return f == null ? null : new CellFigure(f.value(), f.unit(), f.relation(), f.kind(), f.approximate());
    }

    /** Each element mapped, in order; null stays null (a field the record does not carry). */
    static <A, B> List<B> each(List<A> list, Function<A, B> map) {
        return list == null ? null : list.stream().map(map).toList();
    }
}
