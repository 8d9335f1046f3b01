package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * A page's text as the text rules read it: its lines (full-width digits as ASCII), which of them are
 * headings, and its paragraphs, where a line that wrapped is joined to the next so that a name or a
 * year broken over two lines is read whole. The lines of the page's tables (their rows, and a
 * header cell printed on a line of its own) are no running text and are left out.
 */
final class PageText {

    /** 第三部分 …, 三、…, (三)…, 3．… 目录 entries: a line that opens a part of the outline. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+部分.{0,60}|[一二三四五六七八九十]+、[^。]{1,70}|[（(][一二三四五六七八九十]+[)）][^。]{1,60}"
                    + "|\\d{1,2}\\s*[.．、]\\s*(?:(?:19|20)\\d{2}\\s*年|[^。\\d])[^。]{1,60})$");
    /** A line ending a sentence or a clause that stands alone (a label line, a note). */
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。；;：:！!？?]$");

    private final DisclosurePage page;
    private final List<String> lines;

    PageText(DisclosurePage page) {
        this(page, Set.of());
    }

    private PageText(DisclosurePage page, Set<String> cells) {
        this.page = page;
        List<String> kept = new ArrayList<>();
        if (!page.text().isEmpty()) {
            for (String line : TextNormalizer.normalize(page.text()).split("\n")) {
                if (!cells.contains(flat(line))) {
                    kept.add(line);
                }
            }
        }
        this.lines = List.copyOf(kept);
    }

    static List<PageText> of(List<DisclosurePage> pages, List<DisclosureTable> tables) {
        return pages.stream().filter(DisclosurePage::hasTextLayer).map(p -> new PageText(p, cellTexts(tables, p.number())))
                .toList();
    }

    /** The text of every table cell printed on the page, without spaces. */
    private static Set<String> cellTexts(List<DisclosureTable> tables, int page) {
        Set<String> cells = new HashSet<>();
        for (DisclosureTable table : tables) {
            for (List<DisclosureCell> row : table.rows()) {
                for (DisclosureCell cell : row) {
                    if (cell.page() == page && !cell.text().isBlank()) {
                        cells.add(flat(TextNormalizer.normalize(cell.text())));
                    }
                }
            }
        }
        return cells;
    }

    static String flat(String text) {
        return TextNormalizer.withoutSpaces(text);
    }

    int number() {
        return page.number();
    }

    List<String> lines() {
        return lines;
    }

    static boolean isHeading(String line) {
        String text = line.strip();
        return !text.contains("\t") && HEADING.matcher(text).matches();
    }

    /** A line of a table as the page text gives it: cells are separated by tabs. */
    static boolean isTableRow(String line) {
        return line.contains("\t");
    }

    /**
     * The page's running text in paragraphs: a line is joined to the one before unless that one
     * ends a sentence, is a heading or a table row, or this one opens a heading.
     */
    List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            boolean breakBefore = previous == null || ENDS_PARAGRAPH.matcher(previous).find() || isHeading(previous)
                    || isTableRow(previous) || isHeading(line) || isTableRow(line);
            if (breakBefore && !current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            current.append(line);
            previous = line;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }
}
