package org.disclosure.pipeline.contract;

import java.util.List;

/** One of document.json's {@code requiredTables}: whether a standard table the document should publish is there. */
public record RequiredTableJson(String kind, String name, String status, boolean required, List<String> tableIds,
                                Boolean explained, String note) {
}
