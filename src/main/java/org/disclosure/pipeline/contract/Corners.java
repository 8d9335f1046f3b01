package org.disclosure.pipeline.contract;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;

/** A box as the contract records hold it: its corners [x0, top, x1, bottom], in points from the top-left. */
public final class Corners {

    private Corners() {
    }

    public static List<Double> of(Box box) {
        return box == null ? null : List.of(box.x0(), box.top(), box.x1(), box.bottom());
    }

    /** The box the corners describe; null for none, and a refusal for anything but four numbers. */
    public static Box box(List<Double> corners) {
        if (corners == null) {
            return null;
        }
        if (corners.size() != 4 || corners.contains(null)) {
            throw new IllegalArgumentException("a box is four numbers [x0, top, x1, bottom], not " + corners);
        }
        return new Box(corners.get(0), corners.get(1), corners.get(2), corners.get(3));
    }
}
