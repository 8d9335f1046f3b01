package org.disclosure.pipeline.report;

import static org.disclosure.pipeline.report.HtmlReport.esc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disclosure.pipeline.archive.OcrInfo;
import org.disclosure.pipeline.reconcile.UncertainReading;

/**
 * The report's section on the figures OCR read below the confidence threshold: each shown as its crop
 * of the page beside the value read, so a reader can check the digits by eye.
 */
final class UncertainFigures {

    /** Figures shown with their crop; past this many a long scan lists the rest without pictures. */
    static final int PICTURED = 300;

    private UncertainFigures() {
    }

    /** The section, or an empty string when no page was OCR'd or nothing was uncertain. */
    static String section(OcrInfo ocr, Evidence evidence) {
        if (ocr == null || ocr.uncertain().isEmpty()) {
            return "";
        }
        List<UncertainReading> uncertain = ocr.uncertain();
        Map<UncertainReading, String> crops = crops(uncertain, evidence);
        StringBuilder html = new StringBuilder();
        html.append("<section id=\"uncertain\">\n<h2>识别存疑的数字 Figures OCR is unsure of (")
                .append(uncertain.size()).append(")</h2>\n<p class=\"meta\">扫描页上识别置信度低于 ")
                .append(threshold(ocr.uncertainBelow())).append(" 的数字：请对照图片核对。Figures read from scanned pages with a")
                .append(" confidence below ").append(threshold(ocr.uncertainBelow()))
                .append(": compare each with its picture. Checks resting on them are unverified, never failed.</p>\n")
                .append("<div class=\"scroll\"><table class=\"data uncertain\">\n<tr class=\"head\"><td>页 Page</td>")
                .append("<td>图片 Picture</td><td>识别为 Read as</td><td>置信度 Confidence</td>")
                .append("<td>两次识别 First / digits-only read</td></tr>\n");
        for (UncertainReading figure : uncertain) {
            String crop = crops.get(figure);
            html.append("<tr><td>").append(figure.page()).append("</td><td>");
            if (crop != null) {
                html.append("<img class=\"crop\" alt=\"").append(esc(figure.text())).append("\" src=\"").append(crop).append("\">");
            } else {
                html.append("—");
            }
            html.append("</td><td class=\"num\">").append(esc(figure.text())).append("</td><td class=\"num\">")
                    .append(figure.confidence()).append("</td><td class=\"num\">");
            if (figure.firstRead() != null) {
                html.append(esc(figure.firstRead())).append(" / ")
                        .append(figure.secondRead() == null ? "—" : esc(figure.secondRead()));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table></div>\n</section>\n");
        return html.toString();
    }

    /** The first {@link #PICTURED} figures' crops, each page rendered once; none when the original is not at hand. */
    private static Map<UncertainReading, String> crops(List<UncertainReading> uncertain, Evidence evidence) {
        Map<UncertainReading, String> crops = new LinkedHashMap<>();
        if (evidence == null) {
            return crops;
        }
        Map<Integer, List<UncertainReading>> byPage = new TreeMap<>();
        for (UncertainReading figure : uncertain.subList(0, Math.min(PICTURED, uncertain.size()))) {
            if (figure.bbox() != null && figure.bbox().size() == 4) {
                byPage.computeIfAbsent(figure.page(), p -> new ArrayList<>()).add(figure);
            }
        }
        for (Map.Entry<Integer, List<UncertainReading>> page : byPage.entrySet()) {
            try {
                List<String> pictures = evidence.closeUps(page.getKey(),
                        page.getValue().stream().map(UncertainReading::bbox).toList());
                for (int i = 0; i < pictures.size(); i++) {
                    crops.put(page.getValue().get(i), pictures.get(i));
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
