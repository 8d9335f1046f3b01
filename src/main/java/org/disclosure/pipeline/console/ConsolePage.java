package org.disclosure.pipeline.console;


import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentHeadline;
import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.SourceInfo;
import org.disclosure.pipeline.index.StatusFilter;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.disclosure.pipeline.report.Html;
import org.disclosure.pipeline.report.ReportWriter;

/** The console's one page: work in hand, the search form, a page of the archived documents and the failed files. */
public final class ConsolePage {

    private ConsolePage() {
    }

    public static String render(Listing listing, ConsoleFilter filter) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>预算公开档案 Disclosure archive</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>预算公开档案 Disclosure archive</h1>\n");
        html.append("<p class=\"progress\" id=\"progress\"><span><b>").append(listing.queued()).append("</b> 待处理 queued</span><span><b>")
                .append(listing.inProgress()).append("</b> 处理中 in progress</span><span><b>").append(listing.doneToday())
                .append("</b> 今日完成 done today</span></p>\n");
        for (String scan : listing.ocr()) {
            html.append("<p class=\"progress ocr\">文字识别中 OCR in progress: ").append(esc(scan)).append("</p>\n");
        }
        html.append("<form method=\"get\" action=\"/\" id=\"filter\">\n<label>状态 Status <select name=\"status\">");
        option(html, "", "全部 all", filter.status());
        option(html, DocumentStatus.COMPLETE.key(), DocumentStatus.COMPLETE.label() + " complete", filter.status());
        option(html, StatusFilter.PROBLEMS.key(), StatusFilter.PROBLEMS.label() + " with failed checks", filter.status());
        option(html, DocumentStatus.REPAIRED.key(), DocumentStatus.REPAIRED.label() + " repaired", filter.status());
        option(html, DocumentStatus.OCR.key(), DocumentStatus.OCR.label() + " read by OCR", filter.status());
        option(html, DocumentStatus.NO_TEXT_LAYER.key(), DocumentStatus.NO_TEXT_LAYER.label() + " scans", filter.status());
        option(html, StatusFilter.NOT_CHECKED.key(), StatusFilter.NOT_CHECKED.label() + " not checked", filter.status());
        option(html, StatusFilter.ARTEFACT_FAILED.key(), StatusFilter.ARTEFACT_FAILED.label() + " artefact not made", filter.status());
        option(html, StatusFilter.INCOMPLETE.key(), StatusFilter.INCOMPLETE.label() + " numbers not all read", filter.status());
        option(html, ConsoleFilter.REJECTED, "未能处理 failed", filter.status());
        html.append("</select></label>\n<label>单位 Unit <input name=\"unit\" value=\"").append(esc(filter.unit())).append("\"></label>\n")
                .append("<label>年度 Year <input name=\"year\" size=\"5\" value=\"").append(esc(filter.year())).append("\"></label>\n")
                .append("<label>类型 Kind <select name=\"kind\">");
        option(html, "", "全部 all", filter.kind());
        for (String kind : listing.kinds()) {
            option(html, kind, kind, filter.kind());
        }
        html.append("</select></label>\n<label>地区 Region <input name=\"region\" value=\"").append(esc(filter.region())).append("\"></label>\n")
                .append("<label>规则 Rule <select name=\"rule\">");
        option(html, "", "任意 any", filter.rule());
        for (String rule : listing.rules()) {
            option(html, rule, rule, filter.rule());
        }
        html.append("</select> <select name=\"ruleStatus\">");
        option(html, CheckStatus.FAIL.toString(), "不符 fail", filter.ruleStatus());
        option(html, CheckStatus.WARN.toString(), "提示 warn", filter.ruleStatus());
        option(html, CheckStatus.UNVERIFIED.toString(), "未能核验 unverified", filter.ruleStatus());
        option(html, CheckStatus.PASS.toString(), "相符 pass", filter.ruleStatus());
        html.append("</select></label>\n<label>覆盖率至多 Coverage at most <input name=\"coverageBelow\" size=\"4\" value=\"")
                .append(esc(filter.coverageBelow())).append("\">%</label>\n")
                .append("<label>文字 Text <input name=\"q\" value=\"").append(esc(filter.query()))
                .append("\" title=\"文件名、标题、表名或行名 file name, title, table title or row label\"></label>\n")
                .append("<label>排序 Sort <select name=\"sort\">");
        option(html, "", "最新 newest", filter.sort());
        option(html, ConsoleFilter.BY_COVERAGE, "覆盖率 coverage, lowest first", filter.sort());
        html.append("</select></label>\n")
                .append("<button type=\"submit\">搜索 Search</button> <a href=\"/\">清除 clear</a>\n</form>\n");

