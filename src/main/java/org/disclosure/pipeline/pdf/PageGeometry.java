package org.disclosure.pipeline.pdf;

import java.awt.geom.AffineTransform;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The one geometry of a page: how PDF user space becomes the upright frame every position of the
 * page model (and of document.json) is in, and back. The page's crop box and /Rotate give the page
 * as displayed (origin top left, y down); a page whose text runs sideways is then turned upright.
 *
 * @param left       crop box lower-left x, in PDF user space
 * @param upper      crop box upper-right y, in PDF user space
 * @param cropWidth  crop box width in points
 * @param cropHeight crop box height in points
 * @param rotation   the page's /Rotate, 0, 90, 180 or 270
 * @param turned     degrees clockwise the displayed page was turned so its text reads upright
 */
public record PageGeometry(double left, double upper, double cropWidth, double cropHeight, int rotation, int turned) {

    /** The page as PDFBox gives it, not yet turned. */
    public static PageGeometry of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        return new PageGeometry(crop.getLowerLeftX(), crop.getUpperRightY(), crop.getWidth(), crop.getHeight(),
                Math.floorMod(page.getRotation(), 360) / 90 * 90, 0);
    }

    /** A page whose crop box is {@code [x0, y0, x1, y1]} in user space, as document.json records it. */
    public static PageGeometry of(double x0, double y0, double x1, double y1, int rotation, int turned) {
        return new PageGeometry(x0, y1, x1 - x0, y1 - y0, Math.floorMod(rotation, 360) / 90 * 90, Math.floorMod(turned, 360) / 90 * 90);
    }

    public PageGeometry withTurned(int degrees) {
        return new PageGeometry(left, upper, cropWidth, cropHeight, rotation, degrees);
    }

    public double displayWidth() {
        return rotation == 90 || rotation == 270 ? cropHeight : cropWidth;
    }

    public double displayHeight() {
        return rotation == 90 || rotation == 270 ? cropWidth : cropHeight;
    }

    /** Width of the page as read (after /Rotate and the turn), in points. */
    public double width() {
        return turned == 90 || turned == 270 ? displayHeight() : displayWidth();
    }

    public double height() {
        return turned == 90 || turned == 270 ? displayWidth() : displayHeight();
    }

    /** PDF user space to display space: origin top-left, y down, the page's /Rotate applied. */
    public double[] userToDisplay(double x, double y) {
        double u = x - left;
        double v = upper - y;
        return switch (rotation) {
            case 90 -> new double[] {cropHeight - v, u};
            case 180 -> new double[] {cropWidth - u, cropHeight - v};
            case 270 -> new double[] {v, cropWidth - u};
            default -> new double[] {u, v};
        };
    }

    /** Display space to the upright frame: undoes a text direction by turning the page the other way. */
    public double[] displayToUpright(double x, double y) {
        double w = displayWidth();
        double h = displayHeight();
        return switch (turned) {
            case 90 -> new double[] {y, w - x};
            case 180 -> new double[] {w - x, h - y};
            case 270 -> new double[] {h - y, x};
            default -> new double[] {x, y};
        };
    }

    /** An upright position in PDF user space (points, origin bottom left). */
    public double[] uprightToUser(double x, double y) {
        double[] d = uprightToDisplay(x, y);
        double u;
        double v;
        switch (rotation) {
            case 90 -> {
                v = cropHeight - d[0];
                u = d[1];
            }
            case 180 -> {
                u = cropWidth - d[0];
                v = cropHeight - d[1];
            }
            case 270 -> {
                v = d[0];
                u = cropWidth - d[1];
            }
            default -> {
                u = d[0];
                v = d[1];
            }
        }
        return new double[] {left + u, upper - v};
    }

    private double[] uprightToDisplay(double x, double y) {
        double w = displayWidth();
        double h = displayHeight();
        return switch (turned) {
            case 90 -> new double[] {w - y, x};
            case 180 -> new double[] {w - x, h - y};
            case 270 -> new double[] {y, h - x};
            default -> new double[] {x, y};
        };
    }

    /** Display image pixels to upright image pixels, for an image rendered at {@code scale} pixels per point. */
    public AffineTransform displayToUprightImage(double scale) {
        double w = displayWidth() * scale;
        double h = displayHeight() * scale;
        return switch (turned) {
            case 90 -> new AffineTransform(0, -1, 1, 0, 0, w);
            case 180 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 270 -> new AffineTransform(0, 1, -1, 0, h, 0);
            default -> new AffineTransform();
        };
    }
}
