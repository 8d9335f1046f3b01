package org.disclosure.pipeline.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.ArchiveLayout;

/**
 * Writing the index as the archive stage does, one document a transaction, over the folders of an
 * archive (a cold benchmark run leaves one in target/bench/cold/run/archive), into a fresh embedded
 * H2 database each round: rows a second and CPU of this thread, reading document.json apart from
 * writing the rows. Args: archive folder, rounds, scratch folder for the databases.
 */
public final class IndexWriteBench {

    private IndexWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--growth")) {
            growth(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        Path archive = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path scratch = Files.createDirectories(Path.of(args[2]));
        List<Path> folders;
        try (Stream<Path> listing = Files.list(archive)) {
            folders = listing.filter(f -> Files.isRegularFile(f.resolve(ArchiveLayout.DOCUMENT_JSON))).sorted().toList();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long readCpu = 0;
            long start = threads.getCurrentThreadCpuTime();
            List<IndexRows> all = new ArrayList<>();
            for (Path folder : folders) {
                all.add(DocumentIndex.rowsOf(folder));
            }
            readCpu = threads.getCurrentThreadCpuTime() - start;
            long rows = all.stream().mapToLong(r -> 1 + r.tables().size() + r.figures().size() + r.checks().size()
                    + r.terms().size()).sum();
            Path db = Files.createTempDirectory(scratch, "index");
            try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(db))) {
                DocumentIndex index = new DocumentIndex(database, db);
                long writeStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                for (IndexRows r : all) {
                    index.write(r);
                }
                // a second time: the archive stage replaces a counterpart's rows when it learns a check
                for (IndexRows r : all) {
                    index.write(r);
                }
                long writeCpu = threads.getCurrentThreadCpuTime() - writeStart;
                double wall = (System.nanoTime() - wallStart) / 1e9;
                try (Connection c = database.connection(); var s = c.createStatement();
                     var rs = s.executeQuery("SELECT COUNT(*) FROM search_terms")) {
                    rs.next();
                    System.out.printf("round %d: %d documents, %d rows (%d terms in the table) twice; read %.0f ms CPU;"
                                    + " write %.0f ms CPU, %.2f s wall, %.0f rows/s of CPU%n",
                            round, all.size(), rows, rs.getLong(1), readCpu / 1e6, writeCpu / 1e6, wall,
                            2 * rows / (writeCpu / 1e9));
                }
            }
        }
    }

    /**
     * How the time to index one more document grows with the index: {@code documents} variants of
     * the two fixture documents (figures for every tenth, as IndexListingBench), each in its own
     * transaction as the archive stage writes them, timed in blocks of 250.
     */
    private static void growth(int documents, Path scratch) throws Exception {
        Path root = Files.createTempDirectory(Files.createDirectories(scratch), "growth");
        Path archive = Files.createDirectories(root.resolve("archive"));
        List<IndexRows> templates = List.of(
                DocumentIndex.rowsOf(ArchivedDocuments.file(archive, "seed-template", IndexContract.SEED, ArchivedDocuments.sha(0), null, null)),
                DocumentIndex.rowsOf(ArchivedDocuments.file(archive, "district-template", IndexContract.DISTRICT, ArchivedDocuments.sha(0), null, null)));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (IndexDatabase database = IndexDatabase.open(IndexSettings.embeddedIn(archive))) {
            DocumentIndex index = new DocumentIndex(database, archive);
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int n = 1; n <= documents; n++) {
                index.write(IndexListingBench.variant(templates.get(n % 2), n, n % 10 == 0));
                if (n % 250 == 0) {
                    long nowCpu = threads.getCurrentThreadCpuTime();
                    long nowWall = System.nanoTime();
                    System.out.printf("documents %5d to %5d: %.1f ms CPU, %.1f ms wall a document%n", n - 249, n,
                            (nowCpu - cpu) / 250e6, (nowWall - wall) / 250e6);
                    cpu = nowCpu;
                    wall = nowWall;
                }
            }
        }
    }
}
