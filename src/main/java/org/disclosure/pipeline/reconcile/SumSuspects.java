package org.disclosure.pipeline.reconcile;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/**
 * On pages read by OCR, a row total, column total, 类/款/项 sum, side of an overview (合计 and 总计 rows),
 * balance (收入总计 = 支出总计) or total restated in another table that does not hold may be a misread
 * digit rather than an error of the document. For each such failed check, the cells whose misreading
 * would explain it (one digit read as a look-alike, a digit dropped or added, a lost decimal point, or
 * any figure read with low confidence) are named as suspects and the check is unverified, not failed.
 * A cell read as empty where figures stand around it may be a figure missed altogether ({@link BlankSuspects}).
 * The figures are never changed. A sum no single plausible misreading explains stays failed, and so
 * does every sum on a page with a text layer.
 */
final class SumSuspects {

    /** Sum checks whose first ref is the total and whose other refs are the parts added up to it. */
    private static final Set<String> TOTAL_THEN_PARTS = Set.of(ClassTotalRule.ID, HierarchyRule.ID, SidesRule.ID,
            CrossTableRule.PROJECT_BY_CODE);
    /**
     * Checks of one figure printed twice (收入总计 and 支出总计, a total restated in another table): either
     * printing may be the misread one, and should then have read as the other.
     */
    private static final Set<String> PRINTED_TWICE = Set.of(BalanceRule.ID, CrossTableRule.BASIC,
            CrossTableRule.BY_CODE, CrossTableRule.PROJECT, CrossTableRule.OVERVIEW, CrossTableRule.FISCAL);
    private static final String ROW_IDENTITIES = "row.";
    /** Past this many a check names only the likeliest suspects. */
    private static final int NAMED = 3;
    /** A cell read empty where figures stand around it: as likely as a letter read for a digit. */
    private static final int BLANK_RANK = 1;
    /** Letters Tesseract reads for digits (O for 0, l or 丨 for 1, S for 5, B for 8...). */
    private static final String LOOK_ALIKE_LETTERS = "OoDQlIi|丨SsBZzGgq";
    /** Digit pairs whose shapes a scan blurs into each other. */
    private static final Set<String> LOOK_ALIKE_DIGITS = Set.of("38", "83", "56", "65", "68", "86", "08", "80", "06",
            "60", "17", "71", "35", "53", "89", "98", "09", "90", "49", "94", "28", "82");

    private SumSuspects() {
    }

    /** The checks with the explained ones unverified, and every suspect they name. */
    static Reconciliation explain(List<Check> checks, DisclosureDocument document, Set<Integer> ocrPages,
                                  List<UncertainReading> uncertain) {
        if (ocrPages.isEmpty()) {
            return new Reconciliation(checks, List.of());
        }
        List<Check> judged = new ArrayList<>(checks.size());
        List<SuspectCell> suspects = new ArrayList<>();
        for (Check check : checks) {
            List<SuspectCell> found = isSum(check) && check.status() == CheckStatus.FAIL
                    ? suspects(check, document, ocrPages, uncertain) : List.of();
            if (found.isEmpty()) {
                judged.add(check);
                continue;
            }
            suspects.addAll(found);
            judged.add(check.unverified(doubt(found)));
        }
        return new Reconciliation(judged, suspects);
    }

    private static boolean isSum(Check check) {
        boolean shape = TOTAL_THEN_PARTS.contains(check.rule()) || check.rule().startsWith(ROW_IDENTITIES)
                || PRINTED_TWICE.contains(check.rule()) && check.refs().size() == 2 && check.printed() != null;
        return shape && check.expected() != null && check.difference() != null && !check.refs().isEmpty();
    }

    /**
     * What the cell at ref {@code index} should have read for the check to hold: a total, the sum of its
     * parts; a part, itself plus what the total exceeds the sum by; one of a figure printed twice, the
     * other printing. Null when the cell is neither printing of a pair.
     */
    private static BigDecimal implied(Check check, int index, BigDecimal read) {
        if (PRINTED_TWICE.contains(check.rule())) {
            if (read.compareTo(check.printed()) == 0) {
                return check.expected();
            }
            return read.compareTo(check.expected()) == 0 ? check.printed() : null;
        }
        return index == 0 ? check.expected() : read.add(check.difference());
    }

