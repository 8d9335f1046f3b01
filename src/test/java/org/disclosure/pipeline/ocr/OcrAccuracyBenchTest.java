package org.disclosure.pipeline.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.Job;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.fixtures.DisclosurePdfWriter;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.fixtures.WholeDisclosure;
import org.disclosure.pipeline.fixtures.WholeDisclosureSpec;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.reconcile.SuspectCell;
import org.disclosure.pipeline.reconcile.UncertainReading;
import org.disclosure.pipeline.stage.ExtractStage;
import org.disclosure.pipeline.stage.ReconcileStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How exactly scanned tables come back, measured: whole generated disclosures (every figure known)
 * printed to image-only PDFs at 150, 200 and 300 dpi, each page blurred, grained, specked and turned
 * 0.5–1.5°, read through the real OCR path and compared cell by cell with the born-digital copy.
 * Every table figure is one of: exact; wrong but marked (an uncertain figure or a sum suspect lies on
 * it); wrong and unmarked (the dangerous class); missed (no figure where one is printed), marked or
 * not. Checks that fail on the scan but not on the born-digital copy are counted too: there must be none.
 *
 * <p>Minutes of OCR, so it runs only when asked:
 * {@code mvn -B -o -q test -Dtest=OcrAccuracyBenchTest -Docr.bench=true} (optionally
 * {@code -Docr.bench.dpi=200} for one resolution, {@code -Docr.bench.only=shanghai-final} for one document, {@code -Docr.bench.threshold=95} to list every figure read
 * below 95 with its confidence, for calibrating the threshold). The summary is printed and written to
 * {@code target/ocr-accuracy/summary.md}.
 */
@EnabledIfSystemProperty(named = "ocr.bench", matches = "true")
class OcrAccuracyBenchTest {

    private static final double[] THRESHOLDS = {50, 60, 70, 80, 85, 90, 95};

