package org.disclosure.pipeline.report;

import static org.disclosure.pipeline.report.HtmlReport.esc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disclosure.pipeline.archive.OcrInfo;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.reconcile.SuspectCell;
import org.disclosure.pipeline.reconcile.UncertainReading;

/**
 * The report's section on the figures OCR read below the confidence threshold, and on the cells a broken
 * sum points at (see SumSuspects): each shown as its crop of the page beside the value read, so a reader
 * can check the digits by eye.
 */
final class UncertainFigures {

    /** Figures shown with their crop; past this many a long scan lists the rest without pictures. */
    static final int PICTURED = 300;

    private UncertainFigures() {
    }

    /** The section, or an empty string when no page was OCR'd or nothing was uncertain or suspect. */
    static String section(OcrInfo ocr, Evidence evidence) {
        if (ocr == null || (ocr.uncertain().isEmpty() && ocr.suspects().isEmpty())) {
            return "";
        }
        List<UncertainReading> uncertain = ocr.uncertain();
        List<SuspectCell> suspects = ocr.suspects();
        StringBuilder html = new StringBuilder();
        html.append("<section id=\"uncertain\">\n<h2>识别存疑的数字 Figures OCR is unsure of (")
                .append(uncertain.size()).append(")</h2>\n");
        if (!uncertain.isEmpty()) {
            List<String> crops = crops(uncertain.stream().map(f -> new Place(f.page(), f.bbox())).toList(), evidence);
            html.append("<p class=\"meta\">扫描页上识别置信度低于 ")
                    .append(threshold(ocr.uncertainBelow())).append(" 、两次识别不一致、识别结果不成数字的数字，以及表格中未识别出文字的墨迹：请对照图片核对。")
                    .append("Figures read from scanned pages with a confidence below ").append(threshold(ocr.uncertainBelow()))
                    .append(", read differently twice or not as a clean figure, and ink in a table read as nothing:")
                    .append(" compare each with its picture. Checks resting on them are unverified, never failed.</p>\n")
                    .append("<div class=\"scroll\"><table class=\"data uncertain\">\n<tr class=\"head\"><td>页 Page</td>")
                    .append("<td>图片 Picture</td><td>识别为 Read as</td><td>置信度 Confidence</td>")
                    .append("<td>两次识别 First / digits-only read</td></tr>\n");
            for (int i = 0; i < uncertain.size(); i++) {
                UncertainReading figure = uncertain.get(i);
                // ink in a table the engine read nothing from: a figure it may have missed
                String read = figure.text().isEmpty() ? "（未识别）unread ink" : figure.text();
                html.append("<tr><td>").append(figure.page()).append("</td><td>");
                picture(html, crops.get(i), read);
                html.append("</td><td class=\"num\">").append(esc(read)).append("</td><td class=\"num\">")
                        .append(figure.confidence()).append("</td><td class=\"num\">");
                if (figure.firstRead() != null) {
                    html.append(esc(figure.firstRead())).append(" / ")
                            .append(figure.secondRead() == null ? "—" : esc(figure.secondRead()));
                }
                html.append("</td></tr>\n");
            }
            html.append("</table></div>\n");
        }
        if (!suspects.isEmpty()) {
            suspects(html, suspects, crops(suspects.stream().map(s -> new Place(s.page(), s.bbox())).toList(), evidence));
        }
        html.append("</section>\n");
        return html.toString();
    }

    /** The cells whose misreading would explain a sum that does not hold, beside what the sum implies. */
    private static void suspects(StringBuilder html, List<SuspectCell> suspects, List<String> crops) {
        html.append("<h3 id=\"suspects\">合计不符的可疑数字 Figures a broken sum points at (").append(suspects.size())
                .append(")</h3>\n<p class=\"meta\">扫描页上合计不成立，而某一格若按合计推算的数值读出即可成立：可能是识别误读，")
                .append("数值未作改动，相关核对记为未核实。A sum on a scanned page does not hold, and would if this cell read as")
                .append(" the sum implies: it may be misread. The figure is left as read; the check is unverified.</p>\n")
                .append("<div class=\"scroll\"><table class=\"data uncertain suspects\">\n<tr class=\"head\"><td>页 Page</td>")
                .append("<td>表 / 行 Table / row</td><td>图片 Picture</td><td>识别为 Read as</td><td>合计推算 Sum implies</td>")
                .append("<td>置信度 Confidence</td><td>可能的误读 Likely misreading</td><td>核对 Check</td></tr>\n");
        for (int i = 0; i < suspects.size(); i++) {
            SuspectCell suspect = suspects.get(i);
            html.append("<tr><td>").append(suspect.page()).append("</td><td>")
                    .append(esc(suspect.table() == null ? "" : suspect.table()))
                    .append(suspect.rowLabel() == null ? "" : " / " + esc(suspect.rowLabel())).append("</td><td>");
            // a cell read empty (a figure OCR may have missed) says so rather than showing nothing
            String read = suspect.read().isEmpty() ? "（空）empty" : suspect.read();
            picture(html, crops.get(i), read);
            html.append("</td><td class=\"num\">").append(esc(read)).append("</td><td class=\"num\">")
                    .append(esc(suspect.implied())).append("</td><td class=\"num\">")
                    .append(suspect.confidence() == null ? "—" : suspect.confidence()).append("</td><td>")
                    .append(esc(suspect.why())).append("</td><td>").append(esc(suspect.rule())).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static void picture(StringBuilder html, String crop, String alt) {
        if (crop != null) {
            html.append("<img class=\"crop\" alt=\"").append(esc(alt)).append("\" src=\"").append(crop).append("\">");
        } else {
            html.append("—");
        }
    }

    private record Place(int page, Box bbox) {
    }

    /**
     * A crop for each of the first {@link #PICTURED} places (null for the rest, or where none could be made),
     * each page rendered once; none when the original is not at hand.
     */
    private static List<String> crops(List<Place> places, Evidence evidence) {
        List<String> crops = new ArrayList<>(java.util.Collections.nCopies(places.size(), (String) null));
        if (evidence == null) {
            return crops;
        }
        Map<Integer, List<Integer>> byPage = new TreeMap<>();
        for (int i = 0; i < Math.min(PICTURED, places.size()); i++) {
            Place place = places.get(i);
            if (place.bbox() != null) {
                byPage.computeIfAbsent(place.page(), p -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
            try {
                List<String> pictures = evidence.closeUps(page.getKey(),
                        page.getValue().stream().map(i -> places.get(i).bbox()).toList());
                for (int i = 0; i < pictures.size(); i++) {
                    crops.set(page.getValue().get(i), pictures.get(i));
                }
            } catch (IOException | RuntimeException e) {
                // a page that cannot be rendered shows its figures without pictures
            }
        }
        return crops;
    }

    private static String threshold(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
