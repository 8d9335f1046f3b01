package org.disclosure.pipeline.report;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;

/**
 * One kind of file people read beside document.json (the workbook, the CSVs, the annotated
 * copy). {@link ReportWriter} runs each on its own, so one that fails costs none of the others,
 * and report.html, written last, says which were made: a new exporter is a new class in its list.
 */
interface ArtefactWriter {

    /**
     * @param original the original PDF, loaded once for every writer; null when it could not be loaded
     * @return each file it made or tried to make, written or failed with the reason
     */
    List<Artefact> write(DocumentRecord record, PDDocument original, Path folder);
}
