package org.disclosure.pipeline.index;

/** One check of an archived document, in the order document.json lists them; page is its first ref's. */
public record IndexedCheck(int order, String rule, String status, String message, Integer page) {
}
