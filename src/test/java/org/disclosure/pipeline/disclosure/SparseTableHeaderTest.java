package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sparse table's first body rows may print no figure; they are body rows all the same. */
class SparseTableHeaderTest {

    @TempDir
    Path folder;

    @Test
    void rowsNamingOnlyTheirFirstColumnEndTheHeader() throws Exception {
        // the transfer table's first rows print nothing: 一、返还性收入 and 所得税基数返还收入 left blank
        DisclosureDocument document = Samples.modelled("corpus-column-rules.spec", spec -> spec
                .replace("一、返还性收入\t23597", "一、返还性收入\t").replace("所得税基数返还收入\t6434", "所得税基数返还收入\t"), folder);

        DisclosureTable transfers = document.tables().get(1);
        assertThat(transfers.headerRows()).isEqualTo(1);
        assertThat(transfers.columns()).containsExactly("项目", "2022年决算数");
        assertThat(transfers.rows().get(1).get(0).text()).isEqualTo("一、返还性收入");
    }
}
