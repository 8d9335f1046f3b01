package org.disclosure.pipeline.contract;

import java.math.BigDecimal;
import java.util.List;

/** One of document.json's {@code tables}, every row as printed (see disclosure/DisclosureTable). */
public record TableJson(String id, String title, String unit, String preparedBy, List<Integer> pages, int columnCount,
                        int headerRows, boolean ruled, List<String> columns, List<String> columnMeanings,
                        Quality quality, Standard standard, List<RowMeaning> rowMeanings, List<List<Cell>> rows,
                        String untitledReason) {

    /** How far the extraction can be trusted. */
    public record Quality(boolean ruled, double emptyCellShare, double strayTextShare) {
    }

    /** Which standard table this is, and how sure the match is. */
    public record Standard(String kind, String name, double confidence, String evidence) {
    }

    /** What a body row is. */
    public record RowMeaning(int row, String role, String code, String level, String parent, String classification,
                             String name) {
    }

    /** A cell: its text, the figure or code it states, and where it is printed ({@code bbox}, [x0, top, x1, bottom]). */
    public record Cell(String text, BigDecimal value, Boolean percent, CellFigureJson figure, String code, int page,
                       List<Double> bbox, int row, int column, int rowSpan, int colSpan) {
    }
}
