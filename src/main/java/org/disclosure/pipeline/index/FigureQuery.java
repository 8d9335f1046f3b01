package org.disclosure.pipeline.index;

/**
 * A search of table figures across the archive; null fields do not filter.
 *
 * @param code          a subject code, exactly (2010101)
 * @param columnMeaning what the column holds (total, basic, project …, see docs/output-format.md)
 */
public record FigureQuery(String code, Integer year, String unit, String kind, String columnMeaning, String document,
                          int limit, int offset) {

    public FigureQuery {
        limit = Math.max(0, Math.min(limit, DocumentQuery.MAX_LIMIT));
        offset = Math.max(0, offset);
    }
}
