package org.disclosure.pipeline.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.TextLine;
import org.disclosure.pipeline.pdf.TextNormalizer;
import org.disclosure.pipeline.table.Table;

/** Reads the document's identity from its title page: the largest text on the first page with text. */
public final class IdentityReader {

    static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** A city report covers last year's execution and this year's draft: the draft's year is the budget year. */
    private static final Pattern DRAFT_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?\\s*预算草案");
    /**
     * The year of a budget a report proposes (关于北京市2023年预算执行情况和2024年预算的报告): a year
     * followed by 预算 that is not 预算执行情况.
     */
    private static final Pattern BUDGET_YEAR = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年(?:度)?\\s*(?:[^\\s年]{1,3}级)?(?:部门|单位)?预算(?!执行)");
    /** The publishing unit as title pages name it: 预算主管部门：上海市普陀区司法局. */
    private static final Pattern UNIT_LABEL = Pattern.compile(
            "(?:预算主管部门|预算单位|主管部门|部门名称|单位名称|编制部门|编制单位)\\s*[:：]\\s*(\\S+)");
    /** Words that end the name of an organ or institution, as opposed to a region. */
    /** A title that is only an organ's name, the year and kind set on lines of their own. */
    private static final Pattern ORGAN_TITLE = Pattern.compile("\\p{IsHan}{2,30}(局|办公室|委员会|厅|院|中心|所|站|馆|校|社)");
    static final Pattern ORGANISATION = Pattern.compile("(局|办公室|办|院|委员会|委|厅|处|中心|所|室|会|部|站|馆|校|队|社|团)$");
    private static final Pattern DATE_LINE = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DELIVERED = Pattern.compile("((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日在.{0,30}(?:会议|大会)");
    /** How many leading pages may name the unit. */
    private static final int TITLE_PAGES = 2;
    static final List<String> KINDS = List.of("部门决算", "单位决算", "部门预算", "单位预算", "决算", "预算");

    private IdentityReader() {
    }

    private static Integer lastBudgetYear(String title) {
        Matcher budget = BUDGET_YEAR.matcher(title);
        Integer last = null;
        while (budget.find()) {
            last = Integer.valueOf(budget.group(1));
        }
        return last;
    }

    public static DocumentIdentity read(List<PageModel> pages, List<Table> tables, String fallbackTitle) {
        return read(pages, tables, fallbackTitle, null);
    }

