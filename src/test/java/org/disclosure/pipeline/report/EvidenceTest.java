package org.disclosure.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

/** Evidence pictures are cut between lines of print, never through one. */
class EvidenceTest {

    /** A white page with a vertical ruling and "lines of print" (dark bands) at 100–120 and 140–160. */
    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.BLACK);
        g.fillRect(50, 0, 2, 300);                  // a column ruling crosses every row
        for (int x = 60; x < 380; x += 6) {
            g.fillRect(x, 100, 3, 20);              // glyphs of one line
            g.fillRect(x, 140, 3, 20);              // and of the next
        }
        g.dispose();
        return image;
    }

    @Test
    void anEdgeFallingThroughALineMovesOutToTheGapBeyondIt() {
        BufferedImage page = page();
        int top = Evidence.snapToGap(page, 110, -1, 32);
        assertThat(top).as("above the line at 100–120").isLessThan(100).isGreaterThanOrEqualTo(78);
        int bottom = Evidence.snapToGap(page, 150, +1, 32);
        assertThat(bottom).as("below the line at 140–160 (exclusive end)").isGreaterThan(160).isLessThanOrEqualTo(183);
    }

    @Test
    void anEdgeAlreadyInAGapStaysWhereItIs() {
        BufferedImage page = page();
        assertThat(Evidence.snapToGap(page, 130, -1, 32)).isEqualTo(130);
        assertThat(Evidence.snapToGap(page, 130, +1, 32)).isEqualTo(131);
    }

    @Test
    void thePageEdgeIsAGapToo() {
        BufferedImage page = page();
        assertThat(Evidence.snapToGap(page, 5, -1, 32)).isEqualTo(0);
        assertThat(Evidence.snapToGap(page, 295, +1, 32)).isEqualTo(300);
    }

    /** The rows handed to the PNG writer uncopied: the file is byte for byte what the writer made from copies. */
    @Test
    void pngIsTheSameAsTheWritersOwnFromCopiedRows() throws Exception {
        BufferedImage image = new BufferedImage(613, 207, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 613, 207);
        g.setColor(new Color(0xD0, 0x1F, 0x1F));
        g.drawRect(10, 20, 300, 40);
        g.setColor(Color.BLACK);
        g.drawString("一般公共预算财政拨款支出 1,234.56", 30, 120);
        for (int x = 0; x < 613; x += 7) {
            image.setRGB(x, 200, x * 0x010203);
        }
        g.dispose();

        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(expected)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }

        assertThat(Evidence.png(image)).isEqualTo(expected.toByteArray());
    }
}
