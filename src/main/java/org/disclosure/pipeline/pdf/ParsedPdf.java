package org.disclosure.pipeline.pdf;

import java.util.List;

/**
 * A PDF read once: its page models and the metadata its publisher left in it.
 *
 * @param pages    one page model per page, in order
 * @param producer the Producer entry of the document information, or null
 * @param creator  the Creator entry, or null
 * @param infoTitle the Title entry, or null
 * @param repair   what had to be repaired to read the file, or null when it was whole
 */
public record ParsedPdf(List<PageModel> pages, String producer, String creator, String infoTitle, String repair) {

    public int pageCount() {
        return pages.size();
    }

    /** True when no page carries any text: a scan without OCR. */
    public boolean isImageOnly() {
        return pages.stream().noneMatch(PageModel::hasTextLayer);
    }
}
