package org.disclosure.pipeline.report;

import java.awt.geom.AffineTransform;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where a position of document.json lies on the real page. Positions are in points from the top
 * left of the page as displayed (its /Rotate applied), then turned upright when its text ran
 * sideways; this maps them back to PDF user space (for annotations) and gives the transform that
 * turns a rendered page image into the same upright frame (for evidence pictures).
 */
final class PageFrame {

    private final double left;
    private final double upper;
    private final double cropWidth;
    private final double cropHeight;
    private final int rotation;
    private final int turned;

    PageFrame(PDPage page, Integer turned) {
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.upper = crop.getUpperRightY();
        this.cropWidth = crop.getWidth();
        this.cropHeight = crop.getHeight();
        int r = ((page.getRotation() % 360) + 360) % 360;
        this.rotation = r;
        this.turned = turned == null ? 0 : turned;
    }

    double displayWidth() {
        return rotation == 90 || rotation == 270 ? cropHeight : cropWidth;
    }

    double displayHeight() {
        return rotation == 90 || rotation == 270 ? cropWidth : cropHeight;
    }

    double uprightWidth() {
        return turned == 90 || turned == 270 ? displayHeight() : displayWidth();
    }

    double uprightHeight() {
        return turned == 90 || turned == 270 ? displayWidth() : displayHeight();
    }

    /** An upright position in PDF user space (points, origin bottom left). */
    double[] toUser(double x, double y) {
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
    AffineTransform displayToUprightImage(double scale) {
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
