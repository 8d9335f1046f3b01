package org.disclosure.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.disclosure.pipeline.figure.FigureParser;
import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.pdf.PageModel;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.Table;
import org.disclosure.pipeline.table.TableExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH microbenchmarks of the hot paths on the seed rendition (19 pages, 13 tables): building the
 * page model from one PDFBox load, building tables from page models, and normalising printed
 * figures. Run with {@code bench/run --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    private static final List<String> PRINTED = List.of("1, 089. 40", "1346. 16", "96,282,213.44", "１２３．４５",
            "(12.50)", "－12.5", "89.56%", "增长7.73%", "≥2138人", "≤0.03万元/人", "约4.8万元", "一千二百", "-", "", "0.00",
            "6 9 8 1 . 2 0", "≤180 元/天/人", "2010301");

    private Path seed;
    private List<PageModel> pages;
    private final PdfReader reader = new PdfReader(2000);
    private final TableExtractor tables = new TableExtractor();

    @Setup
    public void render() throws Exception {
        seed = SampleGenerator.render(SampleGenerator.SAMPLES.get(0), Files.createTempDirectory("hotpaths"));
        pages = reader.read(seed).pages();
    }

    @Benchmark
    public ParsedPdf pageModel() throws Exception {
        return reader.read(seed);
    }

    @Benchmark
    public List<Table> tableBuilding() {
        return tables.extract(pages);
    }

    @Benchmark
    public void normalisation(Blackhole sink) {
        for (String printed : PRINTED) {
            sink.consume(FigureParser.parse(printed));
        }
    }
}
