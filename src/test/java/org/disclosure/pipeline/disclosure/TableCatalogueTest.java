package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableCatalogueTest {

    private final TableCatalogue catalogue = TableCatalogue.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "单位收支总体情况表|budget.overview|单位预算",
            "2026年部门财务收支预算总表|budget.overview|部门预算",
            "上海市普陀区司法局2026年部门财务收支预算总表|budget.overview|部门预算",
            "一般公共预算基本支出情况表|budget.general-public-basic|单位预算",
            "2026年部门一般公共预算基本支出部门预算经济分类预算表|budget.general-public-basic|部门预算",
            "一般公共预算\"三公\"经费支出情况表|budget.three-public|单位预算",
            "2026年部门“三公”经费和机关运行经费预算表|budget.three-public|部门预算",
            "财政拨款收支预算总体情况表|budget.fiscal-overview|单位预算",
            "项目支出绩效目标表|budget.performance-targets|单位预算",
            "收入支出决算总表|final.overview|部门决算",
            "财政拨款收入支出决算总表|final.fiscal-overview|部门决算",
            "一般公共预算财政拨款支出决算表|final.general-public|部门决算",
            "支出决算表|final.expenditure|部门决算",
            "财政拨款‘三公’经费支出决算表|final.three-public|部门决算",
    })
    void titleVariantsMatchTheirStandardTable(String title, String kind, String documentKind) {
        assertThat(catalogue.classify(title, List.of(), documentKind)).isNotNull()
                .extracting(Classification::kind).isEqualTo(kind);
    }

    @Test
    void unknownTablesStayUnclassified() {
        assertThat(catalogue.classify("部门决算单位构成", List.of("序号", "单位名称"), "部门决算")).isNull();
        assertThat(catalogue.classify(null, List.of(), "部门预算")).isNull();
    }

    @Test
    void expectedColumnsRaiseConfidenceAndMissingOnesLowerIt() {
        double with = catalogue.classify("收支表", List.of("收入 / 项目", "支出 / 项目"), "部门预算") == null ? 0
                : catalogue.classify("收支表", List.of("收入 / 项目", "支出 / 项目"), "部门预算").confidence();
        Classification exact = catalogue.classify("单位收支总体情况表", List.of("收入 / 项目", "支出 / 功能分类"), "单位预算");
        Classification noColumns = catalogue.classify("单位收支总体情况表", List.of("序号", "名称"), "单位预算");
        assertThat(exact.confidence()).isEqualTo(1.0);
        assertThat(noColumns.confidence()).isLessThan(exact.confidence());
        assertThat(with).isLessThan(exact.confidence());
    }

    /**
     * Shanghai prints 财政拨款收支预算总表 over plain 收入 / 支出 headers: its title is exactly the
     * fiscal overview's, so the header words must not hand it to 收支预算总表, whose title it merely ends in.
     */
    @Test
    void anExactTitleWinsOverATitleItOnlyEndsIn() {
        List<String> header = List.of("收入 / 项目", "收入 / 预算数", "支出 / 项目", "支出 / 合计", "支出 / 一般公共预算");
        assertThat(catalogue.classify("2024年部门财政拨款收支预算总表", header, "部门预算").kind())
                .isEqualTo("budget.fiscal-overview");
        assertThat(catalogue.classify("单位财政拨款收支总体情况表", header, "单位预算").kind())
                .isEqualTo("budget.fiscal-overview");
        assertThat(catalogue.classify("2024年部门财务收支预算总表", header, "部门预算").kind()).isEqualTo("budget.overview");
    }

    @Test
    void theSeedsNineTablesAreClassifiedAndItsEmptyFundTableIsExplained() throws Exception {
        ParsedPdf pdf = new PdfReader(500).read(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")));
        DisclosureDocument document = new DocumentModeller().model(pdf, new TableExtractor().extract(pdf.pages()));
        assertThat(document.tables()).extracting(t -> t.standard() == null ? "-" : t.standard().kind()).containsExactly(
                "budget.overview", "budget.income", "budget.expenditure", "budget.fiscal-overview",
                "budget.general-public", "budget.general-public-basic", "budget.general-public-project",
                "budget.three-public", "budget.government-fund", "budget.performance-targets",
                "budget.performance-targets", "budget.performance-targets", "budget.performance-targets");
        assertThat(document.requiredTables()).filteredOn(r -> r.required())
                .extracting(RequiredTable::kind, RequiredTable::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("budget.overview", "present"),
                        org.assertj.core.groups.Tuple.tuple("budget.income", "present"),
                        org.assertj.core.groups.Tuple.tuple("budget.expenditure", "present"),
                        org.assertj.core.groups.Tuple.tuple("budget.fiscal-overview", "present"),
                        org.assertj.core.groups.Tuple.tuple("budget.general-public", "present"),
                        org.assertj.core.groups.Tuple.tuple("budget.general-public-basic", "present"),
                        org.assertj.core.groups.Tuple.tuple("budget.three-public", "present"),
                        org.assertj.core.groups.Tuple.tuple("budget.government-fund", "empty"));
        assertThat(document.identity().published()).isEqualTo("2022-03-15");
        assertThat(document.identity().evidence()).containsKeys("title", "unit", "year", "kind", "published");
        assertThat(document.identity().evidence().get("published")).contains("2022年3月15日");
        RequiredTable fund = document.requiredTables().stream()
                .filter(r -> r.kind().equals("budget.government-fund")).findFirst().orElseThrow();
        assertThat(fund.explained()).isTrue();
        assertThat(fund.note()).contains("为空表");
    }
}
