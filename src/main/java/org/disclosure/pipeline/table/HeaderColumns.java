package org.disclosure.pipeline.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.disclosure.pipeline.pdf.Box;

/**
 * The columns of a borderless table told by its header, for a table whose body is too short to
 * show them (one row of figures, or only a 合计 row): each column is headed by a label of the
 * header's lowest level, a label with no other label below it (合计 over two header rows, or 类 /
 * 款 / 项 under 功能分类科目编码). A label centred over labels below it spans their columns and
 * heads none of its own.
 */
final class HeaderColumns {

    /** Two labels' vertical overlap, as a share of the upper one's height, that still counts as one below the other. */
    private static final double BELOW_OVERLAP = 0.2;

    private HeaderColumns() {
    }

    /**
     * Column extents, left to right, each from the midpoint of the whitespace before it to that
     * after it (the outer ones reaching the outermost text), so that a figure right-aligned under
     * a centred label falls in its column.
     *
     * @param header the header's labels, each wrapped label joined into one box
     * @param body   the body's text boxes (one row or none)
     * @param labelsStart where the body's left-aligned labels start, when its leftmost text is a
     *                    label (the first cell's left, but for its padding); else NaN
     */
    static List<double[]> of(List<Box> header, List<Box> body, double labelsStart) {
        List<double[]> leaves = new ArrayList<>();
        for (Box label : header) {
            if (!spansLabelsBelow(label, header)) {
                leaves.add(new double[] {label.x0(), label.x1()});
            }
        }
        leaves.sort(Comparator.comparingDouble(r -> r[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] leaf : leaves) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && leaf[0] <= last[1]) {
                last[1] = Math.max(last[1], leaf[1]);
            } else {
                merged.add(new double[] {leaf[0], leaf[1]});
            }
        }
        if (merged.isEmpty()) {
            return merged;
        }
        double left = merged.get(0)[0];
        double right = merged.get(merged.size() - 1)[1];
        for (Box box : body) {
            left = Math.min(left, box.x0());
            right = Math.max(right, box.x1());
        }
        List<Double> edges = edges(merged, left, right, labelsStart, whitespace(body, left, right));
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < merged.size(); c++) {
            columns.add(new double[] {edges.get(c), edges.get(c + 1)});
        }
        return columns;
    }

    /**
     * The cells' edges, outer ones included. Between two labels the edge is the midpoint of the
     * whitespace between them, unless the body prints text there: then it lies in a stretch of
     * whitespace the body leaves on every row, so that no body text is cut (the codes and names
     * of 201 一般公共服务支出 stand left-aligned after the figures of the 合计 column, and the
     * midpoint between 合计 and 功能分类 would fall between code and name). When several such
     * stretches lie between the labels, the one where the cell ends is told by the label centred
     * in it (a cell reaches as far right of its label's centre as it starts left of it). That
     * needs where a cell starts, known from the left-aligned labels of the first column on; a
     * table whose first column holds figures (right-aligned, their cell's start unknown) keeps
     * the midpoints.
     */
    private static List<Double> edges(List<double[]> labels, double left, double right, double labelsStart,
                                      List<double[]> whitespace) {
        List<Double> edges = new ArrayList<>();
        edges.add(left);
        double cellStart = labelsStart;
        for (int c = 0; c + 1 < labels.size(); c++) {
            double from = labels.get(c)[1];
            double to = labels.get(c + 1)[0];
            double midpoint = (from + to) / 2;
            double predicted = labels.get(c)[0] + labels.get(c)[1] - cellStart;
            List<double[]> between = new ArrayList<>();
            for (double[] gap : whitespace) {
                double x0 = Math.max(gap[0], from);
                double x1 = Math.min(gap[1], to);
                if (x1 > x0) {
                    between.add(new double[] {x0, x1});
                }
            }
            double edge = midpoint;
            double start = Double.NaN;
            if (!Double.isNaN(cellStart) && !between.isEmpty()) {
                double[] nearest = between.get(0);
                for (double[] gap : between) {
                    if (distance(predicted, gap) < distance(predicted, nearest)) {
                        nearest = gap;
                    }
                }
                start = Math.max(nearest[0], Math.min(nearest[1], predicted));
                edge = nearest[0] <= midpoint && midpoint <= nearest[1] ? midpoint : (nearest[0] + nearest[1]) / 2;
            }
            edges.add(edge);
            cellStart = start;
        }
        edges.add(right);
        return edges;
    }

    private static double distance(double x, double[] range) {
        return x < range[0] ? range[0] - x : x > range[1] ? x - range[1] : 0;
    }

    /** The stretches between left and right where no body text stands, on any row. */
    private static List<double[]> whitespace(List<Box> body, double left, double right) {
        List<Box> sorted = new ArrayList<>(body);
        sorted.sort(Comparator.comparingDouble(Box::x0));
        List<double[]> gaps = new ArrayList<>();
        double reached = left;
        for (Box box : sorted) {
            if (box.x0() > reached) {
                gaps.add(new double[] {reached, box.x0()});
            }
            reached = Math.max(reached, box.x1());
        }
        if (right > reached) {
            gaps.add(new double[] {reached, right});
        }
        return gaps;
    }

    /**
     * Whether labels stand below this one on both sides of its centre (or one right under it):
     * it is centred over them. A label spanning the header's rows stands centred beside the lower
     * labels, not above them, so it heads a column of its own.
     */
    private static boolean spansLabelsBelow(Box label, List<Box> header) {
        double centre = (label.x0() + label.x1()) / 2;
        boolean leftOf = false;
        boolean rightOf = false;
        for (Box other : header) {
            if (other == label || other.top() < label.bottom() - BELOW_OVERLAP * label.height()) {
                continue;
            }
            if (other.x0() <= centre && centre <= other.x1()) {
                return true;
            }
            leftOf |= other.x1() < centre;
            rightOf |= other.x0() > centre;
        }
        return leftOf && rightOf;
    }
}
