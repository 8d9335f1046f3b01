package org.disclosure.pipeline.disclosure;

import java.util.List;

import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageGeometry;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * A page's text in reading order, whether it has a text layer at all (a scan has none), and the
 * page model's geometry, so that nothing after extraction reads the page a second time to know
 * where a position is.
 *
 * @param turned  degrees clockwise the displayed page was turned to read upright, or null for none
 * @param width   width of the page as read (after /Rotate and the turn), in points; null in records made before it was kept
 * @param height  height likewise
 * @param rotate  the page's /Rotate (0, 90, 180, 270)
 * @param cropBox the crop box in PDF user space, [x0, y0, x1, y1]
 * @param lines   for each line of {@code text} (split at '\n'), the box around its print in the upright frame
 */
public record DisclosurePage(int number, String text, boolean hasTextLayer, Integer turned,
                             Double width, Double height, Integer rotate, List<Double> cropBox, List<Box> lines) {

    /** A page without geometry (pages made in tests, records written before it was kept). */
    public DisclosurePage(int number, String text, boolean hasTextLayer, Integer turned) {
        this(number, text, hasTextLayer, turned, null, null, null, null, null);
    }

    /** The page's geometry as the page model had it, or null when this record does not carry it. */
    public PageGeometry frame() {
        if (cropBox == null || cropBox.size() != 4 || rotate == null) {
            return null;
        }
        return PageGeometry.of(cropBox.get(0), cropBox.get(1), cropBox.get(2), cropBox.get(3), rotate, turned == null ? 0 : turned);
    }

    /**
     * The box around the first place {@code quoted} (ignoring whitespace, and the pieces of a quote shortened with …) is printed on this page,
     * in the upright frame, or null. Lines are where the page model put them; along a line, a
     * character's place is found from its share of the line's width (a full-width character two
     * shares, any other one), since document.json keeps boxes of lines, not of glyphs.
     */
    public Box printedBox(String quoted) {
        String wanted = quoted == null ? "" : TextNormalizer.withoutSpaces(quoted);
        if (wanted.isEmpty() || lines == null || text == null) {
            return null;
        }
        String[] texts = text.split("\n", -1);
        if (texts.length != lines.size()) {
            return null;
        }
        StringBuilder printed = new StringBuilder();
        List<int[]> owners = new java.util.ArrayList<>();
        for (int l = 0; l < texts.length; l++) {
            String line = texts[l];
            for (int i = 0; i < line.length(); i++) {
                if (!Character.isWhitespace(line.charAt(i))) {
                    printed.append(line.charAt(i));
                    owners.add(new int[] {l, i});
                }
            }
        }
        // a quote shortened with … is its pieces, printed in that order
        List<int[]> found = new java.util.ArrayList<>();
        int from = 0;
        for (String piece : wanted.split("…")) {
            if (piece.isEmpty()) {
                continue;
            }
            int at = printed.indexOf(piece, from);
            if (at < 0) {
                return null;
            }
            found.addAll(owners.subList(at, at + piece.length()));
            from = at + piece.length();
        }
        double x0 = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int[] owner : found) {
            Box box = lines.get(owner[0]);
            if (box == null) {
                continue;
            }
            String line = texts[owner[0]];
            double total = 0;
            double before = 0;
            for (int i = 0; i < line.length(); i++) {
                if (i == owner[1]) {
                    before = total;
                }
                total += share(line.charAt(i));
            }
            double span = box.width();
            double left = box.x0() + span * before / total;
            double right = box.x0() + span * (before + share(line.charAt(owner[1]))) / total;
            x0 = Math.min(x0, left);
            x1 = Math.max(x1, right);
            top = Math.min(top, box.top());
            bottom = Math.max(bottom, box.bottom());
        }
        if (x0 > x1) {
            return null;
        }
        return new Box(x0, top, x1, bottom).rounded();
    }

    private static double share(char c) {
        return c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFFDC) ? 2 : 1;
    }
}
