package org.disclosure.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;

/**
 * What a proof-reader marks, as warnings: punctuation doubled or clashing (。。, ，，, 。，, ；；),
 * a figure typed half in full-width digits (１２.5) or an amount with a full-width point (180．25万元), and a sentence a page break cut off (the page
 * ends mid-sentence and the next opens a new heading). Table rows, 目录 leaders and ellipses
 * (……) are not punctuation slips.
 */
final class TextHygieneRule implements Rule {

    static final String PUNCTUATION = "text.punctuation";
    static final String MIXED_WIDTH = "text.mixed-width";
    static final String CUT_SENTENCE = "text.cut-sentence";
    /** Two marks that end or split a clause, one after the other. */
    private static final Pattern DOUBLED = Pattern.compile("[，。；、：,;][，。；、,;]|[，；、,;][：]");
    /** A figure: digits of either width, with the points and separators between them. */
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９][0-9０-９.,．，]*[0-9０-９]");
    private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("[０-９]");
    private static final Pattern HALF_WIDTH_DIGIT = Pattern.compile("[0-9]");
    /** An amount or a rate follows: 180．25万元 is a figure typed with a full-width point, 8．2026年 a list number. */
    private static final Pattern AMOUNT_UNIT = Pattern.compile("^(?:[万亿千百]?元|%|％)");
    /** How a page's text may end mid-sentence on purpose: not at all for running text that ends in a word or a comma. */
    private static final Pattern OPEN_END = Pattern.compile("[\\p{IsHan}，、,]$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—－\\s]*(?:第\\s*)?\\d{1,3}\\s*(?:页)?[-—－\\s]*$");
    /** Running text, not a label or a caption: long, and in clauses. */
    private static final int LONG_SENTENCE = 20;
    private static final Pattern CLAUSE = Pattern.compile("[，,]");

    @Override
    public List<Check> check(DisclosureDocument document) {
        List<DisclosurePage> pages = document.pages().stream().filter(DisclosurePage::hasTextLayer).toList();
        if (pages.isEmpty()) {
            return List.of();
        }
        List<Check> checks = new ArrayList<>();
        for (DisclosurePage page : pages) {
            for (String line : page.text().split("\n")) {
                if (line.contains("\t")) {
                    continue; // a table row: its cells' text are not sentences
                }
                Matcher doubled = DOUBLED.matcher(line);
                while (doubled.find()) {
                    String shown = YearMention.around(line, doubled.start(), doubled.end());
                    checks.add(warn(PUNCTUATION, "第" + page.number() + "页「" + shown + "」: 标点「" + doubled.group()
                            + "」重复或连用", page.number(), shown));
                }
                Matcher figure = FIGURE.matcher(line);
                while (figure.find()) {
                    String text = figure.group();
                    boolean fullWidthDigits = FULL_WIDTH_DIGIT.matcher(text).find()
                            && (HALF_WIDTH_DIGIT.matcher(text).find() || text.contains("."));
                    boolean fullWidthPoint = text.contains("．") && HALF_WIDTH_DIGIT.matcher(text).find()
                            && AMOUNT_UNIT.matcher(line.substring(figure.end())).find();
                    if (fullWidthDigits || fullWidthPoint) {
                        String shown = YearMention.around(line, figure.start(), figure.end());
                        checks.add(warn(MIXED_WIDTH, "第" + page.number() + "页「" + shown + "」: 数字「" + text
                                + "」全角与半角混排", page.number(), shown));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < pages.size(); i++) {
            String last = lastParagraph(pages.get(i));
            String next = firstTextLine(pages.get(i + 1));
            if (last != null && next != null && last.length() >= LONG_SENTENCE && CLAUSE.matcher(last).find()
                    && OPEN_END.matcher(last).find() && PageText.isHeading(next)) {
                String shown = "…" + last.substring(Math.max(0, last.length() - 20));
                checks.add(warn(CUT_SENTENCE, "第" + pages.get(i).number() + "页末句「" + shown + "」未完, 第"
                        + pages.get(i + 1).number() + "页接着是标题「" + next + "」: 句子似被分页截断", pages.get(i).number(), shown));
            }
        }
        if (checks.isEmpty()) {
            checks.add(new Check(PUNCTUATION, CheckStatus.PASS, "正文未见重复标点、全半角混排的数字或被分页截断的句子",
                    null, null, null, List.of()));
        }
        return checks;
    }

    /** The running text the page ends with, or null when it ends with a table or a heading. */
    private static String lastParagraph(DisclosurePage page) {
        List<String> lines = meaningful(page);
        if (lines.isEmpty() || lines.get(lines.size() - 1).equals("\t") || PageText.isHeading(lines.get(lines.size() - 1))) {
            return null;
        }
        List<String> paragraphs = new PageText(new DisclosurePage(page.number(), String.join("\n", lines), true, null)).paragraphs();
        return paragraphs.get(paragraphs.size() - 1);
    }

    private static String firstTextLine(DisclosurePage page) {
        List<String> lines = meaningful(page);
        return lines.isEmpty() ? null : lines.get(0);
    }

    /** The page's lines without blank lines and page numbers; a table row stops the page's running text. */
    private static List<String> meaningful(DisclosurePage page) {
        List<String> lines = new ArrayList<>();
        for (String line : page.text().split("\n")) {
            String text = line.strip();
            if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) {
                lines.add(text.contains("\t") ? "\t" : text);
            }
        }
        return lines;
    }

    private static Check warn(String rule, String message, int page, String text) {
        return new Check(rule, CheckStatus.WARN, message, null, null, null,
                List.of(new CheckRef(null, null, null, null, null, page, null, text)));
    }
}
