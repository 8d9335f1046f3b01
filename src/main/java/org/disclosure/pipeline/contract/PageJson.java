package org.disclosure.pipeline.contract;

import java.util.List;

/**
 * One of document.json's {@code pages}: its text, whether it has a text layer, and its geometry.
 *
 * @param cropBox the crop box in PDF user space [x0, y0, x1, y1] (y up: not a box of the upright page)
 * @param lines   one box [x0, top, x1, bottom] per line of {@code text}
 */
public record PageJson(int number, String text, boolean hasTextLayer, Integer turned, Double width, Double height,
                       Integer rotate, List<Double> cropBox, List<List<Double>> lines) {
}
