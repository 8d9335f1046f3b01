package org.disclosure.pipeline.disclosure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;
import org.disclosure.pipeline.pdf.TextNormalizer;
import org.disclosure.pipeline.table.Table;

/** Reads the document's identity from its title page: the largest text on the first page with text. */
public final class IdentityReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final List<String> KINDS = List.of("部门决算", "单位决算", "部门预算", "单位预算", "决算", "预算");

    private IdentityReader() {
    }

    public static DocumentIdentity read(List<PageModel> pages, List<Table> tables, String fallbackTitle) {
        String title = titleOf(pages);
        if (title == null || title.isBlank()) {
            title = fallbackTitle;
        }
        String normalized = title == null ? "" : TextNormalizer.normalize(title);
        Integer year = null;
        String unit = null;
        Matcher yearMatch = YEAR.matcher(normalized);
        if (yearMatch.find()) {
            year = Integer.valueOf(yearMatch.group(1));
            String before = normalized.substring(0, yearMatch.start()).strip();
            unit = before.isEmpty() ? null : before;
        }
        String kind = KINDS.stream().filter(normalized::contains).findFirst().orElse(null);
        if (unit == null) {
            unit = tables.stream().map(Table::preparedBy).filter(p -> p != null && !p.isBlank()).findFirst().orElse(null);
        }
        return new DocumentIdentity(title, unit, year, kind);
    }

    /** The lines set in the largest size on the first page that has text, joined in reading order. */
    static String titleOf(List<PageModel> pages) {
        for (PageModel page : pages) {
            List<TextLine> lines = page.lines();
            if (lines.isEmpty()) {
                continue;
            }
            double largest = lines.stream().mapToDouble(TextLine::size).max().orElse(0);
            StringBuilder title = new StringBuilder();
            boolean started = false;
            for (TextLine line : lines) {
                boolean big = line.size() >= largest - 0.5;
                if (big) {
                    started = true;
                    title.append(line.text().replace('\t', ' ').strip());
                } else if (started) {
                    break;
                }
            }
            return title.toString().replaceAll("\\s+", " ").strip();
        }
        return null;
    }
}
