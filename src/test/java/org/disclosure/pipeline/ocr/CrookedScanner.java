package org.disclosure.pipeline.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** A page fed into a scanner a little crooked: turned about its centre, its edges blurred as optics blur them. */
final class CrookedScanner {

    private CrookedScanner() {
    }

    /** The page image turned by {@code degrees} (positive: clockwise on screen), bilinear, corners white. */
    static BufferedImage turn(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D paint = out.createGraphics();
        paint.setColor(Color.WHITE);
        paint.fillRect(0, 0, out.getWidth(), out.getHeight());
        paint.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        paint.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        paint.dispose();
        return out;
    }
}
