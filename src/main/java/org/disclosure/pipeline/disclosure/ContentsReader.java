package org.disclosure.pipeline.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables a document's 目录 lists, in their order. The 目录 is the page headed 目录 (and a
 * following page that goes on listing with leaders and page numbers); a table entry is a numbered
 * line whose title ends in 表 and is either numbered as a table (表一, 1.) or a standard table's title.
 * Part and section headings (第二部分 …决算表, 五、部门预算表) are not tables.
 */
public final class ContentsReader {

    private static final Pattern HEADING = Pattern.compile("^\\s*目\\s*录\\s*$");
    /** Dot leaders and the page number after them: ……… 12, ····12, ...12. */
    private static final Pattern LEADER_AND_PAGE = Pattern.compile("\\s*(?:[.…·．\\-—_⋯]{2,}\\s*(\\d{1,3})?|\\s+(\\d{1,3}))\\s*$");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十\\d]+部分");
    private static final Pattern TABLE_NUMBERING = Pattern.compile("^(?:附?表\\s*[一二三四五六七八九十\\d]+|\\d{1,2}\\s*[.．、])");
    private static final int MAX_ENTRY = 70;

    private ContentsReader() {
    }

    /** The pages that hold the 目录. */
    public static List<Integer> pages(List<DisclosurePage> pages) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (headed(pages.get(i))) {
                found.add(pages.get(i).number());
                for (int j = i + 1; j < pages.size() && listing(pages.get(j)); j++) {
                    found.add(pages.get(j).number());
                }
                break;
            }
        }
        return found;
    }

    public static List<ContentsEntry> entries(List<DisclosurePage> pages, TableCatalogue catalogue, String documentKind) {
        List<Integer> contents = pages(pages);
        List<ContentsEntry> entries = new ArrayList<>();
        for (DisclosurePage page : pages) {
            if (!contents.contains(page.number())) {
                continue;
            }
            List<String[]> lines = lines(page);
            for (String[] line : lines) {
                String title = PrintedTitles.normalize(line[0]);
                boolean numberedAsTable = TABLE_NUMBERING.matcher(line[0]).find();
                if (PART.matcher(line[0]).find() || !title.endsWith("表") || title.length() < 4
                        || !numberedAsTable && catalogue.classify(line[0], List.of(), documentKind) == null) {
                    continue;
                }
                String printedTitle = line[0].substring(PrintedTitles.numbering(line[0]).length()).strip();
                entries.add(new ContentsEntry(line[0], printedTitle, page.number(),
                        line[1] == null ? null : Integer.valueOf(line[1])));
            }
        }
        return entries;
    }

    /** The page's 目录 lines after the heading, as [text, printed page or null]; a line without numbering continues the one before. */
    private static List<String[]> lines(DisclosurePage page) {
        List<String[]> lines = new ArrayList<>();
        boolean started = !headed(page);
        for (String raw : page.text().split("\n")) {
            if (!started) {
                started = HEADING.matcher(raw).matches();
                continue;
            }
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            String printedPage = null;
            Matcher leader = LEADER_AND_PAGE.matcher(text);
            if (leader.find()) {
                printedPage = leader.group(1) != null ? leader.group(1) : leader.group(2);
                text = text.substring(0, leader.start()).strip();
            }
            String[] previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (previous != null && previous[1] == null && text.matches("\\d{1,3}")) {
                previous[1] = text; // the page number on a line of its own
                continue;
            }
            boolean continues = previous != null && previous[1] == null && !previous[0].endsWith("表")
                    && PrintedTitles.numbering(text).isEmpty()
                    && !PART.matcher(text).find() && previous[0].length() + text.length() <= MAX_ENTRY;
            if (continues) {
                previous[0] = previous[0] + text;
                previous[1] = printedPage;
            } else if (text.length() <= MAX_ENTRY) {
                lines.add(new String[] {text, printedPage});
            }
        }
        return lines;
    }

    private static boolean headed(DisclosurePage page) {
        return page.text().lines().limit(5).anyMatch(line -> HEADING.matcher(line).matches());
    }

    /** A page that goes on with the 目录: most of its lines end in leaders or a page number. */
    private static boolean listing(DisclosurePage page) {
        List<String> lines = page.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        long led = lines.stream().filter(l -> LEADER_AND_PAGE.matcher(l).find() && l.length() <= MAX_ENTRY + 10).count();
        return !lines.isEmpty() && led * 10 >= lines.size() * 7;
    }
}