    /** The cells of the check that a single plausible misreading explains, likeliest first. */
    private static List<SuspectCell> suspects(Check check, DisclosureDocument document, Set<Integer> ocrPages,
                                              List<UncertainReading> uncertain) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < check.refs().size(); i++) {
            CheckRef ref = check.refs().get(i);
            if (!ocrPages.contains(ref.page())) {
                continue;
            }
            DisclosureCell cell = cell(document, ref);
            if (cell == null || !cell.hasValue()) {
                continue;
            }
            BigDecimal implied = implied(check, i, cell.value());
            if (implied == null || implied.signum() < 0 || implied.compareTo(cell.value()) == 0) {
                continue;
            }
            UncertainReading reading = uncertainAt(ref, uncertain);
            Misreading misreading = Misreading.of(cell.text(), cell.value(), implied);
            if (reading == null && misreading == null) {
                continue;
            }
            String why = misreading != null ? misreading.why()
                    : "置信度低，任何数字都可能误读 (read with low confidence: any digit may be misread)";
            int rank = reading != null ? 0 : misreading.rank();
            candidates.add(new Candidate(rank, new SuspectCell(check.rule(), ref.page(), ref.bbox(), ref.table(),
                    ref.tableId(), ref.row(), ref.column(), ref.rowLabel(), cell.text(), format(implied, cell.text()),
                    implied, reading == null ? null : reading.confidence(), why)));
        }
        for (BlankSuspects.Blank blank : BlankSuspects.of(check, document, ocrPages)) {
            CheckRef ref = TableCells.ref(blank.table(), blank.cell());
            candidates.add(new Candidate(BLANK_RANK, new SuspectCell(check.rule(), ref.page(), ref.bbox(), ref.table(),
                    ref.tableId(), ref.row(), ref.column(), ref.rowLabel(), BlankSuspects.isBlank(blank.cell()) ? "" : blank.cell().text().strip(),
                    format(blank.implied(), BlankSuspects.isBlank(blank.cell()) ? check.printedText() : blank.cell().text()),
                    blank.implied(), null, BlankSuspects.isBlank(blank.cell()) ? BlankSuspects.WHY : BlankSuspects.WHY_UNREAD)));
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparing(c -> c.suspect().confidence() == null
                ? Double.MAX_VALUE : c.suspect().confidence()));
        // a likelier misreading (a look-alike) outweighs a merely possible one (any digit differs)
        int best = candidates.isEmpty() ? 0 : candidates.get(0).rank();
        return candidates.stream().filter(c -> c.rank() == best).limit(NAMED).map(Candidate::suspect).toList();
    }

    private record Candidate(int rank, SuspectCell suspect) {
    }

    private static DisclosureCell cell(DisclosureDocument document, CheckRef ref) {
        if (ref.tableId() == null || ref.row() == null || ref.column() == null) {
            return null;
        }
        for (DisclosureTable table : document.tables()) {
            if (!ref.tableId().equals(table.id())) {
                continue;
            }
            for (List<DisclosureCell> row : table.rows()) {
                for (DisclosureCell cell : row) {
                    if (cell.row() == ref.row() && cell.column() == ref.column()) {
                        return cell;
                    }
                }
            }
        }
        return null;
    }

    private static UncertainReading uncertainAt(CheckRef ref, List<UncertainReading> uncertain) {
        if (ref.bbox() == null) {
            return null;
        }
        for (UncertainReading reading : uncertain) {
            if (reading.page() == ref.page() && ExtractionDoubts.overlap(ref.bbox(), reading.bbox())) {
                return reading;
            }
        }
        return null;
    }

    private static String doubt(List<SuspectCell> suspects) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (SuspectCell s : suspects) {
            String place = "第" + s.page() + "页" + (s.table() == null ? "" : s.table()) + " " + (s.rowLabel() == null ? ""
                    : s.rowLabel()) + "第" + (s.column() + 1) + "列";
            String confidence = s.confidence() == null ? "" : "，置信度" + s.confidence();
            zh.append(zh.isEmpty() ? "" : "；或").append(place).append("识别为「").append(s.read()).append("」")
                    .append(confidence).append("，若为「").append(s.implied()).append("」则合计成立");
            en.append(en.isEmpty() ? "" : "; or ").append(s.read().isEmpty() ? "an empty cell" : s.read()).append(" on page ").append(s.page())
                    .append(s.confidence() == null ? "" : " (confidence " + s.confidence() + ")")
                    .append(" would make the sum hold as ").append(s.implied()).append(": ").append(s.why());
        }
        return zh + "。可能是文字识别的误读，数值未作改动 (a misreading by OCR may explain it, the figures are left as read: "
                + en + ")";
    }

    /** The implied value written as the read text is: with its decimals and its thousands separators. */
    static String format(BigDecimal implied, String read) {
        int decimals = Math.max(0, Math.max(decimals(read), implied.stripTrailingZeros().scale()));
        StringBuilder pattern = new StringBuilder(read != null && read.contains(",") ? "#,##0" : "0");
        if (decimals > 0) {
            pattern.append('.').append("0".repeat(decimals));
        }
        DecimalFormat format = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(implied);
    }

    private static int decimals(String read) {
        if (read == null) {
            return 0;
        }
        int dot = read.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        int digits = 0;
        for (int i = dot + 1; i < read.length() && Character.isDigit(read.charAt(i)); i++) {
            digits++;
        }
        return digits;
    }

    /** How the printed value could have been read as the read one; rank 1 is the likeliest. */
    record Misreading(int rank, String why) {

        static Misreading of(String text, BigDecimal read, BigDecimal implied) {
            if (text != null && text.chars().anyMatch(ch -> LOOK_ALIKE_LETTERS.indexOf(ch) >= 0)) {
                return new Misreading(1, "识别文字含形近字母 (the read text holds a letter that looks like a digit)");
            }
            int scale = Math.max(Math.max(read.scale(), 0), Math.max(implied.stripTrailingZeros().scale(), 0));
            String r = read.abs().setScale(scale).unscaledValue().toString();
            String p = implied.abs().setScale(scale).unscaledValue().toString();
            if (r.length() == p.length()) {
                int differ = -1;
                for (int i = 0; i < r.length(); i++) {
                    if (r.charAt(i) != p.charAt(i)) {
                        if (differ >= 0) {
                            return decimalPoint(read, implied);
                        }
                        differ = i;
                    }
                }
                if (differ < 0) {
                    // the same digits, only the sign differs (a minus sign lost or a dash read as one)
                    return new Misreading(3, "正负号识别有误 (the minus sign was lost or misread)");
                }
                String pair = "" + p.charAt(differ) + r.charAt(differ);
                return LOOK_ALIKE_DIGITS.contains(pair)
                        ? new Misreading(2, "形近数字：" + p.charAt(differ) + " 识别为 " + r.charAt(differ) + " (look-alike digit: "
                        + p.charAt(differ) + " read as " + r.charAt(differ) + ")")
                        : new Misreading(4, "一位数字不同：" + p.charAt(differ) + " 识别为 " + r.charAt(differ) + " (one digit differs: "
                        + p.charAt(differ) + " read as " + r.charAt(differ) + ")");
            }
            if (Math.abs(r.length() - p.length()) == 1 && oneDeleted(r.length() > p.length() ? r : p,
                    r.length() > p.length() ? p : r)) {
                return new Misreading(5, r.length() > p.length() ? "多识别了一位数字 (a digit too many was read)"
                        : "漏识别了一位数字 (a digit was dropped)");
            }
            return decimalPoint(read, implied);
        }

        /** The same digits with the decimal point lost or moved: a ratio of a power of ten. */
        private static Misreading decimalPoint(BigDecimal read, BigDecimal implied) {
            BigDecimal a = read.abs().stripTrailingZeros();
            BigDecimal b = implied.abs().stripTrailingZeros();
            if (a.signum() != 0 && a.unscaledValue().equals(b.unscaledValue())) {
                return new Misreading(3, "小数点丢失或错位 (the decimal point was lost or misplaced)");
            }
            return null;
        }

        private static boolean oneDeleted(String longer, String shorter) {
            for (int i = 0; i < longer.length(); i++) {
                if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                    return true;
                }
            }
            return false;
        }
    }
}
