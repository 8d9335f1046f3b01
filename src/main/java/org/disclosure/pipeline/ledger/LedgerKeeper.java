package org.disclosure.pipeline.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.NarrativeFigure;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.Glyph;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;
import org.disclosure.pipeline.table.Cell;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Accounts for every number printed on every page: each is a table cell, a narrative figure, a piece
 * of furniture, or unaccounted. Reads the page model the extraction built; parses nothing again.
 */
public final class LedgerKeeper {

    /** A run of digits with the separators disclosures print inside one number: 1, 089. 40 and １３.７. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9０-９])[0-9０-９]+(?:[ ]?[.,，．][ ]?[0-9０-９]+)*");
    private static final Pattern NEXT_TO_NUMBER = Pattern.compile("[0-9０-９%％][ \\t\u3000]+$");
    private static final Pattern NUMBER_NEXT = Pattern.compile("[ \\t\u3000]+[-−]?[0-9０-９]");
    /** How far (in points) a number's centre may stand outside the box it belongs to. */
    private static final double SLACK = 1.0;
    /** Inside a sentence the glyphs around a number stand closer than this many font sizes. */
    private static final double SENTENCE_GAP = 1.0;

    private LedgerKeeper() {
    }

    public static FigureLedger account(List<PageModel> pages, List<Table> tables, List<NarrativeFigure> figures) {
        List<PageLedger> ledgers = new ArrayList<>();
        for (PageModel page : pages) {
            if (page.hasTextLayer()) {
                ledgers.add(page(page, cellBoxes(tables, page.number()), figureBoxes(figures, page.number())));
            }
        }
        return FigureLedger.of(ledgers);
    }

    private static PageLedger page(PageModel page, List<Box> cells, List<Box> figures) {
        boolean contents = isContents(page);
        int numbers = 0;
        int table = 0;
        int narrative = 0;
        int furniture = 0;
        List<UnaccountedNumber> unaccounted = new ArrayList<>();
        for (TextLine line : page.lines()) {
            Matcher m = NUMBER.matcher(line.text());
            while (m.find()) {
                Box box = line.boxOf(m.start(), m.end());
                if (box == null) {
                    continue; // not drawn: nothing printed to account for
                }
                numbers++;
                if (containsCentre(cells, box)) {
                    table++;
                } else if (containsCentre(figures, box)) {
                    narrative++;
                } else if (Furniture.of(line.text(), m.start(), m.end(), contents) != null) {
                    furniture++;
                } else if (insideSentence(line, m.start(), m.end(), box)) {
                    narrative++;
                } else {
                    unaccounted.add(new UnaccountedNumber(m.group(), line.text().strip(), box.rounded()));
                }
            }
        }
        return new PageLedger(page.number(), numbers, table, narrative, furniture, List.copyOf(unaccounted),
                page.unrecoveredPrivateUse());
    }

    /**
     * A bare number within a sentence (编制数 61, 实有人数…) is part of the running text; a number set
     * apart by wide gaps, as a table's columns are, or next to another number with nothing but space
     * between them (行政运行 120.00 80.00), is not, however much text stands beside it.
     */
    private static boolean insideSentence(TextLine line, int start, int end, Box box) {
        String text = line.text();
        if (NEXT_TO_NUMBER.matcher(text.substring(0, start)).find()
                || NUMBER_NEXT.matcher(text.substring(end)).lookingAt()) {
            return false;
        }
        Glyph before = null;
        for (int i = start - 1; i >= 0 && before == null; i--) {
            before = drawn(line, i);
        }
        Glyph after = null;
        for (int i = end; i < line.text().length() && after == null; i++) {
            after = drawn(line, i);
        }
        if (before == null && after == null) {
            return false; // a number alone on its line
        }
        double em = Math.max(line.size(), 1);
        boolean closeBefore = before == null || box.x0() - before.x1() < SENTENCE_GAP * em;
        boolean closeAfter = after == null || after.x0() - box.x1() < SENTENCE_GAP * em;
        return closeBefore && closeAfter && hasIdeograph(line.text());
    }

    private static Glyph drawn(TextLine line, int index) {
        Glyph glyph = index < line.charGlyphs().size() ? line.charGlyphs().get(index) : null;
        return glyph == null || glyph.isSpace() ? null : glyph;
    }

    private static boolean hasIdeograph(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A page listing the document's parts: its numbers at the end of lines are page references. */
    private static boolean isContents(PageModel page) {
        return page.lines().stream().anyMatch(l -> TextNormalizer.withoutSpaces(l.text()).equals("目录"));
    }

    private static boolean containsCentre(List<Box> boxes, Box box) {
        double x = (box.x0() + box.x1()) / 2;
        double y = (box.top() + box.bottom()) / 2;
        for (Box b : boxes) {
            if (x >= b.x0() - SLACK && x <= b.x1() + SLACK && y >= b.top() - SLACK && y <= b.bottom() + SLACK) {
                return true;
            }
        }
        return false;
    }

    private static List<Box> cellBoxes(List<Table> tables, int page) {
        List<Box> boxes = new ArrayList<>();
        for (Table table : tables) {
            for (List<Cell> row : table.rows()) {
                for (Cell cell : row) {
                    if (cell.page() == page && !cell.isEmpty()) {
                        boxes.add(cell.box());
                    }
                }
            }
        }
        return boxes;
    }

    private static List<Box> figureBoxes(List<NarrativeFigure> figures, int page) {
        List<Box> boxes = new ArrayList<>();
        for (NarrativeFigure figure : figures) {
            if (figure.page() == page) {
                boxes.addAll(figure.boxes());
            }
        }
        return boxes;
    }

}
