package org.disclosure.pipeline.disclosure;

/** A page's text in reading order, and whether it has a text layer at all (a scan has none). */
public record DisclosurePage(int number, String text, boolean hasTextLayer) {
}
