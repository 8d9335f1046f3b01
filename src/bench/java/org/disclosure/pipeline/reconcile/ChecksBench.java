package org.disclosure.pipeline.reconcile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveCounterparts;
import org.disclosure.pipeline.archive.ArchiveLayout;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Json;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.reconcile.crossdoc.CrossDocumentChecker;

/**
 * The checks stage alone, over the document.json records of an archive folder (a cold benchmark run
 * leaves one in target/bench/cold/run/archive): the documents' own checks and the checks across
 * documents, in CPU time of this thread, the first round (cold JVM) apart from the later ones.
 * Args: archive folder, rounds.
 */
public final class ChecksBench {

    private ChecksBench() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<DocumentRecord> records = new ArrayList<>();
        try (Stream<Path> folders = Files.list(archive)) {
            for (Path folder : folders.sorted().toList()) {
                Path json = folder.resolve(ArchiveLayout.DOCUMENT_JSON);
                if (Files.isRegularFile(json)) {
                    records.add(Json.read(json, DocumentRecord.class));
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Reconciler reconciler = new Reconciler();
        CrossDocumentChecker crossDocument = new CrossDocumentChecker();
        ArchiveCounterparts counterparts = new ArchiveCounterparts(archive);
        for (int round = 1; round <= rounds; round++) {
            long own = 0;
            long across = 0;
            int checks = 0;
            for (DocumentRecord record : records) {
                DisclosureDocument document = new DisclosureDocument(record.document(), record.pages(), record.tables(),
                        record.requiredTables(), record.performanceTargets(), record.projects(), record.figures());
                List<UncertainReading> uncertain = record.ocr() == null ? List.of() : record.ocr().uncertain();
                long start = threads.getCurrentThreadCpuTime();
                checks += reconciler.reconcile(document, record.ledger(), java.util.Set.of(), uncertain).checks().size();
                long middle = threads.getCurrentThreadCpuTime();
                checks += crossDocument.check(document, record.ledger(), uncertain, counterparts).size();
                long end = threads.getCurrentThreadCpuTime();
                own += middle - start;
                across += end - middle;
            }
            System.out.printf("round %d: %d documents, %d checks; own rules %.0f ms (%.1f ms a document), across documents %.0f ms%n",
                    round, records.size(), checks, own / 1e6, own / 1e6 / records.size(), across / 1e6);
        }
        // the rules as the Reconciler runs them, each timed alone (after the rounds above warmed them up)
        java.lang.reflect.Field field = Reconciler.class.getDeclaredField("rules");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<Rule> rules = (List<Rule>) field.get(reconciler);
        Map<String, Long> perRule = new TreeMap<>();
        for (DocumentRecord record : records) {
            DisclosureDocument document = new DisclosureDocument(record.document(), record.pages(), record.tables(),
                    record.requiredTables(), record.performanceTargets(), record.projects(), record.figures());
            for (Rule rule : rules) {
                long start = threads.getCurrentThreadCpuTime();
                rule.check(document);
                perRule.merge(rule.getClass().getSimpleName(), threads.getCurrentThreadCpuTime() - start, Long::sum);
            }
        }
        perRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-28s %7.1f ms%n", e.getKey(), e.getValue() / 1e6));
    }
}
