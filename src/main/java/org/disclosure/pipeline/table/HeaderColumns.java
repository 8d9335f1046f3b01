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
     */
    static List<double[]> of(List<Box> header, List<Box> body) {
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
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < merged.size(); c++) {
            double from = c == 0 ? left : (merged.get(c - 1)[1] + merged.get(c)[0]) / 2;
            double to = c == merged.size() - 1 ? right : (merged.get(c)[1] + merged.get(c + 1)[0]) / 2;
            columns.add(new double[] {from, to});
        }
        return columns;
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
