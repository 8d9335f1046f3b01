package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;

import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On the seed rendition every coded row knows its code, level and parent, and columns their meaning. */
class TableMeaningTest {

    private static DisclosureDocument seed;

    @BeforeAll
    static void read() throws Exception {
        ParsedPdf pdf = new PdfReader(500).read(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")));
        seed = new DocumentModeller().model(pdf, new TableExtractor().extract(pdf.pages()));
    }

    @Test
    void functionalCodesInThreeColumnsResolveIntoTheHierarchy() {
        DisclosureTable spending = seed.tables().get(2);
        assertThat(spending.rowMeanings()).extracting(RowMeaning::role, RowMeaning::code, RowMeaning::level,
                        RowMeaning::parent, RowMeaning::classification)
                .containsExactly(
                        tuple("item", "201", "类", null, "functional"),
                        tuple("item", "20103", "款", "201", "functional"),
                        tuple("item", "2010399", "项", "20103", "functional"),
                        tuple("item", "2010301", "项", "20103", "functional"),
                        tuple("total", null, null, null, null));
        assertThat(spending.columnMeanings()).containsExactly("code.class", "code.section", "code.item", "name",
                "total", "basic", "project");
    }

    @Test
    void economicCodesResolveToo() {
        DisclosureTable basic = seed.tables().get(5);
        assertThat(basic.rowMeanings()).hasSize(22);
        assertThat(basic.rowMeanings().get(0)).isEqualTo(new RowMeaning(3, "item", "301", "类", null, "economic", "工资福利支出"));
        assertThat(basic.rowMeanings().get(1)).isEqualTo(new RowMeaning(4, "item", "30101", "款", "301", "economic", "基本工资"));
        assertThat(basic.rowMeanings()).filteredOn(r -> "item".equals(r.role()))
                .allSatisfy(r -> assertThat(r.code()).isNotNull());
        assertThat(basic.columnMeanings()).containsExactly("code.class", "code.section", "name", "total", "personnel",
                "public-use");
    }

    @Test
    void everyCodedRowOfTheSeedHasItsParentInTheSameTable() {
        for (DisclosureTable table : seed.tables()) {
            List<String> codes = table.rowMeanings().stream().map(RowMeaning::code).toList();
            for (RowMeaning row : table.rowMeanings()) {
                if (row.parent() != null) {
                    assertThat(codes).as(table.title() + " row " + row.row()).contains(row.parent());
                }
            }
        }
    }

    @Test
    void threePublicColumnsKeepTheirParent() {
        assertThat(seed.tables().get(7).columnMeanings()).containsExactly("total", "overseas-trips", "vehicles/total",
                "vehicles/vehicle-purchase", "vehicles/vehicle-operation", "reception");
    }

    @Test
    void codesPrintedOnlyInTheNameAreFound() {
        assertThat(TableMeaning.columns(Arrays.asList("项目", "金额"))).containsExactly(null, null);
        DisclosureCell name = new DisclosureCell("公共安全支出（204类）", null, null, null, null, 1, new Box(0.0, 0.0, 1.0, 1.0), 2, 0, 1, 1);
        DisclosureCell value = new DisclosureCell("100", new java.math.BigDecimal("100"), null, null, null, 1, new Box(0.0, 0.0, 1.0, 1.0), 2, 1, 1, 1);
        DisclosureTable table = new DisclosureTable("t1", "x", "元", null, List.of(1), 2, 0, true, List.of(), List.of(),
                new org.disclosure.pipeline.table.TableQuality(true, 0, 0), null, List.of(), List.of(List.of(name, value)));
        assertThat(TableMeaning.rows(table.rows(), table.headerRows())).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("204");
            assertThat(r.level()).isEqualTo("类");
        });
    }
}
