package org.disclosure.pipeline.contract;

/**
 * One file the report stage made beside document.json, as {@code artefacts} lists it.
 *
 * @param failed whether it failed: says again what {@code status} says; written since the first
 *               version, so it stays (readers need not read it)
 */
public record ArtefactJson(String name, String status, String reason, boolean failed) {
}
