package org.disclosure.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.disclosure.pipeline.archive.ArchiveStore;
import org.disclosure.pipeline.archive.CrossChecks;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;

/**
 * The section "与其他文件核对" of an archived report.html: the checks documents archived later made
 * with this one (its cross-checks.json), each linked to the other document's report. The report is
 * not made again (its page pictures need the original and take seconds); the section alone is put in
 * place of the one before, or before the findings, and the file replaced whole.
 */
public final class CrossDocumentSection {

    static final String ID = "cross-documents";
    private static final String START = "<section id=\"" + ID + "\">";
    private static final String END = "</section>\n";

    private CrossDocumentSection() {
    }

    /** Puts the folder's cross-checks.json into its report.html; nothing when it has no report. */
    public static void patch(Path folder, CrossChecks checks) throws IOException {
        Path report = folder.resolve(ReportWriter.REPORT);
        if (!Files.isRegularFile(report)) {
            return;
        }
        String html = Files.readString(report, StandardCharsets.UTF_8);
        String patched = patched(html, checks);
        if (!patched.equals(html)) {
            ArchiveStore.writeAtomically(report, patched.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String patched(String html, CrossChecks checks) {
        String section = checks.learned().isEmpty() && !checks.superseded() ? "" : render(checks);
        int start = html.indexOf(START);
        if (start >= 0) {
            int end = html.indexOf(END, start);
            return html.substring(0, start) + section + html.substring(end + END.length());
        }
        int at = html.indexOf("<section id=\"findings\">");
        if (at < 0) {
            at = html.lastIndexOf("<footer>");
        }
        if (at < 0) {
            at = Math.max(0, html.lastIndexOf("</body>"));
        }
        return html.substring(0, at) + section + html.substring(at);
    }

    static String render(CrossChecks checks) {
        StringBuilder html = new StringBuilder(START).append("\n<h2>与其他文件核对 Checks with other documents</h2>\n");
        if (checks.superseded()) {
            CrossChecks.Replacement latest = checks.supersededBy();
            String name = latest.title() != null ? latest.title() : latest.folder();
            html.append("<p class=\"superseded\"><b>本文件已被更新版本取代 Superseded</b>: <a href=\"../")
                    .append(Html.escape(Html.segment(latest.folder()))).append("/report.html\">《").append(Html.escape(name)).append("》</a> (")
                    .append(Html.escape(latest.folder())).append(", 归档于 archived ").append(Html.escape(latest.archivedAt()))
                    .append(") 是同一单位、年度和类型的较新版本。与其他文件的核对只以最新版本为准, 本文件自己的跨文件核对不再计入。")
                    .append(" A later version of this document (same unit, year and kind) was archived: checks across documents")
                    .append(" are made with the latest version only, and this one's no longer count.</p>\n");
            return html.append(END).toString();
        }
        html.append("<p class=\"meta\">以下核对由之后归档的文件作出, 记于本文件夹的 cross-checks.json; ")
                .append("These checks were made when the documents below were archived after this one.</p>\n");
        for (CrossChecks.Learned learned : checks.learned()) {
            String name = learned.title() != null ? learned.title() : learned.from();
            html.append("<article class=\"cross-document\">\n<h3>与 <a href=\"../").append(Html.escape(Html.segment(learned.from())))
                    .append("/report.html\">《").append(Html.escape(name)).append("》</a> (").append(Html.escape(learned.from()))
                    .append(") 核对</h3>\n");
            if (learned.replaces() != null && !learned.replaces().isEmpty()) {
                html.append("<p class=\"meta\">本文件与其旧版本 ").append(Html.escape(String.join("、", learned.replaces())))
                        .append(" 的核对已由此取代 (these replace this document's checks with an older version)</p>\n");
            }
            html.append("<ul>\n");
            for (Check check : learned.checks()) {
                html.append("<li class=\"").append(check.status()).append("\"><b>").append(verdict(check.status()))
                        .append("</b> ").append(Html.escape(check.message())).append(" <span class=\"rule\">")
                        .append(Html.escape(check.rule())).append("</span>\n");
                refs(html, check.refs());
                html.append("</li>\n");
            }
            html.append("</ul>\n</article>\n");
        }
        return html.append(END).toString();
    }

    private static void refs(StringBuilder html, List<CheckRef> refs) {
        html.append("<ul class=\"refs\">");
        for (CheckRef ref : refs) {
            String label = HtmlReport.place(ref);
            html.append("<li>");
            if (ref.elsewhere()) {
                html.append("<a href=\"../").append(Html.escape(Html.segment(ref.document()))).append("/report.html\">")
                        .append(Html.escape(ref.document())).append("</a>: ").append(Html.escape(label));
            } else if (ref.tableId() != null && ref.row() != null && ref.column() != null) {
                html.append("本文件 <a href=\"#").append(HtmlReport.cellId(ref.tableId(), ref.row(), ref.column())).append("\">")
                        .append(Html.escape(label)).append("</a>");
            } else {
                html.append("本文件 ").append(Html.escape(label));
            }
            html.append("</li>");
        }
        html.append("</ul>\n");
    }

    private static String verdict(CheckStatus status) {
        return switch (status) {
            case PASS -> "相符 agrees";
            case WARN -> "尾差 rounding";
            case FAIL -> "不符 disagrees";
            case UNVERIFIED -> "未核实 unverified";
        };
    }
}
