package org.disclosure.pipeline.index;

/**
 * One check of an archived document: first its own, in the order document.json lists them, then those
 * documents archived later made with it (learned, from its cross-checks.json); page is its first ref's
 * into this document.
 *
 * @param counterpart the other document of a check across documents (its archive folder), else null
 */
public record IndexedCheck(int order, String rule, String status, String message, Integer page, String counterpart,
                           boolean learned) {
}
