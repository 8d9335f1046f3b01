package org.disclosure.pipeline.report;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;

/** tables.xlsx: every table of the document, a sheet each. */
final class WorkbookWriter implements ArtefactWriter {

    static final String WORKBOOK = "tables.xlsx";

    @Override
    public List<Artefact> write(DocumentRecord record, PDDocument original, Path folder) {
        if (record.tables().isEmpty()) {
            return List.of(Artefact.skipped(WORKBOOK, "no table was read"));
        }
        return List.of(ArtefactFiles.attempt(WORKBOOK, () ->
                ArtefactFiles.replace(folder.resolve(WORKBOOK), temp -> TableExport.xlsx(record.tables(), temp))));
    }
}
