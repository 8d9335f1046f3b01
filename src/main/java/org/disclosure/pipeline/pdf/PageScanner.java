package org.disclosure.pipeline.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Walks a page's content stream once and records both what text is drawn (glyphs) and which
 * straight lines are drawn (rulings), so text and tables come from the same parse.
 */
final class PageScanner extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this is a line, not a shaded cell. */
    private static final double THIN = 2.5;
    /** How far off axis a segment may be and still count as horizontal or vertical. */
    private static final double AXIS_TOLERANCE = 0.5;

    private final double left;
    private final double upper;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private List<Point2D> openSubpath;
    private Point2D current = new Point2D.Double();
    private int imageCount;

    PageScanner(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.upper = crop.getUpperRightY();
    }

    void scan() throws IOException {
        processPage(getPage());
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    int imageCount() {
        return imageCount;
    }

    // --- text -------------------------------------------------------------------------------

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(trm, font, code, displacement);
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unicode = code == 32 ? " " : "\uFFFD";
        }
        double size = Math.abs(trm.getScalingFactorY());
        if (size <= 0) {
            return;
        }
        double x = trm.getTranslateX();
        double y = trm.getTranslateY();
        double advance = displacement.getX() * trm.getScalingFactorX();
        if (advance <= 0) {
            advance = size * 0.5;
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
        double baseline = upper - y;
        glyphs.add(new Glyph(unicode,
                x - left, baseline - ascent * size, x - left + advance, baseline - descent * size,
                baseline, size, baseFontName(font)));
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
        // The clip path is consumed by the following 'n'; rulings are taken from painted paths only.
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
                addRuling(a.getX(), a.getY(), b.getX(), b.getY());
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
                addRuling(minX, y, maxX, y);
            } else if (w <= THIN && h > w) {
                double x = (minX + maxX) / 2;
                addRuling(x, minY, x, maxY);
            }
        }
    }

    private void clearPath() {
        subpaths.clear();
        openSubpath = null;
    }

    /** Adds the segment if it is axis-aligned, converting to top-left page space. */
    private void addRuling(double ax, double ay, double bx, double by) {
        double x0 = ax - left;
        double x1 = bx - left;
        double y0 = upper - ay;
        double y1 = upper - by;
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
