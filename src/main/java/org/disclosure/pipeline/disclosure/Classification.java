package org.disclosure.pipeline.disclosure;

/**
 * Which standard table a table is, and how sure the match is.
 *
 * @param confidence 0..1: 1 for an exact title and the expected columns
 * @param evidence   what matched: the normalised title and the variant it was matched to
 */
public record Classification(String kind, String name, double confidence, String evidence) {
}
