package org.disclosure.pipeline.contract;

import java.util.Map;

/** document.json's {@code document}: title, unit, year, kind and publication date, each with where it was read. */
public record IdentityJson(String title, String unit, Integer year, String kind, String published,
                           Map<String, String> evidence) {
}
