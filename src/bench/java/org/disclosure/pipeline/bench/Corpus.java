package org.disclosure.pipeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.fixtures.SampleGenerator.Sample;

/**
 * The benchmark's generated corpus: the fixture documents (samples and test corpus, whose every
 * cell is known from their specs), repeated with distinct bytes until the corpus has about the
 * requested number of pages. Each copy differs only by a comment after %%EOF, so no system can
 * recognise a repeat, and the expected rows of each copy are its spec's.
 */
final class Corpus {

    /** A generated file and the spec that says what it contains. */
    record Document(Path pdf, String spec, int pages) {
    }

    private final List<Document> documents;

    private Corpus(List<Document> documents) {
        this.documents = documents;
    }

    List<Document> documents() {
        return documents;
    }

    long pages() {
        return documents.stream().mapToLong(Document::pages).sum();
    }

    static Corpus build(Path folder, long targetPages) throws IOException {
        return build(folder, targetPages, Integer.MAX_VALUE);
    }

    /** As many copies as make about {@code targetPages} pages, or {@code maxDocuments} documents if that comes first. */
    static Corpus build(Path folder, long targetPages, int maxDocuments) throws IOException {
        Path originals = Files.createDirectories(folder.resolve("originals"));
        Path generated = Files.createDirectories(folder.resolve("generated"));
        clear(generated);
        Map<Sample, Integer> rendered = new LinkedHashMap<>();
        for (Sample sample : Stream.concat(SampleGenerator.SAMPLES.stream(), SampleGenerator.CORPUS.stream()).toList()) {
            Path pdf = SampleGenerator.render(sample, originals);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                rendered.put(sample, document.getNumberOfPages());
            }
        }
        List<Document> documents = new ArrayList<>();
        long pages = 0;
        for (int copy = 1; pages < targetPages && documents.size() < maxDocuments; copy++) {
            for (Map.Entry<Sample, Integer> entry : rendered.entrySet()) {
                Sample sample = entry.getKey();
                String name = sample.pdf().replace(".pdf", String.format("-%04d.pdf", copy));
                Path target = generated.resolve(name);
                distinctCopy(originals.resolve(sample.pdf()), target, name);
                documents.add(new Document(target, sample.spec(), entry.getValue()));
                pages += entry.getValue();
                if (pages >= targetPages || documents.size() >= maxDocuments) {
                    break;
                }
            }
        }
        return new Corpus(documents);
    }

    /** The same PDF with a comment after its end, so its bytes (and hash) are its own. */
    static void distinctCopy(Path source, Path target, String tag) throws IOException {
        byte[] pdf = Files.readAllBytes(source);
        byte[] tail = ("%bench " + tag + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] copy = new byte[pdf.length + tail.length];
        System.arraycopy(pdf, 0, copy, 0, pdf.length);
        System.arraycopy(tail, 0, copy, pdf.length, tail.length);
        Files.write(target, copy);
    }

    /** One very long document: the seed rendition repeated until it has at least {@code minPages}. */
    static Path longDocument(Path folder, int minPages) throws IOException {
        Path seed = SampleGenerator.render(SampleGenerator.SAMPLES.get(0), Files.createDirectories(folder.resolve("originals")));
        Path target = folder.resolve("long-document.pdf");
        List<PDDocument> parts = new ArrayList<>();
        try (PDDocument merged = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            while (merged.getNumberOfPages() < minPages) {
                // the parts must stay open until the merged document is saved
                PDDocument part = Loader.loadPDF(seed.toFile());
                parts.add(part);
                merger.appendDocument(merged, part);
            }
            merged.save(target.toFile());
        } finally {
            for (PDDocument part : parts) {
                part.close();
            }
        }
        return target;
    }

    static DisclosureSpec spec(String name) {
        return DisclosureSpec.load(SampleGenerator.specFile(name));
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }
}
