package org.disclosure.pipeline.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Joins rulings that continue one another (collinear and touching), as producers draw lines in pieces. */
public final class RulingMerger {

    /** Lines this close across their axis are the same line. */
    static final double SAME_AXIS = 1.0;
    /** Pieces this close along their axis join up. */
    static final double JOIN_GAP = 1.5;

    private RulingMerger() {
    }

    public static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> merged = new ArrayList<>();
        merged.addAll(mergeAxis(rulings.stream().filter(Ruling::isHorizontal).toList(), true));
        merged.addAll(mergeAxis(rulings.stream().filter(Ruling::isVertical).toList(), false));
        return List.copyOf(merged);
    }

    private static List<Ruling> mergeAxis(List<Ruling> lines, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(r -> axis(r, horizontal)));
        List<Ruling> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && axis(sorted.get(j), horizontal) - axis(sorted.get(j - 1), horizontal) <= SAME_AXIS) {
                j++;
            }
            out.addAll(joinCollinear(sorted.subList(i, j), horizontal));
            i = j;
        }
        return out;
    }

    private static List<Ruling> joinCollinear(List<Ruling> band, boolean horizontal) {
        double axis = band.stream().mapToDouble(r -> axis(r, horizontal)).average().orElse(0);
        List<Ruling> pieces = new ArrayList<>(band);
        pieces.sort(Comparator.comparingDouble(r -> horizontal ? r.x0() : r.top()));
        List<Ruling> out = new ArrayList<>();
        double start = Double.NaN;
        double end = Double.NaN;
        for (Ruling r : pieces) {
            double s = horizontal ? r.x0() : r.top();
            double e = horizontal ? r.x1() : r.bottom();
            if (!Double.isNaN(start) && s <= end + JOIN_GAP) {
                end = Math.max(end, e);
                continue;
            }
            if (!Double.isNaN(start)) {
                out.add(line(axis, start, end, horizontal));
            }
            start = s;
            end = e;
        }
        if (!Double.isNaN(start)) {
            out.add(line(axis, start, end, horizontal));
        }
        return out;
    }

    private static Ruling line(double axis, double start, double end, boolean horizontal) {
        return horizontal ? Ruling.horizontal(axis, start, end) : Ruling.vertical(axis, start, end);
    }

    private static double axis(Ruling r, boolean horizontal) {
        return horizontal ? r.top() : r.x0();
    }
}
