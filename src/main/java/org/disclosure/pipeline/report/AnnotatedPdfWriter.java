package org.disclosure.pipeline.report;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentRecord;

/**
 * annotated.pdf: the original with each finding marked where it is printed. It changes the loaded
 * original, so it runs after everything that pictures the original as it was.
 */
final class AnnotatedPdfWriter implements ArtefactWriter {

    static final String ANNOTATED = "annotated.pdf";

    private int annotations;

    /** How many annotations the last copy written carries; 0 when none was written. */
    int annotations() {
        return annotations;
    }

    @Override
    public List<Artefact> write(DocumentRecord record, PDDocument original, Path folder) {
        annotations = 0;
        if (original == null) {
            return List.of(); // ReportWriter records why the original could not be loaded
        }
        int[] added = {0};
        Artefact annotated = ArtefactFiles.attempt(ANNOTATED, () -> {
            added[0] = Annotations.annotate(original, record);
            ArtefactFiles.replace(folder.resolve(ANNOTATED), temp -> original.save(temp.toFile()));
        });
        annotations = annotated.isFailed() ? 0 : added[0];
        return List.of(annotated);
    }
}
