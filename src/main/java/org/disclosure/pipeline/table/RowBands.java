package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.LineBuilder;
import org.disclosure.pipeline.pdf.TextLine;

/**
 * Rows of a ruled table that were printed without rulings between them (a frame and column rules
 * only, as many 决算 tables are): one ruled band then holds several rows, and each of its cells
 * several lines, a whole column's figures. Such a band is cut between its lines of figures, so a
 * figure is never assembled from the lines of several rows.
 */
final class RowBands {

    /** A line that is one figure and nothing else: 6931563, -6.63, 1,089.40, 89.56%. */
    private static final Pattern FIGURE_LINE = Pattern.compile("[-−－+]?[0-9０-９][0-9０-９,，. ]*%?");
    /** The first line of a figure wrapped at its decimal point or a thousands separator. */
    private static final Pattern WRAPPED_FIGURE = Pattern.compile("[.,，．]$");
    /** Lines whose baselines are this close (in font sizes) are one row. */
    private static final double SAME_ROW = 0.6;

    private RowBands() {
    }

    /**
     * The y positions at which the table's ruled bands must be cut: a band in which some column
     * prints a figure on each of two or more lines holds several rows, one per line of text across
     * the band. A band of one row whose label wraps, or a header whose labels wrap, has at most one
     * line of figures in each column and is never cut.
     */
    static List<Double> unruledBoundaries(List<Glyph> inside, List<Double> columns, List<Double> rows) {
        List<Double> cuts = new ArrayList<>();
        for (int r = 0; r + 1 < rows.size(); r++) {
            double top = rows.get(r);
            double bottom = rows.get(r + 1);
            List<double[]> levels = new ArrayList<>();   // {baseline, size}
            boolean severalFigureLines = false;
            for (int c = 0; c + 1 < columns.size(); c++) {
                double left = columns.get(c);
                double right = columns.get(c + 1);
                List<Glyph> cell = inside.stream().filter(g -> g.centerY() > top && g.centerY() < bottom
                        && g.centerX() > left && g.centerX() < right).toList();
                int figureLines = 0;
                boolean wrapping = false;
                for (TextLine line : LineBuilder.lines(cell)) {
                    addLevel(levels, line.baseline(), line.size());
                    String text = line.text().strip();
                    // a figure wrapped in a narrow cell (1346. / 16) is one figure: its first line
                    // ends in a separator, and the line after it completes it
                    if (FIGURE_LINE.matcher(text).matches() && !wrapping) {
                        figureLines++;
                    }
                    wrapping = FIGURE_LINE.matcher(text).matches() && WRAPPED_FIGURE.matcher(text).find();
                }
                severalFigureLines |= figureLines >= 2;
            }
            if (!severalFigureLines) {
                continue;
            }
            levels.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 0; i + 1 < levels.size(); i++) {
                double[] upper = levels.get(i);
                double[] lower = levels.get(i + 1);
                // halfway between the upper line's baseline and the top of the lower line's glyphs
                cuts.add((upper[0] + (lower[0] - lower[1])) / 2);
            }
        }
        return cuts;
    }

    private static void addLevel(List<double[]> levels, double baseline, double size) {
        for (double[] level : levels) {
            if (Math.abs(level[0] - baseline) <= SAME_ROW * Math.max(size, level[1])) {
                return;
            }
        }
        levels.add(new double[] {baseline, size});
    }
}
