package org.disclosure.pipeline.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks a page's content stream once and records both what text is drawn (glyphs) and which
 * straight lines are drawn (rulings), so text and tables come from the same parse. Geometry is
 * given as the page is meant to be read: the page's /Rotate is applied, and a page whose text
 * mostly runs sideways (a landscape table printed on a portrait page) is turned upright.
 */
final class PageScanner extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this is a line, not a shaded cell. */
    private static final double THIN = 2.5;
    /** How far off axis a segment may be and still count as horizontal or vertical. */
    private static final double AXIS_TOLERANCE = 0.5;

    /** The page's crop box and /Rotate; the turn is known once every glyph has been seen. */
    private PageGeometry geometry;
    private final List<RawGlyph> rawGlyphs = new ArrayList<>();
    private int turned;
    /** Each font's name without its subset prefix, worked out once per font rather than per glyph. */
    private final java.util.Map<PDFont, String> fontNames = new java.util.IdentityHashMap<>();
    private final List<double[]> rawSegments = new ArrayList<>();
    private List<Glyph> glyphs;
    private List<Ruling> rulings;
    private double width;
    private double height;
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> openSubpath;
    private Point2D current = new Point2D.Double();
    private int imageCount;

    PageScanner(PDPage page) {
        super(page);
        this.geometry = PageGeometry.of(page);
    }

    void scan() throws IOException {
        processPage(getPage());
        finish();
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    /** Width of the page as read (after rotation), in points. */
    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** A glyph in display space before the page is turned upright. */
    private record RawGlyph(String text, double x0, double y0, double x1, double y1, double ox, double oy,
                            int direction, double size, String font) {
    }

    /** PDF user space to display space: origin top-left, y down, the page's /Rotate applied. */
    private double[] toDisplay(double x, double y) {
        return geometry.userToDisplay(x, y);
    }

    /** The direction text runs in display space, in quarter turns clockwise from left-to-right. */
    private static int quadrant(double dx, double dy) {
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? 0 : 180;
        }
        return dy > 0 ? 90 : 270;
    }

    /**
     * Turns the page so that most of its text reads left to right, and builds the glyphs and
     * rulings in that frame.
     */
    private void finish() {
        int[] votes = new int[4];
        for (RawGlyph g : rawGlyphs) {
            if (!g.text().isBlank()) {
                votes[g.direction() / 90]++;
            }
        }
        int turn = 0;
        for (int q = 1; q < 4; q++) {
            if (votes[q] > votes[turn]) {
                turn = q;
            }
        }
        geometry = geometry.withTurned(turn * 90);
        PageGeometry upright = geometry;
        turned = turn * 90;
        width = upright.width();
        height = upright.height();
        glyphs = new ArrayList<>(rawGlyphs.size());
        for (RawGlyph g : rawGlyphs) {
            double[] a = upright.displayToUpright(g.x0(), g.y0());
            double[] b = upright.displayToUpright(g.x1(), g.y1());
            double[] origin = upright.displayToUpright(g.ox(), g.oy());
            // a radical code point some fonts map their glyphs to reads as the ideograph it looks like
            glyphs.add(new Glyph(TextNormalizer.unifyRadicals(g.text()), Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
                    Math.max(a[1], b[1]), origin[1], g.size(), g.font()));
        }
        rulings = new ArrayList<>();
        for (double[] s : rawSegments) {
            double[] a = upright.displayToUpright(s[0], s[1]);
            double[] b = upright.displayToUpright(s[2], s[3]);
            addRuling(a[0], a[1], b[0], b[1]);
        }
    }

    int imageCount() {
        return imageCount;
    }

    /** The page's geometry, turned upright: the frame every glyph and ruling is in. */
    PageGeometry geometry() {
        return geometry;
    }

    /** Degrees clockwise the displayed page was turned to make its text upright. */
    int turned() {
        return turned;
    }

    // --- text -------------------------------------------------------------------------------

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(trm, font, code, displacement);
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty() || PrivateUse.contains(unicode)) {
            // a private-use code point (or none) says nothing: the font's own name for the glyph may
            String named = GlyphNames.unicodeOf(font, code);
            if (named != null) {
                unicode = named;
            }
        }
        if (unicode == null || unicode.isEmpty()) {
            unicode = code == 32 ? " " : "\uFFFD";
        }
        double ascent = 0.88;
        double descent = -0.12;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && descriptor.getAscent() > 0 && descriptor.getAscent() < 1500) {
            ascent = Math.min(descriptor.getAscent() / 1000.0, 1.1);
            if (descriptor.getDescent() < 0 && descriptor.getDescent() > -600) {
                descent = descriptor.getDescent() / 1000.0;
            }
        }
        float advance = displacement.getX() > 0 ? displacement.getX() : 0.5f;
        // The glyph's corners and origin in text space, through the text rendering matrix to the page.
        double[] origin = display(trm, 0, 0);
        double[] along = display(trm, advance, 0);
        double[] up = display(trm, 0, 1);
        double size = Math.hypot(up[0] - origin[0], up[1] - origin[1]);
        if (size <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] corner : new double[][] {display(trm, 0, (float) descent), display(trm, advance, (float) descent),
                display(trm, 0, (float) ascent), display(trm, advance, (float) ascent)}) {
            minX = Math.min(minX, corner[0]);
            minY = Math.min(minY, corner[1]);
            maxX = Math.max(maxX, corner[0]);
            maxY = Math.max(maxY, corner[1]);
        }
        rawGlyphs.add(new RawGlyph(unicode, minX, minY, maxX, maxY, origin[0], origin[1],
                quadrant(along[0] - origin[0], along[1] - origin[1]), size, fontNames.computeIfAbsent(font, PageScanner::baseFontName)));
    }

    private double[] display(Matrix trm, float tx, float ty) {
        java.awt.geom.Point2D.Float p = trm.transformPoint(tx, ty);
        return toDisplay(p.x, p.y);
    }

    private static String baseFontName(PDFont font) {
        String name = font.getName();
        if (name == null) {
            return "";
        }
        int plus = name.indexOf('+');
        return plus == 6 ? name.substring(7) : name;
    }

    // --- vector graphics -------------------------------------------------------------------

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> rectangle = new ArrayList<>(List.of(p0, p1, p2, p3, p0));
        subpaths.add(rectangle);
        current = new Point2D.Double(p0.getX(), p0.getY());
        openSubpath = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
        openSubpath = new ArrayList<>();
        openSubpath.add(current);
        subpaths.add(openSubpath);
    }

    @Override
    public void lineTo(float x, float y) {
        if (openSubpath == null) {
            moveTo((float) current.getX(), (float) current.getY());
        }
        current = new Point2D.Double(x, y);
        openSubpath.add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // A curve is not a ruling: end the straight run here and continue from the curve's end.
        current = new Point2D.Double(x3, y3);
        openSubpath = null;
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (openSubpath != null && !openSubpath.isEmpty()) {
            openSubpath.add(openSubpath.get(0));
            current = openSubpath.get(0);
        }
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() throws IOException {
        if (isVisible(getGraphicsState().getStrokingColor())) {
            strokeSubpaths();
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (isVisible(getGraphicsState().getNonStrokingColor())) {
            fillSubpaths();
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        if (isVisible(getGraphicsState().getNonStrokingColor())) {
            fillSubpaths();
        }
        if (isVisible(getGraphicsState().getStrokingColor())) {
            strokeSubpaths();
        }
        clearPath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        imageCount++;
    }

    @Override
    public void clip(int windingRule) {
        // W marks the current path as the new clip; the following n (endPath) then discards the path.
        java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath(windingRule);
        for (List<Point2D> points : subpaths) {
            if (points.isEmpty()) {
                continue;
            }
            path.moveTo(points.get(0).getX(), points.get(0).getY());
            for (Point2D p : points.subList(1, points.size())) {
                path.lineTo(p.getX(), p.getY());
            }
            path.closePath();
        }
        getGraphicsState().intersectClippingPath(path);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Gradients carry no rulings.
    }

    private void strokeSubpaths() {
        for (List<Point2D> points : subpaths) {
            for (int i = 1; i < points.size(); i++) {
                Point2D a = points.get(i - 1);
                Point2D b = points.get(i);
                addSegment(a.getX(), a.getY(), b.getX(), b.getY());
            }
        }
    }

    /** A thin filled shape is drawn as a line; a wide one is shading and separates nothing. */
    private void fillSubpaths() {
        for (List<Point2D> points : subpaths) {
            if (points.size() < 3) {
                continue;
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (Point2D p : points) {
                minX = Math.min(minX, p.getX());
                minY = Math.min(minY, p.getY());
                maxX = Math.max(maxX, p.getX());
                maxY = Math.max(maxY, p.getY());
            }
            double w = maxX - minX;
            double h = maxY - minY;
            if (h <= THIN && w > h) {
                double y = (minY + maxY) / 2;
                addSegment(minX, y, maxX, y);
            } else if (w <= THIN && h > w) {
                double x = (minX + maxX) / 2;
                addSegment(x, minY, x, maxY);
            }
        }
    }

    private void clearPath() {
        subpaths.clear();
        openSubpath = null;
    }

    /**
     * Records a painted straight segment, in display space, cut to the clipping path: producers
     * sometimes draw long grid lines and clip them to the table.
     */
    private void addSegment(double ax, double ay, double bx, double by) {
        java.awt.geom.Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
        if (ay == by || ax == bx) {
            double x0 = Math.max(Math.min(ax, bx), clip.getMinX());
            double x1 = Math.min(Math.max(ax, bx), clip.getMaxX());
            double y0 = Math.max(Math.min(ay, by), clip.getMinY());
            double y1 = Math.min(Math.max(ay, by), clip.getMaxY());
            if (x0 > x1 || y0 > y1) {
                return; // wholly outside the clip: never seen
            }
            ax = x0;
            bx = x1;
            ay = y0;
            by = y1;
        }
        double[] a = toDisplay(ax, ay);
        double[] b = toDisplay(bx, by);
        rawSegments.add(new double[] {a[0], a[1], b[0], b[1]});
    }

    /** Adds the segment as a ruling if it is axis-aligned on the upright page. */
    private void addRuling(double x0, double y0, double x1, double y1) {
        if (Math.abs(y0 - y1) <= AXIS_TOLERANCE && Math.abs(x1 - x0) > AXIS_TOLERANCE) {
            rulings.add(Ruling.horizontal((y0 + y1) / 2, x0, x1));
        } else if (Math.abs(x0 - x1) <= AXIS_TOLERANCE && Math.abs(y1 - y0) > AXIS_TOLERANCE) {
            rulings.add(Ruling.vertical((x0 + x1) / 2, y0, y1));
        }
    }

    /** White lines are used as spacers by some producers and separate nothing a reader can see. */
    private static boolean isVisible(PDColor color) {
        try {
            int rgb = color.toRGB();
            int r = (rgb >> 16) & 0xff;
            int g = (rgb >> 8) & 0xff;
            int b = rgb & 0xff;
            return !(r > 240 && g > 240 && b > 240);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return true;
        }
    }
}
