package org.disclosure.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Random;

/**
 * What an office scanner does to a printed page, lightly: optics blur it, the sensor adds grain, dust
 * leaves specks and the sheet goes in a little crooked. Seeded, so a measurement can be repeated.
 */
final class ScannerEffects {

    private final Random random;

    ScannerEffects(long seed) {
        this.random = new Random(seed);
    }

    /** The page blurred, grained, specked and turned 0.5–1.5° either way. */
    BufferedImage scan(BufferedImage page) {
        double degrees = (0.5 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        BufferedImage out = CrookedScanner.turn(blur(page), degrees);
        grain(out, 6);
        speckle(out);
        return out;
    }

    /** A 3×3 Gaussian: a sharp one-pixel edge spread over its neighbours, as a scanner's lens does. */
    static BufferedImage blur(BufferedImage page) {
        float[] weights = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= 16f;
        }
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        // EDGE_NO_OP keeps the page's border as it was rather than painting it black
        new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null).filter(page, out);
        return out;
    }

    /** Gaussian grain of {@code sigma} grey levels on every pixel. */
    private void grain(BufferedImage image, double sigma) {
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * sigma);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, grey)));
            }
        }
    }

    /** A grey speck on one pixel in five thousand. */
    private void speckle(BufferedImage image) {
        int specks = image.getWidth() * image.getHeight() / 5000;
        for (int i = 0; i < specks; i++) {
            int grey = 90 + random.nextInt(120);
            image.getRaster().setSample(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 0, grey);
        }
    }
}
