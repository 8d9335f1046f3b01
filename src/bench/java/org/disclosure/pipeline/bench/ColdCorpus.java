package org.disclosure.pipeline.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the cold batch's documents for {@code bench/run --cold}: copies of the fixture
 * disclosures in {@code --out DIR}/generated, {@code --docs N} of them or as many as make
 * {@code --pages P} pages if that comes first, and prints how many documents and pages they are.
 */
public final class ColdCorpus {

    private ColdCorpus() {
    }

    public static void main(String[] args) throws Exception {
        int documents = 96;
        long pages = Long.MAX_VALUE;
        Path out = Path.of("target/bench/cold");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--docs" -> documents = Integer.parseInt(args[i + 1]);
                case "--pages" -> pages = Long.parseLong(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Corpus corpus = Corpus.build(Files.createDirectories(out), pages, documents);
        System.out.println(corpus.documents().size() + " documents, " + corpus.pages() + " pages");
    }
}
