package org.disclosure.pipeline.ledger;

import org.disclosure.pipeline.pdf.Box;

/**
 * A number printed on a page that no table cell, narrative figure or piece of furniture accounts for.
 *
 * @param text the number as printed
 * @param line the whole line it stands on, so a reader can find it
 * @param bbox [x0, top, x1, bottom] in points, origin top-left
 */
public record UnaccountedNumber(String text, String line, Box bbox) {
}
