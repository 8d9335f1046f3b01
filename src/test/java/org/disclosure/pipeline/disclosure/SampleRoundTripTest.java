package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.disclosure.pipeline.fixtures.DisclosureSpec;
import org.disclosure.pipeline.fixtures.DisclosureSpec.TableSpec;
import org.disclosure.pipeline.fixtures.GridLayout;
import org.disclosure.pipeline.fixtures.GridLayout.Placed;
import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.fixtures.SampleGenerator.Sample;
import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.Box;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample is rendered to PDF with known content and read back through the real extraction:
 * every table, title, unit, span, text, figure and code must come out as specified.
 */
class SampleRoundTripTest {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");
    private static final Pattern CODE_WITH_NAME = Pattern.compile("^(\\d{3})\\s+\\p{IsHan}");

    static Stream<Sample> samples() {
        return Stream.concat(SampleGenerator.SAMPLES.stream(), SampleGenerator.CORPUS.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyCellComesBackAsSpecified(Sample sample) throws Exception {
        DisclosureSpec spec = Samples.spec(sample);
        ParsedPdf pdf = new PdfReader(500).read(Samples.pdf(sample));
        DisclosureDocument document = new DocumentModeller().model(pdf, new TableExtractor().extract(pdf.pages()));

        List<TableSpec> expectedTables = spec.tables();
        assertThat(document.tables()).hasSameSizeAs(expectedTables);
        SoftAssertions softly = new SoftAssertions();
        for (int t = 0; t < expectedTables.size(); t++) {
            TableSpec expected = expectedTables.get(t);
            DisclosureTable actual = document.tables().get(t);
            String where = sample.pdf() + " table " + (t + 1) + " (" + expected.title() + ")";
            softly.assertThat(actual.title()).as(where + " title").isEqualTo(expected.title());
            softly.assertThat(actual.unit()).as(where + " unit").isEqualTo(expected.unit());
            softly.assertThat(actual.columnCount()).as(where + " columns").isEqualTo(expected.widths().size());
            softly.assertThat(actual.rows()).as(where + " rows").hasSize(expected.rows().size());
            softly.assertThat(actual.quality().strayTextShare()).as(where + " stray text").isZero();
            boolean ruled = !List.of("none", "three-line").contains(spec.style().getOrDefault("rulings", "stroke"));
            softly.assertThat(actual.ruled()).as(where + " ruled").isEqualTo(ruled);
            softly.assertThat(actual.columns()).as(where + " column paths").hasSize(expected.widths().size());
            Set<Integer> codeColumns = codeColumns(expected);
            for (Placed cell : GridLayout.place(expected.rows(), expected.widths().size())) {
                DisclosureCell got = actual.cellAt(cell.row(), cell.column());
                String at = where + " cell r" + cell.row() + "c" + cell.column() + " '" + cell.text() + "'";
                softly.assertThat(got).as(at).isNotNull();
                if (got == null) {
                    continue;
                }
                softly.assertThat(List.of(got.row(), got.column(), got.rowSpan(), got.colSpan())).as(at + " position and span")
                        .containsExactly(cell.row(), cell.column(), cell.rowSpan(), cell.colSpan());
                softly.assertThat(compact(got.text())).as(at + " text").isEqualTo(compact(cell.text()));
                String printed = compact(cell.text());
                boolean body = cell.row() >= expected.headerRows();
                Matcher named = CODE_WITH_NAME.matcher(cell.text());
                if (body && codeColumns.contains(cell.column()) && printed.matches("\\d+")) {
                    softly.assertThat(got.code()).as(at + " code").isEqualTo(printed);
                    softly.assertThat(got.value()).as(at + " codes have no value").isNull();
                } else if (body && named.find()) {
                    softly.assertThat(got.code()).as(at + " code before the name").isEqualTo(named.group(1));
                } else if (body && NUMBER.matcher(printed).matches()) {
                    softly.assertThat(got.value()).as(at + " value").isNotNull();
                    if (got.value() != null) {
                        softly.assertThat(got.value()).as(at + " value").isEqualByComparingTo(new BigDecimal(printed.replace(",", "")));
                    }
                } else {
                    softly.assertThat(got.value()).as(at + " states no figure").isNull();
                }
                softly.assertThat(got.page()).as(at + " page").isIn(actual.pages());
                softly.assertThat(got.bbox()).as(at + " bbox").isNotNull();
            }
        }
        softly.assertAll();
    }

    @org.junit.jupiter.api.Test
    void mergedHeadersResolveIntoColumnPaths() throws Exception {
        Sample seed = Samples.named("seed-2022-unit-budget.spec");
        ParsedPdf pdf = new PdfReader(500).read(Samples.pdf(seed));
        DisclosureDocument document = new DocumentModeller().model(pdf, new TableExtractor().extract(pdf.pages()));
        DisclosureTable threePublic = document.tables().get(7);
        assertThat(threePublic.title()).isEqualTo("一般公共预算\"三公\"经费支出情况表");
        assertThat(threePublic.columns()).containsExactly("合计", "因公出国(境)费", "公务用车购置及运行费 / 合计",
                "公务用车购置及运行费 / 公务用车购置费", "公务用车购置及运行费 / 公务用车运行费", "公务接待费");
        DisclosureTable spending = document.tables().get(2);
        assertThat(spending.columns()).containsExactly("项目 / 功能分类科目编码 / 类", "项目 / 功能分类科目编码 / 款",
                "项目 / 功能分类科目编码 / 项", "项目 / 功能分类科目名称", "支出预算 / 合计", "支出预算 / 基本支出",
                "支出预算 / 项目支出");
        assertThat(spending.quality().ruled()).isTrue();
        assertThat(document.tables().get(8).quality().emptyCellShare()).isGreaterThan(0.2);
    }

    @org.junit.jupiter.api.Test
    void longTablesAreStitchedAcrossPagesWithOrWithoutRepeatedHeaders() throws Exception {
        for (String spec : List.of("corpus-long-table.spec", "district-2024-dept-budget.spec", "small-unit-2024-unit-budget.spec")) {
            Sample sample = Samples.named(spec);
            ParsedPdf pdf = new PdfReader(500).read(Samples.pdf(sample));
            List<DisclosureTable> tables = new DocumentModeller().model(pdf, new TableExtractor().extract(pdf.pages())).tables();
            DisclosureTable longest = tables.stream().max(java.util.Comparator.comparingInt(t -> t.pages().size())).orElseThrow();
            assertThat(longest.pages()).as(spec).hasSizeGreaterThanOrEqualTo(2);
            if (spec.startsWith("corpus-long")) {
                assertThat(longest.pages()).as("three pages or more, header repeated on each").hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    private static Set<Integer> codeColumns(TableSpec table) {
        Set<Integer> columns = new HashSet<>();
        for (Placed cell : GridLayout.place(table.rows().subList(0, table.headerRows()), table.widths().size())) {
            String name = compact(cell.text());
            if (Set.of("类", "款", "项").contains(name) || name.contains("编码")) {
                for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                    columns.add(c);
                }
            }
        }
        return columns;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