    @Test
    void measure() throws Exception {
        assumeTrue(Tesseract.version().isPresent(), "tesseract with chi_sim is not installed");
        Path root = Path.of("target", "ocr-accuracy");
        Files.createDirectories(root);
        double threshold = Double.parseDouble(System.getProperty("ocr.bench.threshold",
                String.valueOf(OcrSettings.UNCERTAIN_BELOW)));
        List<Integer> resolutions = System.getProperty("ocr.bench.dpi") == null ? List.of(150, 200, 300)
                : List.of(Integer.getInteger("ocr.bench.dpi"));
        Map<String, WholeDisclosure> disclosures = new LinkedHashMap<>();
        disclosures.put("shanghai-final", WholeDisclosure.shanghaiDepartmentFinalAccounts());
        disclosures.put("xinjiang-final", WholeDisclosure.xinjiangDepartmentFinalAccounts());
        disclosures.put("shanghai-budget-yuan", WholeDisclosure.shanghaiDepartmentBudget());
        String only = System.getProperty("ocr.bench.only"); // one document's name, for a shorter run
        if (only != null) {
            disclosures.keySet().retainAll(List.of(only));
        }

        StringBuilder summary = new StringBuilder("| scan | figures | exact | wrong, marked | wrong, unmarked | missed, marked"
                + " | missed, unmarked | exact but marked | new fails | pages | seconds |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder details = new StringBuilder();
        Tally all = new Tally();
        List<Outcome> everyFigure = new ArrayList<>();
        long seed = 17;
        for (Map.Entry<String, WholeDisclosure> entry : disclosures.entrySet()) {
            Path original = root.resolve(entry.getKey() + ".pdf");
            new DisclosurePdfWriter(DisclosureSpec.parse(WholeDisclosureSpec.of(entry.getValue()).lines().toList()))
                    .write(original, "fixture");
            DocumentRecord text = process(root, original, entry.getKey() + "-text", threshold);
            for (int dpi : resolutions) {
                String name = entry.getKey() + "-" + dpi;
                ScannerEffects scanner = new ScannerEffects(seed++);
                Path scan = OcrTest.imageOnly(original, root.resolve(name + ".pdf"), dpi, (page, image) -> scanner.scan(image));
                long started = System.nanoTime();
                DocumentRecord ocr = process(root, scan, name, threshold);
                double seconds = (System.nanoTime() - started) / 1e9;
                List<Outcome> outcomes = compare(text, ocr, threshold);
                everyFigure.addAll(outcomes);
                Tally tally = Tally.of(outcomes);
                all.add(tally);
                List<String> newFails = newFails(text, ocr);
                tally.newFails = newFails.size();
                all.newFails += newFails.size();
                summary.append(tally.row(name, ocr.source().pages(), seconds));
                long exactTitles = text.tables().stream().filter(t -> ocr.tables().stream()
                        .anyMatch(o -> t.title() != null && t.title().equals(o.title()))).count();
                details.append("\n### ").append(name).append(" (tables ").append(ocr.tables().size()).append(" of ")
                        .append(text.tables().size()).append(", titles read exactly ").append(exactTitles).append(", skew ")
                        .append(ocr.ocr().pages().stream().map(p -> String.valueOf(p.skewDegrees())).toList())
                        .append(", mean confidence ")
                        .append(ocr.ocr().pages().stream().map(p -> String.valueOf(p.meanConfidence())).toList()).append(")\n");
                outcomes.stream().filter(o -> o.kind != Kind.EXACT || o.marked)
                        .forEach(o -> details.append("- ").append(o).append('\n'));
                newFails.forEach(f -> details.append("- NEW FAIL ").append(f).append('\n'));
            }
        }
        summary.append(all.row("**all**", 0, 0));
        summary.append("\nThreshold calibration (a figure is marked when read below the threshold or a sum suspect;"
                + " only thresholds up to the run's ").append(threshold).append(" are exact):\n\n")
                .append("| below | wrong, unmarked | missed, unmarked | exact but marked |\n|---|---|---|---|\n");
        for (double t : THRESHOLDS) {
            if (t > threshold) {
                break;
            }
            Tally at = Tally.of(everyFigure.stream().map(o -> o.at(t)).toList());
            summary.append("| ").append(t).append(" | ").append(at.wrongUnmarked).append(" | ").append(at.missedUnmarked)
                    .append(" | ").append(at.exactMarked).append(" |\n");
        }
        String report = summary + "\n" + details;
        Files.writeString(root.resolve("summary.md"), report);
        System.out.println(report);
    }

    private static DocumentRecord process(Path root, Path pdf, String name, double threshold) throws Exception {
        Path folder = Files.createTempDirectory(root, name + "-"); // a fresh archive for each run
        ArchiveStore store = new ArchiveStore(folder.resolve("archive"), folder.resolve("failed"));
        Job job = store.receive(pdf);
        OcrSettings settings = new OcrSettings(true, java.time.Duration.ofSeconds(180), threshold,
                Integer.getInteger("ocr.threads", 0));
        new ReconcileStage(store).reconcile(new ExtractStage(store, 2000, "bench", settings).extract(job));
        return store.readDocument(job);
    }

    /**
     * Each figure of the born-digital copy's tables, against the cell at the same row and column of the
     * scan's table that matches it ({@link #matched}): a title misread by a character still finds its table,
     * so a figure counts as missed only when its table, row or cell is.
     */
    private static List<Outcome> compare(DocumentRecord text, DocumentRecord ocr, double threshold) {
        Map<DisclosureTable, DisclosureTable> pairs = matched(text.tables(), ocr.tables());
        List<UncertainReading> uncertain = ocr.ocr().uncertain();
        List<SuspectCell> suspects = ocr.ocr().suspects();
        List<Outcome> outcomes = new ArrayList<>();
        for (DisclosureTable table : text.tables()) {
            Map<String, DisclosureCell> scanned = new LinkedHashMap<>();
            DisclosureTable twin = pairs.get(table);
            if (twin != null) {
                twin.rows().forEach(row -> row.forEach(cell -> scanned.putIfAbsent(cell.row() + ":" + cell.column(), cell)));
            }
            for (List<DisclosureCell> row : table.rows()) {
                for (DisclosureCell cell : row) {
                    if (cell.value() == null) {
                        continue;
                    }
                    DisclosureCell read = scanned.get(cell.row() + ":" + cell.column());
                    double confidence = read == null ? 100 : lowestConfidence(read, uncertain);
                    boolean suspect = read != null && suspects.stream()
                            .anyMatch(s -> s.page() == read.page() && s.bbox() != null && overlap(s.bbox(), read.bbox()));
                    Kind kind = read == null || read.value() == null ? Kind.MISSED
                            : read.value().compareTo(cell.value()) == 0 ? Kind.EXACT : Kind.WRONG;
                    outcomes.add(new Outcome(key(table, cell), cell.value(), read == null ? null : read.text(), kind,
                            confidence, suspect, confidence < threshold || suspect));
                }
            }
        }
        return outcomes;
    }

    /**
     * Each born-digital table's counterpart on the scan, one to one: the most similar title (a misread
     * character or a lost quote costs a little), or an untitled table on the same first page with as
     * many rows; in the order the tables come, so two tables of one title pair in turn.
     */
    static Map<DisclosureTable, DisclosureTable> matched(List<DisclosureTable> printed, List<DisclosureTable> scanned) {
        Map<DisclosureTable, DisclosureTable> pairs = new LinkedHashMap<>();
        List<DisclosureTable> free = new ArrayList<>(scanned);
        for (DisclosureTable table : printed) {
            DisclosureTable best = null;
            double bestScore = 0.6;
            for (DisclosureTable candidate : free) {
                double score = candidate.title() == null || table.title() == null
                        ? (candidate.pages().get(0).equals(table.pages().get(0)) && candidate.rows().size() == table.rows().size() ? 0.61 : 0)
                        : similarity(table.title(), candidate.title());
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best != null) {
                pairs.put(table, best);
                free.remove(best);
            }
        }
        return pairs;
    }

    /** 1 minus the edit distance over the longer length, after spaces and quotes are dropped. */
    static double similarity(String a, String b) {
        String x = a.replaceAll("[\\s“”\"?]", "");
        String y = b.replaceAll("[\\s“”\"?]", "");
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 1 : 1 - (double) previous[y.length()] / longer;
    }

    private static double lowestConfidence(DisclosureCell cell, List<UncertainReading> uncertain) {
        return uncertain.stream().filter(u -> u.page() == cell.page() && cell.bbox() != null && overlap(u.bbox(), cell.bbox()))
                .mapToDouble(UncertainReading::confidence).min().orElse(100);
    }

    private static boolean overlap(Box a, Box b) {
        return Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()) > 0.5
                && Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()) > 0.5;
    }

    private static String key(DisclosureTable table, DisclosureCell cell) {
        return table.title() + " r" + cell.row() + "c" + cell.column();
    }

    /** Checks that fail on the scan but not on the born-digital copy: OCR must never be the cause of a fail. */
    private static List<String> newFails(DocumentRecord text, DocumentRecord ocr) {
        Map<String, Long> onText = text.checks().stream().filter(c -> c.status() == CheckStatus.FAIL)
                .collect(java.util.stream.Collectors.groupingBy(Check::rule, java.util.stream.Collectors.counting()));
        Map<String, Long> onScan = ocr.checks().stream().filter(c -> c.status() == CheckStatus.FAIL)
                .collect(java.util.stream.Collectors.groupingBy(Check::rule, java.util.stream.Collectors.counting()));
        // more fails of a rule on the scan than on the born-digital copy: list the scan's fails of that rule
        return ocr.checks().stream().filter(c -> c.status() == CheckStatus.FAIL)
                .filter(c -> onScan.get(c.rule()) > onText.getOrDefault(c.rule(), 0L))
                .map(c -> c.rule() + ": " + c.message()).toList();
    }

    enum Kind { EXACT, WRONG, MISSED }

    /** One printed figure and what the scan made of it. */
    record Outcome(String where, BigDecimal printed, String read, Kind kind, double confidence, boolean suspect,
                   boolean marked) {

        /** The same figure judged at another threshold. */
        Outcome at(double threshold) {
            return new Outcome(where, printed, read, kind, confidence, suspect, confidence < threshold || suspect);
        }

        @Override
        public String toString() {
            return kind + (marked ? " marked" : " UNMARKED") + " " + where + ": printed " + printed.toPlainString()
                    + ", read " + (read == null ? "(no cell)" : "'" + read + "'")
                    + (confidence < 100 ? ", confidence " + confidence : "") + (suspect ? ", sum suspect" : "");
        }
    }

    /** Counts of each class. */
    static final class Tally {
        int figures;
        int exact;
        int wrongMarked;
        int wrongUnmarked;
        int missedMarked;
        int missedUnmarked;
        int exactMarked;
        int newFails;

        static Tally of(List<Outcome> outcomes) {
            Tally t = new Tally();
            for (Outcome o : outcomes) {
                t.figures++;
                switch (o.kind) {
                    case EXACT -> {
                        t.exact++;
                        t.exactMarked += o.marked ? 1 : 0;
                    }
                    case WRONG -> {
                        t.wrongMarked += o.marked ? 1 : 0;
                        t.wrongUnmarked += o.marked ? 0 : 1;
                    }
                    case MISSED -> {
                        t.missedMarked += o.marked ? 1 : 0;
                        t.missedUnmarked += o.marked ? 0 : 1;
                    }
                }
            }
            return t;
        }

        void add(Tally other) {
            figures += other.figures;
            exact += other.exact;
            wrongMarked += other.wrongMarked;
            wrongUnmarked += other.wrongUnmarked;
            missedMarked += other.missedMarked;
            missedUnmarked += other.missedUnmarked;
            exactMarked += other.exactMarked;
        }

        String row(String name, int pages, double seconds) {
            return String.format("| %s | %d | %d (%.1f %%) | %d | %d | %d | %d | %d | %d | %s | %s |%n", name, figures, exact,
                    figures == 0 ? 0 : 100.0 * exact / figures, wrongMarked, wrongUnmarked, missedMarked, missedUnmarked,
                    exactMarked, newFails, pages == 0 ? "" : pages, seconds == 0 ? "" : String.format("%.0f", seconds));
        }
    }
}
