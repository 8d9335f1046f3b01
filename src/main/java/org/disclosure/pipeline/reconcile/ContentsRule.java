package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosure.pipeline.disclosure.ContentsEntry;
import org.disclosure.pipeline.disclosure.ContentsReader;
import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.PrintedTitles;
import org.disclosure.pipeline.disclosure.StandardKind;
import org.disclosure.pipeline.disclosure.TableCatalogue;

/**
 * The 目录 against the tables: every table it lists is published, in the order it lists them, and
 * every standard table published is listed. A listed table we did not find is a fail only when
 * nothing on the pages suggests it is there: a page that prints its title, or figures where it
 * should be that we did not read into a table, make it our doubt (unverified).
 */
final class ContentsRule implements Rule {

    static final String ID = "document.contents";
    /** Ends the finding that a table is printed out of the 目录's order. */
    static final String OUT_OF_ORDER = "表的顺序与目录不符";
    /** Ends the finding that the table printed in an entry's place bears another title. */
    static final String MISPRINTED = "表名与目录不符";
    /** A 目录 that lists fewer tables than this lists parts and sections, not its tables. */
    private static final int LISTS_TABLES = 3;

    private final TableCatalogue catalogue = TableCatalogue.standard();

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<ContentsEntry> entries = ContentsReader.entries(document.pages(), catalogue, document.identity().kind());
        if (entries.size() < LISTS_TABLES) {
            return List.of();
        }
        Map<ContentsEntry, DisclosureTable> found = match(entries, document);
        Set<Integer> contentsPages = new HashSet<>(ContentsReader.pages(document.pages()));
        Map<ContentsEntry, DisclosureTable> inItsPlace = inPlaceOfMissing(entries, found, document);
        List<Check> checks = new ArrayList<>();
        DisclosureTable furthest = null;
        ContentsEntry furthestEntry = null;
        for (int i = 0; i < entries.size(); i++) {
            ContentsEntry entry = entries.get(i);
            DisclosureTable table = found.get(entry);
            if (table == null) {
                DisclosureTable printed = inItsPlace.get(entry);
                if (printed == null) {
                    checks.add(missing(document, entries, found, i, contentsPages));
                } else if (printed.title() == null) {
                    checks.add(misprinted(entry, printed).unverified("第" + page(printed) + "页该位置的表未读出标题，可能即此表"));
                } else {
                    String doubt = notFoundDoubt(document, entries, found, i, contentsPages);
                    checks.add(doubt == null ? misprinted(entry, printed) : misprinted(entry, printed).unverified(doubt));
                }
                continue;
            }
            if (furthest != null && position(table) < position(furthest)) {
                checks.add(new Check(ID, CheckStatus.FAIL, listed(entry) + "列在「" + furthestEntry.line() + "」之后，但正文第"
                        + page(table) + "页" + TableCells.name(table) + "印在第" + page(furthest) + "页"
                        + TableCells.name(furthest) + "之前：" + OUT_OF_ORDER,
                        null, null, null, List.of(ref(entry), tableRef(table), tableRef(furthest))));
                continue;
            }
            if (furthest == null || position(table) > position(furthest)) {
                furthest = table;
                furthestEntry = entry;
            }
            if (table.title() != null && PrintedTitles.contradict(entry.title(), table.title())) {
                checks.add(misprinted(entry, table));
                continue;
            }
            checks.add(new Check(ID, CheckStatus.PASS, listed(entry) + "见第" + page(table) + "页" + TableCells.name(table),
                    null, null, null, List.of(ref(entry), tableRef(table))));
        }
        for (DisclosureTable table : document.tables()) {
            if (table.standard() != null && publishedBy(table, document) && !found.containsValue(table)
                    && !inItsPlace.containsValue(table)
                    && !continues(table, found.values())) {
                checks.add(new Check(ID, CheckStatus.WARN, "第" + page(table) + "页" + TableCells.name(table) + "未列入目录(目录第"
                        + entries.get(0).page() + "页)", null, null, null, List.of(tableRef(table))));
            }
        }
        return checks;
    }

    /**
     * Each entry's table: the one whose printed title is most alike (not yet taken), or failing
     * that the first untaken table of the standard kind the entry's title names.
     */
    private Map<ContentsEntry, DisclosureTable> match(List<ContentsEntry> entries, DisclosureDocument document) {
        Map<ContentsEntry, DisclosureTable> found = new LinkedHashMap<>();
        Set<DisclosureTable> taken = new HashSet<>();
        for (ContentsEntry entry : entries) {
            DisclosureTable best = null;
            double likeness = PrintedTitles.SAME;
            for (DisclosureTable table : document.tables()) {
                double l = table.title() == null || taken.contains(table) ? 0 : PrintedTitles.likeness(entry.title(), table.title());
                if (l >= likeness && (best == null || l > likeness)) {
                    best = table;
                    likeness = l;
                }
            }
            if (best != null) {
                found.put(entry, best);
                taken.add(best);
            }
        }
        for (ContentsEntry entry : entries) {
            if (found.containsKey(entry)) {
                continue;
            }
            var kind = catalogue.classify(entry.title(), List.of(), document.identity().kind());
            if (kind == null) {
                continue;
            }
            document.tables().stream().filter(t -> !taken.contains(t) && t.standard() != null
                    && t.standard().kind().equals(kind.kind())).findFirst().ifPresent(t -> {
                        found.put(entry, t);
                        taken.add(t);
                    });
        }
        return found;
    }

    /**
     * For a listed table not found, the one table printed where it should be (after the table of the
     * entry before it, before the table of the entry after it, both found) that no entry lists and that
     * is a standard table this kind of document publishes: a 目录 line renamed, or a table's title
     * changed, is one defect, not a missing table and an unlisted one. An entry with a neighbour missing
     * is not paired: its range would run to the cover or the last page, where unlisted tables (项目支出
     * 绩效目标表) are no evidence of a misprint.
     */
    private Map<ContentsEntry, DisclosureTable> inPlaceOfMissing(List<ContentsEntry> entries,
                                                                       Map<ContentsEntry, DisclosureTable> found,
                                                                       DisclosureDocument document) {
        Map<ContentsEntry, DisclosureTable> paired = new LinkedHashMap<>();
        for (int index = 0; index < entries.size(); index++) {
            if (found.containsKey(entries.get(index))) {
                continue;
            }
            DisclosureTable before = nearestFound(entries, found, index, -1);
            DisclosureTable after = nearestFound(entries, found, index, 1);
            if (before == null || after == null) {
                continue; // an open end runs to the cover or the last page: any unlisted table there would do
            }
            double from = position(before);
            double to = position(after);
            // a titled table of no known kind counts too: a title changed past recognition (收入决算明细表) is still
            // the table printed in the entry's place
            List<DisclosureTable> between = document.tables().stream()
                    .filter(t -> position(t) > from && position(t) < to
                            && (listable(t, document) || t.standard() == null && t.title() != null) && !found.containsValue(t)
                            && !paired.containsValue(t) && !continues(t, found.values()))
                    .toList();
            if (between.size() == 1) {
                paired.put(entries.get(index), between.get(0));
            }
        }
        return paired;
    }

    /**
     * The table printed in the place of the 目录 entry of standard kind {@code kind} that no table answers
     * (see {@link #inPlaceOfMissing}): a required table reported missing may be that one under another title.
     * Null when the 目录 lists no such entry or nothing stands in its place.
     */
    DisclosureTable printedInPlaceOf(DisclosureDocument document, String kind) {
        List<ContentsEntry> entries = ContentsReader.entries(document.pages(), catalogue, document.identity().kind());
        if (entries.size() < LISTS_TABLES) {
            return null;
        }
        Map<ContentsEntry, DisclosureTable> found = match(entries, document);
        for (Map.Entry<ContentsEntry, DisclosureTable> paired : inPlaceOfMissing(entries, found, document).entrySet()) {
            var listed = catalogue.classify(paired.getKey().title(), List.of(), document.identity().kind());
            if (listed != null && listed.kind().equals(kind)) {
                return paired.getValue();
            }
        }
        return null;
    }

    /** The table of the nearest entry before ({@code step} -1) or after (+1) the one at {@code index} that was found. */
    private static DisclosureTable nearestFound(List<ContentsEntry> entries, Map<ContentsEntry, DisclosureTable> found,
                                                int index, int step) {
        for (int i = index + step; i >= 0 && i < entries.size(); i += step) {
            DisclosureTable table = found.get(entries.get(i));
            if (table != null) {
                return table;
            }
        }
        return null;
    }

    /**
     * The table printed where the entry's should be bears another title: either the entry's own match,
     * whose title contradicts the entry's (基本支出 for 项目支出), or, for an entry we did not find, the one
     * unlisted standard table of this document's kind printed between the tables of its found
     * neighbours. A fail as built here; the caller makes it unverified when the entry's title is printed
     * on a page or figures near it went unread, and {@link ExtractionDoubts} when OCR read the table's page.
     */
    private static Check misprinted(ContentsEntry entry, DisclosureTable table) {
        return new Check(ID, CheckStatus.FAIL, listed(entry) + "在正文中未见：相应位置第" + page(table) + "页所印为"
                + TableCells.name(table) + "，" + MISPRINTED, null, null, null, List.of(ref(entry), tableRef(table)));
    }

    /** The finding for a listed table not found: where it should be, and whether the page suggests it is there after all. */
    private static Check missing(DisclosureDocument document, List<ContentsEntry> entries,
                                 Map<ContentsEntry, DisclosureTable> found, int index, Set<Integer> contentsPages) {
        ContentsEntry entry = entries.get(index);
        DisclosureTable before = nearestFound(entries, found, index, -1);
        DisclosureTable after = nearestFound(entries, found, index, 1);
        String where = before == null && after == null ? ""
                : "(应在" + (before == null ? "" : "第" + page(before) + "页" + TableCells.name(before) + "之后")
                + (before != null && after != null ? "、" : "")
                + (after == null ? "" : "第" + page(after) + "页" + TableCells.name(after) + "之前") + ")";
        Check fail = new Check(ID, CheckStatus.FAIL, listed(entry) + "在正文中未见" + where, null, null, null,
                List.of(ref(entry)));
        String doubt = notFoundDoubt(document, entries, found, index, contentsPages);
        return doubt == null ? fail : fail.unverified(doubt);
    }

    /**
     * Why a listed table we did not find may be printed after all, or null: a page (not the 目录's)
     * prints its title, or between its found neighbours a page has figures no table took.
     */
    private static String notFoundDoubt(DisclosureDocument document, List<ContentsEntry> entries,
                                        Map<ContentsEntry, DisclosureTable> found, int index, Set<Integer> contentsPages) {
        ContentsEntry entry = entries.get(index);
        Integer named = PrintedTitles.pageNaming(document.pages(), List.of(entry.title()), contentsPages);
        if (named != null) {
            return "第" + named + "页印有该表标题，但未从该页读出表格";
        }
        DisclosureTable before = nearestFound(entries, found, index, -1);
        DisclosureTable after = nearestFound(entries, found, index, 1);
        int from = before == null ? 1 : page(before);
        int to = after == null ? document.pages().size() : page(after);
        for (int p = from; p <= to; p++) {
            if (!contentsPages.contains(p) && UnreadFigures.on(document, p)) {
                return "第" + p + "页有未读入任何表格的数字，该表可能在此而未被读出";
            }
        }
        return null;
    }

    /** Whether the document's kind must publish tables of this one's kind (项目支出绩效目标表 need not, and go unlisted with the narrative). */
    private boolean publishedBy(DisclosureTable table, DisclosureDocument document) {
        String kind = document.identity().kind();
        return kind != null && catalogue.tables().stream().anyMatch(s -> s.standardKind().is(table.standard().kind())
                && s.requiredIn().contains(kind));
    }

    /**
     * Whether a 目录 would list this table: a standard table this kind of document publishes, required or
     * optional, but not a project's 绩效目标表 (one per project, printed with the narrative, often unlisted).
     */
    private boolean listable(DisclosureTable table, DisclosureDocument document) {
        String kind = document.identity().kind();
        return kind != null && table.standard() != null
                && !StandardKind.BUDGET_PERFORMANCE_TARGETS.is(table.standard().kind())
                && catalogue.tables().stream().anyMatch(s -> s.standardKind().is(table.standard().kind())
                        && (s.requiredIn().contains(kind) || s.optionalIn().contains(kind)));
    }

    /** A later part of a table printed in pieces (续表) whose first part is listed: no entry of its own is due. */
    private static boolean continues(DisclosureTable table, java.util.Collection<DisclosureTable> listed) {
        return table.standard() != null && listed.stream().anyMatch(t -> t.standard() != null && t.standard().kind().equals(table.standard().kind())
                && t.title() != null && table.title() != null && PrintedTitles.likeness(t.title(), table.title()) >= PrintedTitles.SAME);
    }

    private static String listed(ContentsEntry entry) {
        return "目录第" + entry.page() + "页「" + entry.line() + "」" + (entry.printedPage() == null ? "" : "(标第" + entry.printedPage() + "页)");
    }

    private static int page(DisclosureTable table) {
        return table.pages().get(0);
    }

    /** Where the table begins: its page, then how far down. */
    private static double position(DisclosureTable table) {
        double top = table.rows().stream().flatMap(List::stream).filter(c -> c.bbox() != null && c.page() == page(table))
                .map(c -> c.bbox().top()).min(Comparator.naturalOrder()).orElse(0.0);
        return page(table) * 10_000.0 + top;
    }

    private static CheckRef ref(ContentsEntry entry) {
        return new CheckRef(null, null, null, null, null, entry.page(), null, entry.line());
    }

    private static CheckRef tableRef(DisclosureTable table) {
        return new CheckRef(table.title() != null ? table.title() : table.id(), table.id(), null, null, null, page(table),
                null, null);
    }
}
