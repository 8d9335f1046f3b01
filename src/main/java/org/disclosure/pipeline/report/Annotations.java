package org.disclosure.pipeline.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.pdf.PageGeometry;
import org.disclosure.pipeline.reconcile.Check;
import org.disclosure.pipeline.reconcile.CheckRef;
import org.disclosure.pipeline.reconcile.CheckStatus;

/**
 * Marks the cells of failed checks on the original PDF: one square annotation per cell reference,
 * red, whose note is the finding, so a reviewer can open the real document and see them.
 */
final class Annotations {

    private static final PDColor RED = new PDColor(new float[] {0.82f, 0.12f, 0.12f}, PDDeviceRGB.INSTANCE);
    /** Points around the cell, so the outline does not hide the figure. */
    private static final float PAD = 1.5f;

    private Annotations() {
    }

    /** Adds the annotations to {@code document}; returns how many. */
    static int annotate(PDDocument document, DocumentRecord record) throws IOException {
        int added = 0;
        for (Check check : record.checks()) {
            if (check.status() != CheckStatus.FAIL) {
                continue;
            }
            for (CheckRef ref : check.refs()) {
                if (ref.elsewhere() || ref.bbox() == null || ref.page() < 1 || ref.page() > document.getNumberOfPages()) {
                    continue;
                }
                PDPage page = document.getPage(ref.page() - 1);
                PageGeometry frame = Evidence.geometry(document, record.pages(), ref.page());
                double[] a = frame.uprightToUser(ref.bbox().x0(), ref.bbox().top());
                double[] b = frame.uprightToUser(ref.bbox().x1(), ref.bbox().bottom());
                float x0 = (float) Math.min(a[0], b[0]) - PAD;
                float y0 = (float) Math.min(a[1], b[1]) - PAD;
                float x1 = (float) Math.max(a[0], b[0]) + PAD;
                float y1 = (float) Math.max(a[1], b[1]) + PAD;
                PDAnnotationSquare square = new PDAnnotationSquare();
                square.setRectangle(new PDRectangle(x0, y0, x1 - x0, y1 - y0));
                square.setColor(RED);
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(1.5f);
                square.setBorderStyle(border);
                square.setContents(check.message() + " [" + check.rule() + "]");
                square.setTitlePopup("disclosure-pipeline");
                square.setPrinted(true);
                square.constructAppearances(document);
                page.getAnnotations().add(square);
                added++;
            }
        }
        return added;
    }
}
