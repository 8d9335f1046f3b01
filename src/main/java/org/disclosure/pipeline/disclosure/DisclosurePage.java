package org.disclosure.pipeline.disclosure;

/**
 * A page's text in reading order, and whether it has a text layer at all (a scan has none).
 *
 * @param turned degrees clockwise the displayed page was turned to read upright, or null for none
 */
public record DisclosurePage(int number, String text, boolean hasTextLayer, Integer turned) {
}
