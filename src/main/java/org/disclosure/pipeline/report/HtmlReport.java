package org.disclosure.pipeline.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.disclosure.DisclosureCell;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.disclosure.pipeline.disclosure.RequiredTable;
import org.disclosure.pipeline.ledger.FigureLedger;
import org.disclosure.pipeline.ledger.PageLedger;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.Amounts;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;

/**
 * report.html: one self-contained page (styles inline, pictures as data URIs) for a person to check
 * a document in seconds: who and what it is, the findings first with the very cells on the page,
 * then every table with the flagged cells marked, the narrative's claims and the missing tables.
 */
final class HtmlReport {

    /** Pages pictured per finding: enough to see the cells, not a copy of the document. */
    private static final int PICTURES_PER_FINDING = 2;
    private static final int LEDGER_EXAMPLES = 5;

    private final DocumentRecord record;
    private Evidence evidence;
    /** Each finding's pictures, by page: every page the report shows rendered once, before the findings are written. */
    private final Map<Check, Map<Integer, String>> pictured = new IdentityHashMap<>();
    private StringBuilder html = new StringBuilder();
    private final Map<String, CheckStatus> flags = new HashMap<>();
    private final Map<String, List<String>> flagReasons = new HashMap<>();

    HtmlReport(DocumentRecord record) {
        this.record = record;
        for (Check check : record.checks()) {
            if (check.status() == CheckStatus.PASS) {
                continue;
            }
            for (CheckRef ref : check.refs()) {
                if (!ref.elsewhere() && ref.tableId() != null && ref.row() != null && ref.column() != null) {
                    String key = cellKey(ref.tableId(), ref.row(), ref.column());
                    flags.merge(key, check.status(), HtmlReport::graver);
                    flagReasons.computeIfAbsent(key, k -> new ArrayList<>()).add(check.message());
                }
            }
        }
    }

    /** Of two findings on one cell, the one a reader must see first. */
    private static CheckStatus graver(CheckStatus a, CheckStatus b) {
        return severity(a) <= severity(b) ? a : b;
    }

    /** Fails first, then rounding, then what our reading could not verify. */
    private static int severity(CheckStatus status) {
        return switch (status) {
            case FAIL -> 0;
            case WARN -> 1;
            case UNVERIFIED -> 2;
            case PASS -> 3;
        };
    }

    /**
     * Everything below the header: the findings, claims, required tables, tables and passed checks.
     *
     * @param evidence pictures of the page, or null when the original could not be loaded
     */
    String body(Evidence evidence) throws IOException {
        this.evidence = evidence;
        pictured.clear();
        html = new StringBuilder();
        findings();
        html.append(UncertainFigures.section(record.ocr(), evidence));
        ledger();
        narrative();
        required();
        tables();
        passed();
        return html.toString();
    }

    /** The whole page: the header, saying which artefacts could not be made, then {@code body}. */
    String page(String body, List<Artefact> artefacts) {
        DocumentIdentity identity = record.document();
        String title = identity != null && identity.title() != null ? identity.title() : record.source().fileName();
        html = new StringBuilder(body.length() + 16 * 1024);   // the body's pictures make it large: grown once, not doubled and copied
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>核查报告 Report · ").append(esc(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(title, identity, artefacts);
        html.append(body);
        html.append("<footer>disclosure-pipeline ").append(esc(record.processing() == null ? "" : record.processing().pipelineVersion()))
                .append(" · ").append(esc(record.source().sha256())).append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private void header(String title, DocumentIdentity identity, List<Artefact> artefacts) {
        long missing = record.requiredTables().stream().filter(r -> r.required() && RequiredTable.MISSING.equals(r.status())).count();
        html.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<dl class=\"identity\">\n");
        if (identity != null) {
            field("单位 Unit", identity.unit());
            field("年度 Year", identity.year() == null ? null : identity.year().toString());
            field("类型 Kind", identity.kind());
            field("发布日期 Published", identity.published());
        }
        field("文件 File", record.source().fileName() + " · " + record.source().pages() + " 页 pages");
        field("状态 Status", statusWords(record.status()));
        if (record.source().repair() != null) {
            field("修复 Repair", record.source().repair());
        }
        html.append("</dl>\n");
        List<Artefact> failed = artefacts.stream().filter(Artefact::isFailed).toList();
        if (!failed.isEmpty()) {
            html.append("<p class=\"artefacts-failed\" id=\"artefacts-failed\">未能生成 Not made: ");
            for (int i = 0; i < failed.size(); i++) {
                html.append(i == 0 ? "" : "; ").append("<b>").append(esc(failed.get(i).name())).append("</b> (")
                        .append(esc(failed.get(i).reason())).append(")");
            }
            html.append(". 其余文件不受影响 The other files were made; document.json lists each.</p>\n");
        }
        if (record.notChecked()) {
            html.append("<p class=\"not-checked\" id=\"not-checked\">").append(esc(notCheckedWords())).append("</p>\n");
        }
        html.append("<p class=\"counts\" id=\"counts\">")
                .append(count("checks", "核查 checks run", record.summary().run()))
                .append(count("passed", "通过 passed", record.summary().passed()))
                .append(count("warned", "提示 rounding", record.summary().warned()))
                .append(count("failed", "不符 failed", record.summary().failed()))
                .append(count("unverified", "未核实 unverified", record.summary().unverified()))
                .append(count("tables", "表格 tables found", record.tables().size()))
                .append(count("missing", "缺失 tables missing", (int) missing))
                .append("</p>\n</header>\n");
    }

