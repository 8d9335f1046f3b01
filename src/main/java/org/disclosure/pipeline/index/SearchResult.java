package org.disclosure.pipeline.index;

import java.util.List;

/** One page of a search: {@code total} matches in all, {@code items} from {@code offset} on. */
public record SearchResult<T>(long total, int limit, int offset, List<T> items) {
}
