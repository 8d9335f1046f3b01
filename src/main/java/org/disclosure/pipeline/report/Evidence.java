package org.disclosure.pipeline.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.PageGeometry;

/**
 * Pictures of the page regions a finding is about, with the cells involved outlined: rendered by
 * PDFBox from the original, turned into the upright frame document.json's positions are in, and
 * cropped around the cells. Each page is rendered once, for all the pictures taken of it, and only
 * pages the report shows are rendered at all; its geometry is the one document.json records.
 */
final class Evidence {

    /** Pixels per point: 2 is 144 dpi, sharp enough to read small table print. */
    private static final float SCALE = 2f;
    private static final double MARGIN = 36;
    /** Points around an OCR figure's box in its close-up: enough to see the characters either side. */
    private static final double CLOSE_UP_MARGIN = 6;
    /** How much further a band's edge may move to fall between two lines of print rather than through one. */
    private static final double SNAP_REACH = 16;
    /** Below this luminance a pixel is print. */
    private static final int DARK = 160;
    private static final Color OUTLINE = new Color(0xD0, 0x1F, 0x1F);
    /**
     * Rendered pages kept for the report's next section: the OCR close-ups, the suspect figures and
     * the findings each go through their pages in order, so a page shown by more than one of them is
     * rendered once. A few pages only: at 2 px/pt an A4 page is 8 MB.
     */
    private static final int KEPT_PAGES = 3;

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final List<DisclosurePage> pages;
    private final Map<Integer, BufferedImage> rendered = new LinkedHashMap<>(KEPT_PAGES + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, BufferedImage> eldest) {
            return size() > KEPT_PAGES;
        }
    };
    /** How many pages were rendered: each page the report shows, once. */
    private int renders;
    /** Time spent rendering and cutting pictures, for the stage timers. */
    private long nanos;

    /** @param pages document.json's pages (1-based index - 1), whose geometry the positions are in */
    Evidence(PDDocument document, List<DisclosurePage> pages) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.pages = pages;
    }

    /** A PNG data URI of the region around {@code boxes} on {@code page} (1-based), each outlined in red. */
    String picture(int page, List<Box> boxes) throws IOException {
        return pictures(page, List.of(boxes)).get(0);
    }

    /**
     * PNG data URIs of the regions around each list of boxes on {@code page} (1-based), the page
     * rendered once for all of them.
     */
    List<String> pictures(int page, List<List<Box>> regions) throws IOException {
        long start = System.nanoTime();
        try {
            BufferedImage upright = upright(page);
            List<String> pictures = new ArrayList<>(regions.size());
            for (List<Box> boxes : regions) {
                pictures.add(crop(upright, boxes));
            }
            return pictures;
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /**
     * PNG data URIs of each box on {@code page} (1-based) and a little around it, not outlined: the
     * picture of an OCR figure put beside what was read from it. The page is rendered once for all.
     */
    List<String> closeUps(int page, List<Box> boxes) throws IOException {
        long start = System.nanoTime();
        try {
            return closeUpsOf(upright(page), boxes);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private static List<String> closeUpsOf(BufferedImage upright, List<Box> boxes) throws IOException {
        List<String> pictures = new ArrayList<>(boxes.size());
        for (Box box : boxes) {
            int x0 = clamp((box.x0() - CLOSE_UP_MARGIN) * SCALE, upright.getWidth());
            int y0 = clamp((box.top() - CLOSE_UP_MARGIN) * SCALE, upright.getHeight());
            int x1 = clamp((box.x1() + CLOSE_UP_MARGIN) * SCALE, upright.getWidth());
            int y1 = clamp((box.bottom() + CLOSE_UP_MARGIN) * SCALE, upright.getHeight());
            BufferedImage crop = new BufferedImage(Math.max(1, x1 - x0), Math.max(1, y1 - y0), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = crop.createGraphics();
            g.drawImage(upright, -x0, -y0, null);
            g.dispose();
            pictures.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png(crop)));
        }
        return pictures;
    }

    int renders() {
        return renders;
    }

    /** Nanoseconds spent on pictures so far. */
    long nanos() {
        return nanos;
    }

    private static String crop(BufferedImage upright, List<Box> boxes) throws IOException {
        double y0 = Double.MAX_VALUE;
        double y1 = 0;
        for (Box box : boxes) {
            y0 = Math.min(y0, box.top());
            y1 = Math.max(y1, box.bottom());
        }
        // a band across the whole width of the page: a reviewer reads along a row to its label
        // its edges moved out to the nearest gap between lines of print, so no line is cut in half
        int reach = (int) Math.round(SNAP_REACH * SCALE);
        int cy0 = snapToGap(upright, clamp((y0 - MARGIN) * SCALE, upright.getHeight()), -1, reach);
        int cy1 = snapToGap(upright, clamp((y1 + MARGIN) * SCALE, upright.getHeight()), +1, reach);
        BufferedImage crop = new BufferedImage(upright.getWidth(), Math.max(1, cy1 - cy0), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        g.drawImage(upright, 0, -cy0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(3f));
        g.setColor(OUTLINE);
        for (Box box : boxes) {
            g.drawRect((int) Math.round(box.x0() * SCALE) - 2, (int) Math.round(box.top() * SCALE) - cy0 - 2,
                    (int) Math.round(box.width() * SCALE) + 4, (int) Math.round(box.height() * SCALE) + 4);
        }
        g.dispose();
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(crop));
    }

    private BufferedImage upright(int page) throws IOException {
        BufferedImage kept = rendered.get(page);
        if (kept == null) {
            kept = render(page);
            rendered.put(page, kept);
        }
        return kept;
    }

    private BufferedImage render(int page) throws IOException {
        BufferedImage display = renderer.renderImage(page - 1, SCALE, ImageType.RGB);
        renders++;
        PageGeometry frame = geometry(document, pages, page);
        AffineTransform turn = frame.displayToUprightImage(SCALE);
        if (turn.isIdentity()) {
            return display;
        }
        BufferedImage upright = new BufferedImage((int) Math.round(frame.width() * SCALE),
                (int) Math.round(frame.height() * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        g.drawImage(display, turn, null);
        g.dispose();
        return upright;
    }

    /**
     * The geometry of {@code page} (1-based) as document.json records it; for a record written
     * before it was kept, the crop box and /Rotate of the page itself with the recorded turn.
     */
    static PageGeometry geometry(PDDocument document, List<DisclosurePage> pages, int page) {
        DisclosurePage recorded = page - 1 < pages.size() ? pages.get(page - 1) : null;
        PageGeometry frame = recorded == null ? null : recorded.frame();
        if (frame != null) {
            return frame;
        }
        Integer turned = recorded == null ? null : recorded.turned();
        return PageGeometry.of(document.getPage(page - 1)).withTurned(turned == null ? 0 : turned);
    }

    /** A lossless PNG of the picture, in as few colours as it has (see {@link PngEncoder}). */
    static byte[] png(BufferedImage image) throws IOException {
        return PngEncoder.encode(image);
    }

    /**
     * The pixel row at or beyond {@code edge} (towards {@code direction}, at most {@code reach} rows)
     * that crosses the least print: a gap between lines, crossed at most by vertical rulings. The
     * nearest such row wins, so the band grows no more than it must.
     */
    static int snapToGap(BufferedImage image, int edge, int direction, int reach) {
        int best = edge;
        int fewest = Integer.MAX_VALUE;
        for (int step = 0; step <= reach; step++) {
            int row = edge + direction * step;
            if (row < 0 || row >= image.getHeight()) {
                return Math.max(0, Math.min(image.getHeight(), row));   // the page's own edge cuts nothing
            }
            int dark = darkPixels(image, row);
            if (dark < fewest) {
                fewest = dark;
                best = row;
            }
            if (dark == 0) {
                break;
            }
        }
        return direction > 0 ? Math.min(image.getHeight(), best + 1) : best;
    }

    private static int darkPixels(BufferedImage image, int row) {
        int width = image.getWidth();
        int[] pixels = image.getType() == BufferedImage.TYPE_INT_RGB
                ? (int[]) image.getRaster().getDataElements(0, row, width, 1, null)   // the row's ints as stored
                : image.getRGB(0, row, width, 1, null, 0, width);
        int dark = 0;
        for (int rgb : pixels) {
            int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
            if (luminance < DARK) {
                dark++;
            }
        }
        return dark;
    }

    private static int clamp(double value, int max) {
        return (int) Math.max(0, Math.min(max, Math.round(value)));
    }
}
