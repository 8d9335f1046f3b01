package org.disclosure.pipeline.contract;

import java.math.BigDecimal;
import java.util.List;

/** One of document.json's {@code figures}: a figure of the running text, one box per printed line it occupies. */
public record NarrativeFigureJson(String text, BigDecimal value, String unit, String kind, String relation,
                                  Boolean approximate, String context, String section, int page,
                                  List<List<Double>> boxes, String subject) {
}
