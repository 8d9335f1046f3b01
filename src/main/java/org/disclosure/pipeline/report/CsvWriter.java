package org.disclosure.pipeline.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;
import org.disclosure.pipeline.disclosure.DisclosureTable;

/** tables/*.csv: one CSV per table, each made on its own. */
final class CsvWriter implements ArtefactWriter {

    static final String CSV_FOLDER = "tables";

    @Override
    public List<Artefact> write(DocumentRecord record, PDDocument original, Path folder) {
        List<Artefact> artefacts = new ArrayList<>();
        Path csv = folder.resolve(CSV_FOLDER);
        for (DisclosureTable table : record.tables()) {
            String fileName = TableExport.csvName(table);
            artefacts.add(ArtefactFiles.attempt(CSV_FOLDER + "/" + fileName, () -> {
                Files.createDirectories(csv);
                ArtefactFiles.replace(csv.resolve(fileName), temp -> TableExport.csv(table, temp));
            }));
        }
        return artefacts;
    }
}