        html.append("<h2>已归档 Archived (").append(listing.archivedTotal()).append(")</h2>\n");
        pager(html, listing, filter);
        html.append("<table id=\"archived\"><tr><th>文件 File</th><th>单位 Unit</th><th>年度 Year</th><th>类型 Kind</th><th>页 Pages</th>")
                .append("<th>表 Tables</th><th>覆盖 Coverage</th><th>状态 Status</th><th>不符 Failed</th><th>提示 Warned</th><th>查看 Open</th></tr>\n");
        for (Listing.Archived item : listing.archived()) {
            DocumentHeadline e = item.entry();
            SourceInfo source = e.source();
            String base = "/archive/" + segment(item.folder()) + "/";
            // counted as they stand: with what documents archived later found (cross-checks.json)
            int failedChecks = item.checks().failed();
            int failedAcross = item.checks().failedAcrossDocuments();
            boolean notChecked = e.notChecked();
            List<Artefact> notMade = e.failedArtefacts();
            Set<String> missing = new HashSet<>();
            notMade.forEach(a -> missing.add(a.name()));
            html.append("<tr class=\"doc").append(!notChecked && failedChecks > 0 ? " problems" : "").append(notChecked ? " not-checked" : "")
                    .append(notMade.isEmpty() ? "" : " artefact-failed").append(item.supersededBy() == null ? "" : " superseded")
                    .append("\"><td class=\"name\">")
                    .append("<a class=\"report\" href=\"").append(base).append("report.html\">").append(esc(source.fileName())).append("</a>");
            if (item.supersededBy() != null) {
                html.append("<div class=\"superseded\">已被取代 superseded by <a href=\"/archive/").append(segment(item.supersededBy()))
                        .append("/report.html\">").append(esc(item.supersededBy())).append("</a></div>");
            }
            html.append("</td><td>")
                    .append(esc(e.unit())).append("</td><td>").append(e.year() == null ? "" : e.year()).append("</td><td>")
                    .append(esc(e.kind())).append("</td><td class=\"n\">").append(source.pages()).append("</td><td class=\"n\">")
                    .append(e.tableCount()).append("</td><td class=\"n coverage\">").append(coverage(e)).append("</td><td>")
                    .append(esc(e.status() == null ? null : e.status().key()));
            if (!notMade.isEmpty()) {
                html.append("<div class=\"not-made\">未能生成 not made: ");
                for (int i = 0; i < notMade.size(); i++) {
                    html.append(i == 0 ? "" : "; ").append("<span title=\"").append(esc(notMade.get(i).reason())).append("\">")
                            .append(esc(notMade.get(i).name())).append("</span> (").append(esc(notMade.get(i).reason())).append(")");
                }
                html.append("</div>");
            }
            if (notChecked) {
                html.append("</td><td class=\"n not-checked\" title=\"no check could run: no text layer\">— 未核验 not checked</td><td class=\"n\">—");
            } else {
                html.append("</td><td class=\"n fail\">").append(failedChecks);
                if (failedAcross > 0) {
                    html.append(" <span class=\"across\" title=\"与其他文件核对不符 failed checks with other documents\">(其中跨文件 ")
                            .append(failedAcross).append(" across documents)</span>");
                }
                html.append("</td><td class=\"n\">").append(item.checks().warned());
            }
            html.append("</td><td class=\"links\">");
            if (!missing.contains(ReportWriter.REPORT)) {
                html.append("<a href=\"").append(base).append("report.html\">报告 report</a> ");
            }
            html.append("<a href=\"").append(base).append("document.json\">JSON</a> ");
            if (e.tableCount() > 0 && !missing.contains(ReportWriter.WORKBOOK)) {
                html.append("<a href=\"").append(base).append("tables.xlsx\">XLSX</a> ");
            }
            if (!missing.contains(ReportWriter.ANNOTATED)) {
                html.append("<a href=\"").append(base).append("annotated.pdf\">标注PDF annotated</a> ");
            }
            html.append("<a href=\"").append(base).append(path(item.original())).append("\">原件 original</a>");
            if (source.sha256() != null) {
                html.append(" <a class=\"checks\" href=\"/api/documents/").append(segment(source.sha256())).append("/checks\">核验 checks</a>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
        pager(html, listing, filter);

        html.append("<h2>未能处理 Failed (").append(listing.failed().size()).append(")</h2>\n");
        html.append("<table id=\"failed\"><tr><th>文件 File</th><th>原因 Reason</th><th>说明 Message</th><th>阶段 Stage</th><th>时间 Time</th></tr>\n");
        for (Listing.Failed item : listing.failed()) {
            html.append("<tr><td><a href=\"/failed/").append(segment(item.file())).append("\">").append(esc(item.file())).append("</a>")
                    .append(" (<a href=\"/failed/").append(segment(item.file() + ".error.json")).append("\">error.json</a>)</td><td class=\"reason\" title=\"").append(esc(item.error().reason().label())).append("\">")
                    .append(esc(item.error().reason().code())).append("</td><td>").append(esc(item.error().message())).append("</td><td>")
                    .append(esc(item.error().stage())).append("</td><td>").append(esc(item.error().time())).append("</td></tr>\n");
        }
        html.append("</table>\n<footer><a href=\"/observe/health\">health</a> · <a href=\"/observe/metrics\">metrics</a> · ")
                .append("<a href=\"/api/documents\">JSON</a></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** 第 x–y 条，共 N 条, and links to the previous and next pages when there are. */
    private static void pager(StringBuilder html, Listing listing, ConsoleFilter filter) {
        if (!filter.showsArchived()) {
            return;
        }
        long first = (long) filter.offset() + 1;
        long last = (long) filter.offset() + listing.archived().size();
        html.append("<p class=\"pager\">");
        if (listing.archived().isEmpty()) {
            html.append("共 ").append(listing.archivedTotal()).append(" 条 ").append(listing.archivedTotal()).append(" in all");
        } else {
            html.append("第 ").append(first).append("–").append(last).append(" 条，共 ").append(listing.archivedTotal())
                    .append(" 条 (").append(first).append("–").append(last).append(" of ").append(listing.archivedTotal()).append(")");
        }
        if (filter.page() > 1) {
            int previous = (int) Math.min(filter.page() - 1, Math.max(1, (listing.archivedTotal() + filter.pageSize() - 1) / filter.pageSize()));
            html.append(" <a rel=\"prev\" href=\"").append(esc(filter.link(previous))).append("\">上一页 previous</a>");
        }
        if (last < listing.archivedTotal() && !listing.archived().isEmpty()) {
            html.append(" <a rel=\"next\" href=\"").append(esc(filter.link(filter.page() + 1))).append("\">下一页 next</a>");
        }
        html.append("</p>\n");
    }

    /** 100%, 97.5%, or — when nothing was read (a scan) or the document predates the ledger. */
    private static String coverage(DocumentHeadline entry) {
        return entry.coverage() == null ? "—"
                : entry.coverage().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static void option(StringBuilder html, String value, String label, String selected) {
        html.append("<option value=\"").append(esc(value)).append("\"")
                .append(value.equals(selected == null ? "" : selected) ? " selected" : "").append(">").append(esc(label)).append("</option>");
    }

    static String segment(String name) {
        return Html.segment(name);
    }

    /** A relative path with each of its parts encoded. */
    static String path(String relative) {
        return java.util.Arrays.stream(relative.split("/")).map(ConsolePage::segment)
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static String esc(String text) {
        return Html.escape(text);
    }

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:1em 2em;color:#1b1b1b}
            .progress span{display:inline-block;margin-right:1em;padding:.2em .6em;background:#eef;border-radius:4px}
            form{margin:1em 0}label{margin-right:1em}
            table{border-collapse:collapse;width:100%;font-size:.9em;margin-bottom:1.5em}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left}
            th{background:#f3f3f3}td.n{text-align:right}tr.problems td.fail{color:#b00;font-weight:bold}td.reason{color:#b00}td.not-checked{color:#557}.not-made{color:#a60;font-size:.85em}
            .links a{margin-right:.4em}.pager a{margin-left:1em}footer{color:#777;font-size:.85em}
            """;
}
