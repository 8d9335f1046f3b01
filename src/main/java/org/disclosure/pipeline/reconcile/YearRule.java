package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Every year the document gives as its own agrees with its year: the cover, the headings and
 * table titles of a department's or unit's document, the sentences that give this year's figures
 * (2021年预算数为 in a 2022 budget has kept last year's text), the columns of this year's figures,
 * the date of its asset counts (截至…年12月31日) and of its signature. A year compared with
 * (比2021年), cited (《…2019年修订》, 〔2021〕12号), spanned (2021-2025年) or recalled (自2018年以来)
 * is no claim; neither is last year's execution in a budget (2023年预算执行数 in a 2024 budget).
 */
final class YearRule implements Rule {

    static final String ID = "document.year";
    static final String HEADING = "document.year-heading";
    static final String COLUMN = "document.year-column";
    static final String DATE = "document.year-date";
    static final String COMPARISON = "document.year-comparison";
    /** A heading may speak of last year's execution in a budget (2025年预算执行情况), or next year's plan in final accounts. */
    private static final Pattern PAST_WORDS = Pattern.compile("执行|决算|上年|实际|完成");
    private static final Pattern NEXT_WORDS = Pattern.compile("预算|计划|上半年|1[-—－~]6月");
    /** Who the document speaks of as itself: 本部门2024年…, 2022年，本单位…. */
    private static final Pattern SELF_BEFORE = Pattern.compile("(?:本部门|本单位|本局|我局|我单位|我部门|本机关)\\s*$");
    /** The clause after a year and its comma: 2024年度，上海市普陀区规划与自然资源局收入… */
    private static final Pattern OPENING = Pattern.compile("^\\s*度?\\s*[，,]\\s*([\\p{IsHan}()（）]{2,24})");
    private static final Pattern MONEY = Pattern.compile("预算|决算|收入|支出|收支|经费|采购|拨款");
    private static final int COVER_LINES = 15;
    private static final int TITLE_LINES = 2;
    private static final Pattern SELF_AFTER = Pattern.compile("^\\s*度?\\s*[，,]?\\s*(?:本部门|本单位|本局|我局|我单位|我部门)");

    @Override
    public List<Check> check(DisclosureDocument document) {
        DocumentIdentity identity = document.identity();
        if (identity.year() == null || identity.kind() == null) {
            return List.of();
        }
        boolean budget = identity.kind().endsWith("预算");
        boolean departmental = identity.kind().length() > 2;
        List<PageText> pages = PageText.of(document.pages(), document.tables());
        int year = departmental ? documentYear(identity.year(), pages, document.tables()) : identity.year();
        YearFindings findings = new YearFindings(year, identity.kind());
        UnitName self = identity.unit() == null ? null : UnitName.parse(identity.unit());
        Set<String> titles = new HashSet<>();
        for (DisclosureTable table : document.tables()) {
            if (table.title() != null) {
                String title = TextNormalizer.normalize(table.title());
                titles.add(TextNormalizer.withoutSpaces(title));
                heading(findings, title, table.pages().get(0), table, departmental, budget);
            }
            columns(findings, table, budget);
        }
        int cover = pages.isEmpty() ? -1 : pages.get(0).number();
        // a cover is short; a first page of running text has only its title read as the cover
        int coverLines = pages.isEmpty() || pages.get(0).lines().size() <= COVER_LINES ? COVER_LINES : TITLE_LINES;
        for (PageText page : pages) {
            // the cover is read as headings: every year on it is the document's
            List<String> readAsHeadings = new ArrayList<>();
            for (int i = 0; i < page.lines().size(); i++) {
                String line = page.lines().get(i);
                boolean isTitle = endsWithTitle(line, titles);
                boolean onCover = page.number() == cover && i < coverLines;
                if (!isTitle && !PageText.isTableRow(line) && (onCover || PageText.isHeading(line))) {
                    heading(findings, line.strip(), page.number(), null, departmental, budget);
                    readAsHeadings.add(line.strip());
                }
            }
            for (String paragraph : page.number() == cover && coverLines == COVER_LINES ? List.<String>of() : page.paragraphs()) {
                if (!endsWithTitle(paragraph, titles) && !PageText.isTableRow(paragraph) && !PageText.isHeading(paragraph)) {
                    narrative(findings, paragraph, page.number(), departmental, budget, self, readAsHeadings);
                }
            }
        }
        if (departmental) {
            published(findings, identity, budget);
        }
        return findings.checks();
    }

    /** A line that prints a table's title (表一: 单位收支总体情况表): the title is read with its table. */
    private static boolean endsWithTitle(String line, Set<String> titles) {
        String flat = PageText.flat(line);
        return titles.stream().anyMatch(t -> !t.isEmpty() && flat.endsWith(t));
    }

    /**
     * The year the document is of: its title's, unless its headings and table titles mostly name
     * another (a cover that kept last year's year is then the one wrong).
     */
    private static int documentYear(int titleYear, List<PageText> pages, List<DisclosureTable> tables) {
        Map<Integer, Integer> votes = new TreeMap<>();
        List<String> headings = new ArrayList<>();
        tables.stream().map(DisclosureTable::title).filter(t -> t != null).forEach(t -> headings.add(TextNormalizer.normalize(t)));
        pages.forEach(p -> p.lines().stream().filter(PageText::isHeading).forEach(headings::add));
        for (String heading : headings) {
            for (YearMention mention : YearMention.in(heading)) {
                if (!mention.elsewhere()) {
                    votes.merge(mention.year(), 1, Integer::sum);
                }
            }
        }
        int own = votes.getOrDefault(titleYear, 0);
        return votes.entrySet().stream().filter(e -> e.getValue() >= 3 && e.getValue() > 2 * own)
                .map(Map.Entry::getKey).findFirst().orElse(titleYear);
    }

    /** A heading, the cover or a table title: in a department's document each year in it is the document's. */
    private static void heading(YearFindings findings, String line, int page, DisclosureTable table, boolean departmental,
                                boolean budget) {
        for (YearMention mention : YearMention.in(line)) {
            if (mention.elsewhere() || mention.asOf()) {
                continue;
            }
            boolean claim = departmental || mention.claimsOwnYear(budget);
            if (!claim) {
                continue;
            }
            findings.looked(HEADING);
            int year = findings.year;
            boolean otherPeriod = budget ? mention.year() == year - 1 && PAST_WORDS.matcher(line).find()
                    : mention.year() == year + 1 && NEXT_WORDS.matcher(line).find();
            if (mention.year() != year && !otherPeriod && (departmental || mention.claimsOwnYear(budget))) {
                String where = table != null ? "第" + page + "页《" + table.title() + "》表题" : "第" + page + "页标题「" + line + "」";
                findings.fail(HEADING, where + "写作 " + mention.year() + " 年, 本文件为 " + findings.describe(),
                        ref(table, page, line));
            }
        }
    }

    /** A sentence: a year it gives as that of this document's own figures, or of its asset count. */
    private static void narrative(YearFindings findings, String text, int page, boolean departmental, boolean budget,
                                  UnitName self, List<String> readAsHeadings) {
        int year = findings.year;
        for (YearMention mention : YearMention.in(text)) {
            if (!mention.asOf() && withinHeading(text, mention.start(), readAsHeadings)) {
                continue; // a cover title run into the 目录 line after it: read once, as the heading it is (dates are not read there)
            }
            String before = text.substring(Math.max(0, mention.start() - 40), mention.start()).replaceAll("\\s+", "");
            String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 12));
            String shown = YearMention.around(text, mention.start(), mention.end());
            // the ref quotes what is printed, without the ellipses of the message, so the page can be searched for it
            String quoted = text.substring(mention.start(), mention.end()) + LEADING_WORDS.matcher(after).replaceFirst("$1");
            String following = text.substring(mention.end(), Math.min(text.length(), mention.end() + 30));
            // the unit and a year, in a sentence of its money: 2025年，本部门完成… speaks of last year's work
            boolean ofItself = departmental && !mention.elsewhere() && !mention.asOf() && MONEY.matcher(following).find()
                    && (SELF_BEFORE.matcher(before).find() || SELF_AFTER.matcher(after).find() || namesSelf(self, before, following));
            if (mention.claimsOwnYear(budget) || departmental && mention.claimsOwnFigures(budget) || ofItself) {
                findings.looked(ID);
                if (mention.year() != year) {
                    findings.fail(ID, "第" + page + "页「" + shown + "」: 所称本年写作 " + mention.year() + " 年, 本文件为 "
                            + findings.describe(), ref(null, page, quoted));
                }
            } else if (departmental && mention.asOf() && mention.date()) {
                findings.looked(DATE);
                // 决算 counts assets at the end of its year; a budget at the end of last year or during this one
                boolean right = budget ? mention.year() == year - 1 || mention.year() == year : mention.year() == year;
                boolean yearEnd = after.matches("^\\s*(?:12\\s*月|底|末|年底|年末).*");
                if (!right && (budget || yearEnd)) {
                    findings.fail(DATE, "第" + page + "页「" + shown + "」: 时点写作 " + mention.year() + " 年, "
                            + (budget ? "预算应截至 " + (year - 1) + " 年或 " + year + " 年" : "决算应截至 " + year + " 年末")
                            + ", 本文件为 " + findings.describe(), ref(null, page, quoted));
                }
            } else if (departmental && budget && mention.comparison() && mention.year() == year
                    && mention.ownKind() != null && !after.contains("执行")) {
                findings.warn(COMPARISON, "第" + page + "页「" + shown + "」: 与 " + year + " 年预算相比, 而本文件就是 "
                        + year + " 年预算, 比较的基数应为上年(" + (year - 1) + " 年)", ref(null, page, quoted));
            }
        }
    }

    /** Whether the place in the paragraph lies in a line of it already read as a heading. */
    private static boolean withinHeading(String paragraph, int at, List<String> headings) {
        for (String heading : headings) {
            for (int from = paragraph.indexOf(heading); from >= 0; from = paragraph.indexOf(heading, from + 1)) {
                if (at >= from && at < from + heading.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The unit's own name just before the year (…规划和自然资源局2024年度) or opening the clause after
     * it (2024年度，上海市普陀区规划与自然资源局…), in any of its spellings.
     */
    private static boolean namesSelf(UnitName self, String before, String following) {
        if (self == null || self.body().length() < 2) {
            return false;
        }
        if (UnitName.canonical(before).endsWith(self.body())) {
            return true;
        }
        Matcher opening = OPENING.matcher(following);
        return opening.find() && UnitName.canonical(opening.group(1)).contains(self.body());
    }

    /**
     * A table with no column of this year whose column names another year as this year's figures
     * (2021年预算数 as the only budget column of a 2022 budget). A column beside one of this year is a
     * comparison; one of last year's execution or 决算 in a budget is last year's by its own words.
     */
    private static void columns(YearFindings findings, DisclosureTable table, boolean budget) {
        int year = findings.year;
        List<String> headers = table.columns().stream().map(c -> TextNormalizer.normalize(c).replace(" / ", "")).toList();
        boolean thisYear = headers.stream().anyMatch(h -> YearMention.in(h).stream().anyMatch(m -> m.year() == year));
        for (int c = 0; c < headers.size(); c++) {
            for (YearMention mention : YearMention.in(headers.get(c))) {
                if (!mention.claimsOwnYear(budget) || headers.get(c).contains("上年") || budget && headers.get(c).contains("执行")) {
                    continue;
                }
                findings.looked(COLUMN);
                if (mention.year() != year && !thisYear) {
                    int page = table.pages().get(0);
                    String title = table.title() != null ? table.title() : table.id();
                    findings.fail(COLUMN, "第" + page + "页《" + title + "》\"" + table.columns().get(c) + "\"列写作 "
                            + mention.year() + " 年, 表中没有 " + year + " 年的列, 本文件为 " + findings.describe(),
                            new CheckRef(title, table.id(), null, c, null, page, null, table.columns().get(c)));
                }
            }
        }
    }

    /** The date the document is signed: a budget in the months before or during its year, final accounts after it. */
    private static void published(YearFindings findings, DocumentIdentity identity, boolean budget) {
        if (identity.published() == null) {
            return;
        }
        int year = findings.year;
        int signed = Integer.parseInt(identity.published().substring(0, 4));
        findings.looked(DATE);
        boolean right = budget ? signed == year - 1 || signed == year : signed > year && signed <= year + 2;
        if (!right) {
            String evidence = identity.evidence().getOrDefault("published", "");
            int page = evidence.matches("^page \\d+:.*") ? Integer.parseInt(evidence.replaceAll("^page (\\d+):.*", "$1")) : 0;
            findings.fail(DATE, "第" + page + "页落款日期 " + identity.published() + " 与 " + findings.describe() + "不符("
                    + (budget ? "预算应于 " + (year - 1) + " 年末或 " + year + " 年内公开" : "决算应于 " + (year + 1) + " 年后公开") + ")",
                    new CheckRef(null, null, null, null, null, page, null, evidence.replaceFirst("^page \\d+: ", "")));
        }
    }

    /** The words right after a year, up to a figure, a mark or a break: 2021年「预算数为」157万元. */
    private static final java.util.regex.Pattern LEADING_WORDS = java.util.regex.Pattern.compile(
            "^([^\\d\\s，,。；;：:、]{0,8}).*", java.util.regex.Pattern.DOTALL);

    private static CheckRef ref(DisclosureTable table, int page, String text) {
        return table == null ? new CheckRef(null, null, null, null, null, page, null, text)
                : new CheckRef(table.title(), table.id(), null, null, null, page, null, table.title());
    }
}