    /** Why nothing was checked: a scan, or (rarely) a document on which no check could run. */
    private String notCheckedWords() {
        if (record.status() == DocumentStatus.NO_TEXT_LAYER) {
            return "未核验 Not checked: the PDF has no text layer (scanned pages); no table or figure could be read, "
                    + "so no check was run. 本文件为扫描件，无文字层，未能读取表格和数字，未作任何核验。";
        }
        if (record.status() == DocumentStatus.OCR_UNAVAILABLE) {
            return "未核验 Not checked: the PDF is a scan and the OCR engine (tesseract) is not installed on this "
                    + "machine, so nothing could be read. 本文件为扫描件，本机未安装文字识别引擎，未能读取，未作任何核验。";
        }
        return "未核验 Not checked: no check could run on what was read from this document. 未能进行任何核验。";
    }

    /** Where a ref is, as a reviewer writes it: 第12页《…》「行政运行(2010301)」行「支出预算 / 基本支出」列. */
    static String place(CheckRef ref) {
        StringBuilder words = new StringBuilder("第").append(ref.page()).append("页");
        if (ref.table() == null) {
            return words.append("正文").toString();
        }
        words.append("《").append(ref.table()).append("》");
        String row = ref.rowName() != null ? ref.rowName() + (ref.code() != null ? "(" + ref.code() + ")" : "") : ref.rowLabel();
        if (row != null) {
            words.append("「").append(row).append("」行");
        }
        if (ref.columnHeader() != null) {
            words.append("「").append(ref.columnHeader()).append("」列");
        }
        return words.toString();
    }

    private static String badge(CheckStatus status) {
        return switch (status) {
            case FAIL -> "不符 FAIL";
            case WARN -> "尾差 ROUNDING";
            default -> "未核实 UNVERIFIED";
        };
    }

