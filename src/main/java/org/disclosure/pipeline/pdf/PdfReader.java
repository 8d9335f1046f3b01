package org.disclosure.pipeline.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Loads a PDF once and builds the page model of every page from that single load. */
public final class PdfReader {

    /** Main memory PDFBox may use for buffering before it spills to temporary files. */
    private static final long MAIN_MEMORY_BYTES = 64L * 1024 * 1024;
    /** A PDF header may follow a little garbage; readers accept it within the first kilobyte. */
    private static final int HEADER_WINDOW = 1024;

    private final int maxPages;

    public PdfReader(int maxPages) {
        this.maxPages = maxPages;
    }

    public ParsedPdf read(Path file) throws UnreadablePdfException, IOException {
        checkHeader(file);
        FileEnd.State end = FileEnd.inspect(file);
        if (end == FileEnd.State.TRUNCATED) {
            throw new UnreadablePdfException(PdfRejection.TRUNCATED, null, null);
        }
        String repair = end == FileEnd.State.BROKEN_XREF
                ? "The cross-reference offset at the end of the file is wrong; the index was rebuilt by scanning the"
                + " whole file. Pages or objects that only the broken index reached may be missing." : null;
        try (PDDocument document = Loader.loadPDF(file.toFile(), "",
                MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount > maxPages) {
                throw new UnreadablePdfException(PdfRejection.TOO_MANY_PAGES,
                        pageCount + " pages, limit " + maxPages, null);
            }
            List<PageModel> pages = new ArrayList<>(pageCount);
            int number = 1;
            for (PDPage page : document.getPages()) {
                pages.add(model(page, number++));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            return new ParsedPdf(List.copyOf(pages), info.getProducer(), info.getCreator(), info.getTitle(), repair);
        } catch (InvalidPasswordException e) {
            throw new UnreadablePdfException(PdfRejection.ENCRYPTED, null, e);
        } catch (StackOverflowError e) {
            throw new UnreadablePdfException(PdfRejection.TOO_COMPLEX, null, null);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports structural damage as IOException or as runtime exceptions from its parser.
            throw new UnreadablePdfException(PdfRejection.DAMAGED, e.getMessage(), e);
        }
    }

    private static void checkHeader(Path file) throws UnreadablePdfException, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadablePdfException(PdfRejection.EMPTY_FILE, null, null);
        }
        byte[] head = new byte[(int) Math.min(HEADER_WINDOW, size)];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            String start = new String(head, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!start.contains("%PDF-")) {
                throw new UnreadablePdfException(PdfRejection.NOT_A_PDF, null, null);
            }
        }
    }

    private static PageModel model(PDPage page, int number) throws IOException {
        PageScanner scanner = new PageScanner(page);
        scanner.scan();
        List<Glyph> glyphs = PrivateUseInNumbers.recover(withoutFakeBold(scanner.glyphs()));
        List<Ruling> rulings = RulingMerger.merge(scanner.rulings());
        List<Ruling> verticals = rulings.stream().filter(Ruling::isVertical).toList();
        return new PageModel(number, scanner.width(), scanner.height(), glyphs, rulings,
                LineBuilder.lines(glyphs, verticals), scanner.imageCount(), scanner.turned(), scanner.geometry());
    }

    /** A glyph's text at a position rounded to whole points. */
    private record DrawnAt(String text, long x, long y) {
    }

    /** Fake bold draws each glyph twice a fraction of a point apart; keep the first drawing. */
    static List<Glyph> withoutFakeBold(List<Glyph> glyphs) {
        Set<DrawnAt> seen = new HashSet<>();
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                kept.add(glyph);
                continue;
            }
            long x = Math.round(glyph.x0());
            long y = Math.round(glyph.baseline());
            boolean duplicate = false;
            for (long dx = -1; dx <= 1 && !duplicate; dx++) {
                for (long dy = -1; dy <= 1 && !duplicate; dy++) {
                    duplicate = seen.contains(new DrawnAt(glyph.text(), x + dx, y + dy));
                }
            }
            if (!duplicate) {
                seen.add(new DrawnAt(glyph.text(), x, y));
                kept.add(glyph);
            }
        }
        return kept;
    }
}
