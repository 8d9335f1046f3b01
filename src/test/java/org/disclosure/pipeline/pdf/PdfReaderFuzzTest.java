package org.disclosure.pipeline.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.disclosure.pipeline.disclosure.DocumentModeller;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.table.TableExtractor;

/**
 * Any bytes at all, through the extraction entry point: the page model, tables and document model
 * are built, or the file is rejected with a typed reason. Anything else (a runtime exception, an
 * error other than running out of budget) is a finding.
 *
 * <p>The normal test run replays the committed seeds in
 * {@code src/test/resources/org/disclosure/pipeline/pdf/PdfReaderFuzzTestInputs/}. To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PdfReaderFuzzTest}; findings are written beside the seeds.
 */
class PdfReaderFuzzTest {

    private final PdfReader reader = new PdfReader(50);
    private final TableExtractor tables = new TableExtractor();
    private final DocumentModeller modeller = new DocumentModeller();

    @FuzzTest(maxDuration = "5m")
    void anyBytesEndInADocumentModelOrATypedRejection(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".pdf");
        try {
            Files.write(file, data);
            ParsedPdf pdf = reader.read(file);
            List<Table> found = pdf.isImageOnly() ? List.of() : tables.extract(pdf.pages());
            modeller.model(pdf, found);
        } catch (UnreadablePdfException expected) {
            // a typed rejection is a correct answer to bad bytes
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