    /**
     * The identity from the title; what the title leaves out, from the rest of the cover, the
     * pages' running header, signature and 编制单位 lines and the report's own wording, and only
     * then from the file name. The evidence names the source of each field.
     */
    public static DocumentIdentity read(List<PageModel> pages, List<Table> tables, String fallbackTitle, String fileName) {
        Map<String, String> evidence = new LinkedHashMap<>();
        String title = titleOf(pages);
        if (title == null || title.isBlank()) {
            title = fallbackTitle;
            if (title != null) {
                evidence.put("title", "the PDF's Title metadata");
            }
        } else {
            evidence.put("title", "page " + firstTextPage(pages) + ": the largest text");
        }
        String normalized = title == null ? "" : joinDigits(TextNormalizer.normalize(title));
        Integer year = null;
        String titlePrefix = null;
        Matcher yearMatch = YEAR.matcher(normalized);
        if (yearMatch.find()) {
            year = Integer.valueOf(yearMatch.group(1));
            // 关于X… and X人民政府关于…: the report of a government names its region; 关于 is no part of a name
            String before = normalized.substring(0, yearMatch.start()).replaceFirst("^关于", "").strip()
                    .replaceFirst("(?:人民政府)?\\s*关于$", "").strip();
            titlePrefix = before.isEmpty() ? null : before;
        } else if (ORGAN_TITLE.matcher(TextNormalizer.withoutSpaces(normalized)).matches()) {
            titlePrefix = TextNormalizer.withoutSpaces(normalized); // a cover led by the organ's name alone (江源市教育局)
        }
        Matcher draft = DRAFT_YEAR.matcher(normalized);
        if (draft.find()) {
            year = Integer.valueOf(draft.group(1));
        }
        if (year != null) {
            evidence.put("year", draft.find(0) ? "the title's 预算草案 year" : "the title");
        }
        String spaceless = TextNormalizer.withoutSpaces(normalized);
        String kind = KINDS.stream().filter(spaceless::contains).findFirst().orElse(null);
        if (kind != null) {
            evidence.put("kind", "the title");
        }
        for (IdentitySource source : IdentitySource.beyondTheTitle(pages, fileName)) {
            if (year == null && source.year() != null) {
                year = source.year();
                evidence.put("year", source.evidence());
            }
            if (kind == null && source.kind() != null) {
                kind = source.kind();
                evidence.put("kind", source.evidence());
            }
        }
        Integer proposed = kind != null && kind.endsWith("预算") ? lastBudgetYear(normalized) : null;
        if (proposed != null && !proposed.equals(year)) {
            year = proposed;
            evidence.put("year", "the title's year of the budget it proposes (…年预算, not 预算执行情况)");
        }
        // A labelled line names the unit best; then the title, unless it names only a region
        // (上海市普陀区2026年区级部门预算); then the tables' 编制部门, often abbreviated (克州...).
        String unit = null;
        String[] labelled = labelledUnit(pages);
        if (labelled != null) {
            unit = labelled[0];
            evidence.put("unit", labelled[1]);
        } else if (titlePrefix != null && ORGANISATION.matcher(titlePrefix).find()) {
            unit = titlePrefix;
            evidence.put("unit", "the title");
        }
        if (unit == null) {
            unit = tables.stream().map(Table::preparedBy).filter(p -> p != null && !p.isBlank()).findFirst().orElse(null);
            if (unit != null) {
                evidence.put("unit", "the tables' 编制部门");
            }
        }
        if (unit == null && titlePrefix != null) {
            unit = titlePrefix;
            evidence.put("unit", "the title");
        }
        if (unit == null) {
            IdentitySource header = IdentitySource.runningHeaderOf(pages);
            if (header != null && header.unit() != null) {
                unit = header.unit();
                evidence.put("unit", header.evidence());
            }
        }
        if (unit == null) {
            String[] signed = UnitWording.signed(pages);
            String[] worded = signed != null ? signed : UnitWording.worded(pages);
            if (worded != null) {
                unit = worded[0];
                evidence.put("unit", worded[1]);
            }
        }
        if (unit == null) {
            IdentitySource named = IdentitySource.fileName(fileName);
            if (named != null && named.unit() != null) {
                unit = named.unit();
                evidence.put("unit", named.evidence());
            }
        }
        String[] published = publicationDate(pages);
        if (published != null) {
            evidence.put("published", published[1]);
        }
        return new DocumentIdentity(title, unit, year, kind, published == null ? null : published[0],
                Collections.unmodifiableMap(evidence)); // in reading order: Map.copyOf's order changes from run to run
    }

    /** The unit a title page names on a labelled line, with where: {unit, evidence}. */
    private static String[] labelledUnit(List<PageModel> pages) {
        for (PageModel page : pages.subList(0, Math.min(TITLE_PAGES, pages.size()))) {
            for (TextLine line : page.lines()) {
                Matcher label = UNIT_LABEL.matcher(line.normalizedText());
                if (label.find()) {
                    return new String[] {label.group(1), "page " + page.number() + ": " + line.text().strip()};
                }
            }
        }
        return null;
    }

    /**
     * The date the document was issued, {ISO date, evidence}: a date standing alone on a line, as a
     * signature is dated, the last one in the document; or, on the title page, the date a report
     * was delivered (2023年1月7日在…会议上). Dates inside sentences (截至2025年8月31日) are not it.
     */
    private static String[] publicationDate(List<PageModel> pages) {
        String[] found = null;
        for (PageModel page : pages) {
            for (TextLine line : page.lines()) {
                String text = TextNormalizer.withoutSpaces(line.text());
                Matcher alone = DATE_LINE.matcher(text);
                Matcher delivered = DELIVERED.matcher(text);
                if (alone.matches() || page.number() <= TITLE_PAGES && delivered.find()) {
                    Matcher date = alone.matches() ? alone : delivered;
                    found = new String[] {String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(3))), "page " + page.number() + ": " + line.text().strip()};
                }
            }
        }
        return found;
    }

    /** A year printed with its digits spaced apart (2 0 2 3年) reads as 2023年. */
    static String joinDigits(String text) {
        return text.replaceAll("(?<=\\d)\\s+(?=\\d)", "");
    }

    private static int firstTextPage(List<PageModel> pages) {
        return pages.stream().filter(p -> !p.lines().isEmpty()).mapToInt(PageModel::number).findFirst().orElse(1);
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
