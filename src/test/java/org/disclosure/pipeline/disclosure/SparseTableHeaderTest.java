package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.pipeline.fixtures.DisclosurePdfWriter;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sparse table's first body rows may print no figure; they are body rows all the same. */
class SparseTableHeaderTest {

    @TempDir
    Path folder;

    @Test
    void rowsNamingOnlyTheirFirstColumnEndTheHeader() throws Exception {
        String spec = String.join("\n", Files.readAllLines(SampleGenerator.specFile("corpus-column-rules.spec")))
                // the transfer table's first rows print nothing: 一、返还性收入 and 所得税基数返还收入 left blank
                .replace("一、返还性收入\t23597", "一、返还性收入\t").replace("所得税基数返还收入\t6434", "所得税基数返还收入\t");
        Path pdf = folder.resolve("sparse.pdf");
        new DisclosurePdfWriter(DisclosureSpec.parse(spec.lines().toList())).write(pdf, "fixture");
        ParsedPdf parsed = new PdfReader(500).read(pdf);
        DisclosureDocument document = new DocumentModeller().model(parsed, new TableExtractor().extract(parsed.pages()));

        DisclosureTable transfers = document.tables().get(1);
        assertThat(transfers.headerRows()).isEqualTo(1);
        assertThat(transfers.columns()).containsExactly("项目", "2022年决算数");
        assertThat(transfers.rows().get(1).get(0).text()).isEqualTo("一、返还性收入");
    }
}
