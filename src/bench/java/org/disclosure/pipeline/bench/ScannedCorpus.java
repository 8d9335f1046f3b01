package org.disclosure.pipeline.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosure.pipeline.fixtures.Samples;

/**
 * A long scan for {@code bench/ocr-scan}: the generated four-page 部门预算 printed to grayscale
 * images at {@code --dpi} (200), its pages repeated up to {@code --pages} (200), each copy with its own
 * light speckle, wrapped back into one image-only PDF at {@code --out}.
 */
public final class ScannedCorpus {

    private static final String SAMPLE = "district-2024-dept-budget.spec";
    /** Share of pixels flipped to a grey speck: a scanner's dust, light enough not to hide a digit. */
    private static final double SPECKS = 0.0001;

    private ScannedCorpus() {
    }

    public static void main(String[] args) throws Exception {
        int pages = 200;
        int dpi = 200;
        Path out = Path.of("target/bench/ocr/scan-200.pdf");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[i + 1]);
                case "--dpi" -> dpi = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path original = Samples.pdf(Samples.named(SAMPLE));
        try (PDDocument source = Loader.loadPDF(original.toFile()); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            Random random = new Random(17);
            List<BufferedImage> rendered = new ArrayList<>();
            List<PDRectangle> sizes = new ArrayList<>();
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                rendered.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
                sizes.add(source.getPage(i).getCropBox());
            }
            for (int i = 0; i < pages; i++) {
                int from = i % rendered.size();
                // every page its own image, dust of its own: the file is as large as a real scan's
                BufferedImage image = copy(rendered.get(from));
                speckle(image, random);
                PDImageXObject picture = LosslessFactory.createFromImage(scan, image);
                PDRectangle size = sizes.get(from);
                PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
                scan.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            scan.save(out.toFile());
        }
        System.out.println(pages + " pages at " + dpi + " dpi from " + SAMPLE + ": " + out + " ("
                + Files.size(out) / 1024 + " KiB)");
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        copy.setData(image.getRaster());
        return copy;
    }

    private static void speckle(BufferedImage image, Random random) {
        int specks = (int) (image.getWidth() * (long) image.getHeight() * SPECKS);
        for (int i = 0; i < specks; i++) {
            int grey = 90 + random.nextInt(120);
            image.getRaster().setSample(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 0, grey);
        }
    }
}
