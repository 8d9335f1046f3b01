package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.ledger.PageLedger;
import org.disclosure.pipeline.ledger.UnaccountedNumber;
import org.disclosure.pipeline.pdf.Box;

/**
 * Where our own reading is in doubt, a check can neither pass nor fail. A table with printed numbers
 * beside it that no cell took may have lost a row or a column, so its sums prove nothing either way;
 * a table reported missing may be one the pages print and the extraction could not read; a figure OCR
 * read with low confidence may be misread, so a check that looks at it shows nothing about the document.
 */
public final class ExtractionDoubts {

    /** Rules that report a table absent: wrong only if the table is truly not printed. */
    private static final Set<String> ABSENCE_RULES = Set.of(DocumentRule.REQUIRED, "document.contents");
    /** Unaccounted numbers this many row heights above or below a table may be rows it lost. */
    private static final double ROWS_AROUND = 2.5;
    /** A page with at least this many unaccounted numbers may hold a table nobody read. */
    private static final int TABLE_SIZED = 3;
    private static final int EXAMPLES = 3;

    private ExtractionDoubts() {
    }

    /** Shrunk by this many points before two boxes count as overlapping, so neighbours that touch do not. */
    private static final double TOUCHING = 0.5;

    /** Rules about the printed text itself (punctuation, characters): on an OCR'd page that text is the engine's. */
    private static final String TEXT_RULES = "text.";

    /**
     * Checks that look at a figure OCR read below its confidence threshold are unverified, never fail;
     * so are the text-hygiene findings on a page OCR read, whose punctuation is the engine's reading,
     * and a 目录 entry's clash with the title of a table on such a page.
     */
    static List<Check> ocrDoubts(List<Check> checks, Set<Integer> ocrPages, List<UncertainReading> uncertain) {
        if (ocrPages.isEmpty()) {
            return checks;
        }
        List<Check> judged = new ArrayList<>(checks.size());
        for (Check check : checks) {
            String misread = check.status() == CheckStatus.UNVERIFIED ? null : misreadTitle(check, ocrPages);
            if (misread != null) {
                judged.add(check.unverified(misread));
                continue;
            }
            if (check.status() != CheckStatus.UNVERIFIED && check.rule().startsWith(TEXT_RULES)) {
                Integer page = check.refs().stream().map(CheckRef::page).filter(ocrPages::contains).findFirst().orElse(null);
                if (page != null) {
                    judged.add(check.unverified("第" + page + "页由文字识别读出，标点和字形是识别的结果 (the page was read"
                            + " by OCR: its punctuation and characters are the engine's reading, not the document's)"));
                    continue;
                }
            }
            String matched = check.status() == CheckStatus.FAIL ? misreadWords(check, ocrPages) : null;
            if (matched != null) {
                judged.add(check.unverified(matched));
                continue;
            }
            UncertainReading reading = check.status() == CheckStatus.UNVERIFIED ? null : uncertainIn(check, uncertain);
            judged.add(reading == null ? check : check.unverified("第" + reading.page() + "页的「" + reading.text()
                    + "」由文字识别读出，置信度" + reading.confidence() + "，数字可能有误 (read by OCR with confidence "
                    + reading.confidence() + ": the digits may be misread)"));
        }
        return judged;
    }

    /**
     * Why a failing document or narrative check may be the engine's: it matches words (a table's title,
     * the unit's name, a row's label, a sentence) and OCR read them on that page; for a table reported
     * absent, on any page OCR read. Measured on the generated scans of OcrAccuracyBenchTest: every such
     * fail the born-digital copy did not have was a misread (普了区 for 普陀区, 三公?经费, a row read one
     * line off). Sums (row., column., table., cross.) are not among them: their figures carry their own
     * confidence and suspects, and a sum broken on certain figures still fails. Null otherwise.
     */
    private static String misreadWords(Check check, Set<Integer> ocrPages) {
        if (!check.rule().startsWith("document.") && !check.rule().startsWith("narrative.")) {
            return null;
        }
        Integer page = check.refs().stream().map(CheckRef::page).filter(ocrPages::contains).findFirst()
                .orElse(ABSENCE_RULES.contains(check.rule()) ? ocrPages.stream().min(Integer::compare).orElse(null) : null);
        return page == null ? null : "第" + page + "页由文字识别读出，所比对的标题、名称或文字可能是识别有误而非印错 (the page was"
                + " read by OCR: the titles, names or words this check matches may be misread, not misprinted)";
    }

    /**
     * Why a 目录 entry's clash with the title of the table in its place may be the engine's: OCR read that
     * table's page, and two misread characters (预箅, 支岀) are enough for titles to differ. Null otherwise.
     */
    private static String misreadTitle(Check check, Set<Integer> ocrPages) {
        if (!check.rule().equals(ContentsRule.ID) || !check.message().endsWith(ContentsRule.MISPRINTED)) {
            return null;
        }
        return check.refs().stream().filter(r -> r.tableId() != null).map(CheckRef::page).filter(ocrPages::contains)
                .findFirst().map(page -> "第" + page + "页由文字识别读出，表名可能是识别有误而非印错 (the page was read by"
                        + " OCR: the title may be misread, not misprinted)").orElse(null);
    }