    private void findings() throws IOException {
        List<Check> findings = record.checks().stream().filter(c -> c.status() != CheckStatus.PASS)
                .sorted(Comparator.comparing((Check c) -> severity(c.status()))).toList();
        html.append("<section id=\"findings\">\n<h2>发现的问题 Findings</h2>\n");
        if (record.notChecked()) {
            html.append("<p class=\"not-checked\">").append(esc(notCheckedWords())).append("</p>\n");
        } else if (findings.isEmpty() && record.tables().isEmpty()) {
            html.append("<p class=\"no-tables\">未找到表格 No table was found in this document, so no table or cross-table check ran. ")
                    .append("The ").append(record.summary().run()).append(" checks that could run found nothing: ")
                    .append(esc(String.join(", ", record.checks().stream().map(Check::rule).distinct().toList()))).append(".</p>\n");
        } else if (findings.isEmpty()) {
            html.append("<p class=\"clean\">未发现问题。No findings: every check passed.</p>\n");
        } else if (record.tables().isEmpty()) {
            html.append("<p class=\"no-tables\">未找到表格 No table was found in this document, so no table or cross-table check ran.</p>\n");
        }
        render(findings);
        int number = 0;
        for (Check check : findings) {
            number++;
            String css = check.status().toString();
            html.append("<article class=\"finding ").append(css).append("\" id=\"finding-").append(number).append("\">\n<h3><span class=\"badge ")
                    .append(css).append("\">").append(badge(check.status()))
                    .append("</span> ").append(esc(check.message())).append("</h3>\n<p class=\"rule\">").append(esc(check.rule())).append("</p>\n");
            if (check.doubt() != null) {
                html.append("<p class=\"doubt\">未能核实 Why unverified: ").append(esc(check.doubt())).append("</p>\n");
            }
            if (check.expected() != null || check.printed() != null) {
                numbers(check);
            }
            html.append("<ul class=\"refs\">\n");
            for (CheckRef ref : check.refs()) {
                html.append("<li>");
                String label = place(ref);
                if (ref.elsewhere()) {
                    // a place in another archived document: its folder is a sibling of this one
                    html.append("<a href=\"../").append(esc(ref.document())).append("/report.html\">")
                            .append(esc(ref.document())).append("</a>: ").append(esc(label));
                } else if (ref.tableId() != null && ref.row() != null && ref.column() != null) {
                    html.append("<a href=\"#").append(cellId(ref.tableId(), ref.row(), ref.column())).append("\">").append(esc(label)).append("</a>");
                } else {
                    html.append(esc(label));
                }
                if (ref.text() != null) {
                    html.append(" <q>").append(esc(ref.text())).append("</q>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
            pictures(check);
            html.append("</article>\n");
        }
        html.append("</section>\n");
    }

    /**
     * Where each finding's pictures are: for each page it shows (at most {@link #PICTURES_PER_FINDING}),
     * the boxes to outline. A cell has its box in document.json; a quoted sentence is found in the
     * page's lines, which document.json also keeps.
     */
    private Map<Integer, List<Box>> regions(Check check) {
        Map<Integer, List<Box>> byPage = new LinkedHashMap<>();
        for (CheckRef ref : check.refs()) {
            if (ref.elsewhere()) {
                continue; // another document's page: not in this one's pictures
            }
            Box box = ref.bbox();
            if (box == null && ref.table() == null && ref.text() != null && ref.page() >= 1 && ref.page() <= record.pages().size()) {
                // a sentence, not a cell: find where it is printed
                box = record.pages().get(ref.page() - 1).printedBox(ref.text());
            }
            if (box != null && ref.page() > 0
                    && (byPage.containsKey(ref.page()) || byPage.size() < PICTURES_PER_FINDING)) {
                byPage.computeIfAbsent(ref.page(), p -> new ArrayList<>()).add(box);
            }
        }
        return byPage;
    }

    /** Renders every page the findings show, once each, in page order, and cuts all their pictures from it. */
    private void render(List<Check> findings) {
        if (evidence == null) {
            return;
        }
        Map<Integer, List<Check>> wanted = new TreeMap<>();
        Map<Check, Map<Integer, List<Box>>> regions = new IdentityHashMap<>();
        for (Check check : findings) {
            Map<Integer, List<Box>> byPage = regions(check);
            regions.put(check, byPage);
            byPage.keySet().forEach(page -> wanted.computeIfAbsent(page, p -> new ArrayList<>()).add(check));
        }
        for (Map.Entry<Integer, List<Check>> page : wanted.entrySet()) {
            List<List<Box>> boxes = page.getValue().stream().map(c -> regions.get(c).get(page.getKey())).toList();
            List<String> pictures;
            try {
                pictures = evidence.pictures(page.getKey(), boxes);
            } catch (IOException | RuntimeException e) {
                continue;   // each finding on the page says its picture could not be made
            }
            for (int i = 0; i < pictures.size(); i++) {
                pictured.computeIfAbsent(page.getValue().get(i), c -> new HashMap<>()).put(page.getKey(), pictures.get(i));
            }
        }
    }

    private void pictures(Check check) {
        for (Integer page : regions(check).keySet()) {
            Map<Integer, String> made = pictured.get(check);
            String picture = made == null ? null : made.get(page);
            if (picture == null) {
                html.append("<p class=\"no-picture\">第").append(page).append("页 page ").append(page)
                        .append(": 图片未能生成 the picture of the page could not be made</p>\n");
                continue;
            }
            html.append("<figure><img class=\"evidence\" alt=\"第").append(page).append("页证据 evidence, page ")
                    .append(page).append("\" src=\"").append(picture)
                    .append("\"><figcaption>第").append(page).append("页 page ").append(page)
                    .append(": 红框为涉及的单元格 the cells involved are outlined in red</figcaption></figure>\n");
        }
    }

    /** Every printed number accounted for, or the pages where some were not: a missed table shows here. */
    private void ledger() {
        FigureLedger ledger = record.ledger();
        if (ledger == null) {
            return;
        }
        List<PageLedger> unread = ledger.pages().stream().filter(p -> !p.unaccounted().isEmpty()).toList();
        html.append("<section id=\"ledger\">\n<h2>数字覆盖 Numbers accounted for</h2>\n<p class=\"coverage\">")
                .append(ledger.accounted()).append(" / ").append(ledger.numbers())
                .append(" 个印出的数字已读入表格、文字说明或页面要素（页码、日期、表号、科目编码、目录页码）")
                .append(" of the printed numbers are table cells, narrative figures or page furniture: coverage <b>")
                .append(ledger.coverage().movePointRight(2).stripTrailingZeros().toPlainString()).append("%</b>.</p>\n");
        List<PageLedger> garbled = ledger.pages().stream().filter(p -> p.unreadGlyphs() > 0).toList();
        if (!garbled.isEmpty()) {
            html.append("<p class=\"unread-glyphs\">以下页面有字体未给出文字的字形（私用区编码），其内容未能读出 ")
                    .append("Glyphs whose font gives no text (private-use code points) were printed but not read: ");
            garbled.forEach(p -> html.append("第").append(p.page()).append("页 ").append(p.unreadGlyphs()).append(" 个; "));
            html.append("</p>\n");
        }
        if (unread.isEmpty()) {
            html.append("</section>\n");
            return;
        }
        html.append("<p>以下页面有未能读入的数字，所在表格的核查为“未核实”。 These pages print numbers nothing read; ")
                .append("checks of the tables beside them are unverified.</p>\n<table class=\"claims\">\n")
                .append("<tr><th>页 Page</th><th>未读入 Unaccounted</th><th>例 Examples</th></tr>\n");
        for (PageLedger page : unread) {
            html.append("<tr><td>").append(page.page()).append("</td><td>").append(page.unaccounted().size())
                    .append(" / ").append(page.numbers()).append("</td><td>");
            page.unaccounted().stream().limit(LEDGER_EXAMPLES).forEach(n -> html.append("<b>").append(esc(n.text()))
                    .append("</b> <span class=\"meta\">").append(esc(n.line())).append("</span><br>"));
            html.append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private void narrative() {
        List<Check> claims = record.checks().stream().filter(c -> c.rule().startsWith("narrative.")).toList();
        html.append("<section id=\"narrative\">\n<h2>文字说明核对 Narrative claims</h2>\n");
        if (record.notChecked()) {
            html.append("<p class=\"not-checked\">未核验 Not checked: no text could be read.</p>\n");
        } else if (claims.isEmpty()) {
            html.append("<p>没有可与表格核对的说明。No claims in the text could be held against the tables.</p>\n");
        } else {
            html.append("<table class=\"claims\"><tr><th>结论 Verdict</th><th>说明 Claim</th><th>页 Page</th></tr>\n");
            for (Check claim : claims) {
                int page = claim.refs().stream().filter(r -> r.table() == null).mapToInt(CheckRef::page).findFirst()
                        .orElse(claim.refs().isEmpty() ? 0 : claim.refs().get(0).page());
                html.append("<tr class=\"").append(claim.status()).append("\"><td>").append(verdict(claim.status()))
                        .append("</td><td>").append(esc(claim.message())).append("</td><td>").append(page == 0 ? "" : page).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</section>\n");
    }

    private void required() {
        List<RequiredTable> problems = record.requiredTables().stream().filter(RequiredTable::required)
                .filter(r -> RequiredTable.MISSING.equals(r.status()) || (RequiredTable.EMPTY.equals(r.status()) && !Boolean.TRUE.equals(r.explained())))
                .toList();
        html.append("<section id=\"required\">\n<h2>应公开的表格 Required tables</h2>\n");
        if (record.notChecked()) {
            html.append("<p class=\"not-checked\">未核验 Not checked: no table could be read, so whether the required tables ")
                    .append("are published is not known.</p>\n");
        } else if (record.requiredTables().stream().noneMatch(RequiredTable::required)) {
            html.append("<p class=\"not-checked\">未核验 Not checked: the document's kind was not recognised, so which tables ")
                    .append("it must publish is not known.</p>\n");
        } else if (problems.isEmpty()) {
            html.append("<p>应公开的表格均已找到（空表均有说明）。Every required table is present; empty ones are explained.</p>\n");
        } else {
            html.append("<ul>\n");
            for (RequiredTable table : problems) {
                html.append("<li class=\"fail\">").append(esc(table.name())).append(": ")
                        .append(RequiredTable.MISSING.equals(table.status()) ? "缺失 missing" : "空表且无说明 empty and unexplained")
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void tables() {
        html.append("<section id=\"tables\">\n<h2>表格 Tables</h2>\n");
        for (DisclosureTable table : record.tables()) {
            html.append("<h3 id=\"").append(esc(table.id())).append("\">").append(esc(table.title() == null ? table.id() : table.title())).append("</h3>\n<p class=\"meta\">")
                    .append(table.untitledReason() == null ? "" : "无标题 untitled: " + esc(table.untitledReason()) + " · ")
                    .append(table.unit() == null ? "" : "单位 unit: " + esc(table.unit()) + " · ")
                    .append("第 ").append(table.pages().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")).append(" 页 pages")
                    .append(table.standard() == null ? "" : " · " + esc(table.standard().name()))
                    .append("</p>\n<div class=\"scroll\"><table class=\"data\">\n");
            for (int r = 0; r < table.rows().size(); r++) {
                html.append("<tr").append(r < table.headerRows() ? " class=\"head\"" : "").append(">");
                for (DisclosureCell cell : table.rows().get(r)) {
                    String key = cellKey(table.id(), cell.row(), cell.column());
                    CheckStatus flag = flags.get(key);
                    html.append("<td id=\"").append(cellId(table.id(), cell.row(), cell.column())).append("\"");
                    if (cell.rowSpan() > 1) {
                        html.append(" rowspan=\"").append(cell.rowSpan()).append("\"");
                    }
                    if (cell.colSpan() > 1) {
                        html.append(" colspan=\"").append(cell.colSpan()).append("\"");
                    }
                    List<String> css = new ArrayList<>();
                    if (cell.hasValue()) {
                        css.add("num");
                    }
                    if (flag != null) {
                        css.add("flag-" + flag);
                        html.append(" title=\"").append(esc(String.join("\n", flagReasons.get(key)))).append("\"");
                    }
                    if (!css.isEmpty()) {
                        html.append(" class=\"").append(String.join(" ", css)).append("\"");
                    }
                    html.append(">").append(esc(cell.text())).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</table></div>\n");
        }
        html.append("</section>\n");
    }

    private void passed() {
        List<Check> passed = record.checks().stream().filter(c -> c.status() == CheckStatus.PASS).toList();
        html.append("<section id=\"passed\">\n<details><summary>通过的核查 Passed checks (").append(passed.size()).append(")</summary>\n<ul>\n");
        for (Check check : passed) {
            html.append("<li><span class=\"rule\">").append(esc(check.rule())).append("</span> ").append(esc(check.message())).append("</li>\n");
        }
        html.append("</ul>\n</details>\n</section>\n");
    }

    private void field(String label, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    private static String count(String id, String label, int value) {
        return "<span class=\"count " + id + "\"><b>" + value + "</b> " + label + "</span>";
    }

    private static String statusWords(DocumentStatus status) {
        return switch (status) {
            case NO_TEXT_LAYER -> "扫描件，无文字层 scan without a text layer: no tables could be read";
            case OCR -> "扫描页经文字识别 scanned pages read by OCR: figures below the confidence"
                    + " threshold leave their checks unverified";
            case OCR_UNAVAILABLE -> "扫描件，未安装文字识别 scan, OCR engine not installed: nothing could be read";
            case REPAIRED -> "文件已修复 repaired: the file's index was damaged and rebuilt";
            case COMPLETE -> "完整 complete";
        };
    }

    private static String verdict(CheckStatus status) {
        return switch (status) {
            case PASS -> "相符 agrees";
            case WARN -> "尾差 rounding";
            case FAIL -> "不符 disagrees";
            case UNVERIFIED -> "未核实 unverified";
        };
    }

    static String cellKey(String tableId, int row, int column) {
        return tableId + "|" + row + "|" + column;
    }

    static String cellId(String tableId, int row, int column) {
        return "cell-" + tableId + "-" + row + "-" + column;
    }

    /**
     * The figures a finding compares, each with its unit: the printed one as the page prints it, the
     * expected one as printed elsewhere or, when computed, labelled so with how.
     */
    private void numbers(Check check) {
        String unit = check.unit();
        html.append("<table class=\"numbers\"><tr>");
        if (check.computedAs() != null) {
            html.append("<th>计算值 Computed (").append(esc(check.computedAs())).append(")</th>");
        } else if (check.expectedText() != null) {
            html.append("<th>应为 Expected (印刷值 as printed 「").append(esc(check.expectedText())).append("」)</th>");
        } else {
            html.append("<th>应为 Expected</th>");
        }
        html.append("<td>").append(esc(Amounts.format(check.expected(), unit))).append("</td>");
        html.append("<th>印刷值 Printed</th><td>");
        if (check.printedText() != null) {
            html.append("「").append(esc(check.printedText())).append("」").append(unit == null || check.printedText().endsWith(unit)
                    ? "" : " " + esc(unit));
        } else {
            html.append(esc(Amounts.format(check.printed(), unit)));
        }
        html.append("</td><th>差额 Difference</th><td>").append(esc(Amounts.format(check.difference(), unit)))
                .append("</td></tr></table>\n");
    }

    static String esc(String text) {
        return Html.escape(text);
    }

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#1b1b1b;line-height:1.5}
            h1{font-size:1.5em;margin:.2em 0}h2{border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
            dl.identity{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{color:#555}dd{margin:0}
            .artefacts-failed{background:#fff1cc;border-left:6px solid #ef8f00;padding:.4em 1em}
            .not-checked{background:#eef;border-left:6px solid #557;padding:.4em 1em;font-weight:bold}
            .counts .count{display:inline-block;margin:.3em .6em .3em 0;padding:.2em .6em;border-radius:4px;background:#eee}
            .count.failed b{color:#b00}.count.warned b{color:#a60}.count.missing b{color:#b00}
            .finding{border-left:6px solid #999;padding:.4em 1em;margin:1em 0;background:#fafafa}
            .finding.fail{border-color:#c62828}.finding.warn{border-color:#ef8f00}.finding.unverified{border-color:#5c6bc0}.doubt{color:#3949ab}
            .badge{font-size:.8em;padding:.1em .5em;border-radius:3px;color:#fff;vertical-align:middle}.badge.fail{background:#c62828}.badge.warn{background:#ef8f00}.badge.unverified{background:#5c6bc0}
            .rule{font-family:monospace;color:#666;font-size:.85em}
            table.numbers td{font-family:monospace;padding:0 1em 0 .3em}table.numbers th{font-weight:normal;color:#555;text-align:right}
            img.evidence{max-width:100%;border:1px solid #bbb}img.crop{max-height:3em;border:1px solid #bbb}figure{margin:.5em 0}figcaption{font-size:.85em;color:#555}
            .scroll{overflow-x:auto}table.data{border-collapse:collapse;font-size:.85em;margin-bottom:1em}
            table.data td{border:1px solid #ccc;padding:.15em .4em;vertical-align:top}table.data tr.head td{background:#f0f0f0;font-weight:bold}
            td.num{text-align:right;font-family:monospace}
            td.flag-fail{background:#ffd6d6;outline:2px solid #c62828}td.flag-warn{background:#fff1cc;outline:2px solid #ef8f00}td.flag-unverified{background:#e8eaf6;outline:2px dashed #5c6bc0}
            td:target{scroll-margin-top:40vh;outline-width:4px}
            table.claims td{border-bottom:1px solid #ddd;padding:.2em .5em}tr.fail td:first-child{color:#b00}tr.warn td:first-child{color:#a60}
            li.fail{color:#b00}.meta{color:#555;font-size:.9em}footer{margin-top:2em;color:#888;font-size:.8em}
            """;
}
