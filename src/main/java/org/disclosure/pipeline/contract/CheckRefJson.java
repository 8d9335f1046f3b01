package org.disclosure.pipeline.contract;

import java.util.List;

/** A place a check looked at, as document.json spells it (see CheckRef for what each field means). */
public record CheckRefJson(String table, String tableId, Integer row, Integer column, String rowLabel, int page,
                           List<Double> bbox, String text, String rowName, String code, String columnHeader,
                           String document) {
}