    private static UncertainReading uncertainIn(Check check, List<UncertainReading> uncertain) {
        for (CheckRef ref : check.refs()) {
            if (ref.bbox() == null) {
                continue;
            }
            for (UncertainReading reading : uncertain) {
                if (reading.page() == ref.page() && overlap(ref.bbox(), reading.bbox())) {
                    return reading;
                }
            }
        }
        return null;
    }

    static boolean overlap(Box a, Box b) {
        return Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()) > TOUCHING
                && Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top()) > TOUCHING;
    }

    static List<Check> apply(List<Check> checks, DisclosureDocument document, FigureLedger ledger) {
        if (ledger == null || ledger.unaccounted() == 0) {
            return checks;
        }
        List<Check> judged = new ArrayList<>(checks.size());
        for (Check check : checks) {
            String doubt = check.status() == CheckStatus.UNVERIFIED ? null : doubt(check, document, ledger);
            judged.add(doubt == null ? check : check.unverified(doubt));
        }
        return judged;
    }

    private static String doubt(Check check, DisclosureDocument document, FigureLedger ledger) {
        if (check.rule().equals(ContentsRule.ID) && (check.status() != CheckStatus.FAIL
                || check.message().endsWith(ContentsRule.OUT_OF_ORDER) || check.message().endsWith(ContentsRule.MISPRINTED))) {
            // a read table's place or title against the 目录 (listed, unlisted, in order or not), not its
            // figures: numbers left unread change none of these; only a table reported missing may be among them
            return null;
        }
        if (ABSENCE_RULES.contains(check.rule()) && check.status() == CheckStatus.FAIL) {
            List<PageLedger> unread = ledger.pages().stream().filter(p -> p.unaccounted().size() >= TABLE_SIZED).toList();
            if (!unread.isEmpty()) {
                return "第" + unread.stream().map(p -> String.valueOf(p.page())).collect(Collectors.joining("、"))
                        + "页印有未能读入任何表格的数字，缺少的表可能印在那里而未被读出 (numbers on those pages were not read"
                        + " into any table: the table reported missing may be printed there)";
            }
            return null;
        }
        for (CheckRef ref : check.refs()) {
            if (ref.tableId() == null) {
                continue;
            }
            DisclosureTable table = document.tables().stream().filter(t -> ref.tableId().equals(t.id())).findFirst()
                    .orElse(null);
            if (table == null) {
                continue;
            }
            String unread = unreadBeside(table, ref.page(), ledger);
            if (unread != null) {
                return unread;
            }
        }
        return null;
    }

    /**
     * Why figures read from this table may be incomplete: on one of its pages, numbers beside it that
     * no cell took; null when there are none (or no ledger). Checks across documents ask it of both.
     */
    public static String tableDoubt(DisclosureTable table, FigureLedger ledger) {
        if (ledger == null || ledger.unaccounted() == 0) {
            return null;
        }
        for (int page : table.pages()) {
            String unread = unreadBeside(table, page, ledger);
            if (unread != null) {
                return unread;
            }
        }
        return null;
    }

    private static String unreadBeside(DisclosureTable table, int page, FigureLedger ledger) {
        List<UnaccountedNumber> near = besideTable(table, page, ledger.unaccountedOn(page));
        if (near.isEmpty()) {
            return null;
        }
        return "第" + page + "页" + TableCells.name(table) + "旁有" + near.size() + "个数字未能读入表格（如"
                + near.stream().limit(EXAMPLES).map(n -> "「" + n.text() + "」").collect(Collectors.joining())
                + "），该表可能未读全 (numbers beside the table were not read into it: a row or column may be missing)";
    }

    /** The unaccounted numbers within the table's extent on the page, or a few rows above or below it. */
    private static List<UnaccountedNumber> besideTable(DisclosureTable table, int page, List<UnaccountedNumber> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        double x0 = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        List<Double> heights = new ArrayList<>();
        for (List<DisclosureCell> row : table.rows()) {
            for (DisclosureCell cell : row) {
                if (cell.page() == page && cell.bbox() != null) {
                    x0 = Math.min(x0, cell.bbox().x0());
                    top = Math.min(top, cell.bbox().top());
                    x1 = Math.max(x1, cell.bbox().x1());
                    bottom = Math.max(bottom, cell.bbox().bottom());
                    heights.add(cell.bbox().height() / Math.max(1, cell.rowSpan()));
                }
            }
        }
        if (heights.isEmpty()) {
            return List.of();
        }
        heights.sort(null);
        double margin = ROWS_AROUND * heights.get(heights.size() / 2);
        List<UnaccountedNumber> near = new ArrayList<>();
        for (UnaccountedNumber n : numbers) {
            double cx = (n.bbox().x0() + n.bbox().x1()) / 2;
            double cy = (n.bbox().top() + n.bbox().bottom()) / 2;
            if (cx >= x0 - margin && cx <= x1 + margin && cy >= top - margin && cy <= bottom + margin) {
                near.add(n);
            }
        }
        return near;
    }
}
