package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.disclosure.pipeline.fixtures.Samples;
import org.disclosure.pipeline.pdf.ParsedPdf;
import org.disclosure.pipeline.pdf.PdfReader;
import org.disclosure.pipeline.table.TableExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's four 项目支出绩效目标表, read into projects, funds and indicators with their targets. */
class PerformanceTargetsTest {

    private static List<PerformanceTarget> targets;
    private static List<ProjectLink> projects;

    @BeforeAll
    static void read() throws Exception {
        ParsedPdf pdf = new PdfReader(500).read(Samples.pdf(Samples.named("seed-2022-unit-budget.spec")));
        DisclosureDocument document = new DocumentModeller().model(pdf, new TableExtractor().extract(pdf.pages()));
        targets = document.performanceTargets();
        projects = document.projects();
    }

    @Test
    void narrativeProjectsAreLinkedToTheirTableRowAndTargets() {
        // the narrative calls it 机场设施租用费, the table 机场设施租赁费, the targets 机场设施租赁项目
        assertThat(projects).extracting(ProjectLink::name, p -> p.amount().toPlainString(), ProjectLink::tableName,
                        p -> p.tableAmount().toPlainString(), ProjectLink::targetsName, p -> p.targetFunds().toPlainString())
                .containsExactly(
                        tuple("机场设施租用费", "60", "机场设施租赁费", "60", "机场设施租赁项目", "60"),
                        tuple("公务接待费", "40", "公务接待费", "40", "公务接待项目", "40"),
                        tuple("业务活动经费", "50", "业务活动经费", "50", "业务活动经费项目", "50"),
                        tuple("群众工作经费", "7", "群众工作经费", "7", "群众工作经费项目", "7"));
        assertThat(projects).allSatisfy(p -> {
            assertThat(p.unit()).isEqualTo("万元");
            assertThat(p.tableId()).isEqualTo("t7");
        });
    }

    @Test
    void everyProjectWithItsFunds() {
        assertThat(targets).extracting(PerformanceTarget::project, t -> t.funds().toPlainString(),
                        t -> t.fiscalFunds().toPlainString(), t -> t.indicators().size())
                .containsExactly(
                        tuple("公务接待项目", "40", "40", 12),
                        tuple("机场设施租赁项目", "60", "60", 9),
                        tuple("业务活动经费项目", "50", "50", 24),
                        tuple("群众工作经费项目", "7", "7", 10));
        assertThat(targets.get(0).budgetUnit()).isEqualTo("克孜勒苏柯尔克孜自治州人民政府办公室");
        assertThat(targets.get(0).goal()).startsWith("该项目资金40万元");
        assertThat(targets.get(3).otherFunds()).isNull(); // printed blank, not zero
    }

    @Test
    void indicatorsKeepTheirLevelsAndTargets() {
        PerformanceTarget.Indicator first = targets.get(0).indicators().get(0);
        assertThat(first.level1()).isEqualTo("产出指标");
        assertThat(first.level2()).isEqualTo("数量指标");
        assertThat(first.name()).isEqualTo("陪餐人数(接待人数)");
        assertThat(first.target()).isEqualTo(new CellFigure(new java.math.BigDecimal("712"), "人", "≥", "count", null));
        PerformanceTarget.Indicator cost = targets.get(1).indicators().stream()
                .filter(i -> i.name().equals("全年贵宾厅人均成本")).findFirst().orElseThrow();
        assertThat(cost.level2()).isEqualTo("成本指标");
        assertThat(cost.target()).isEqualTo(new CellFigure(new java.math.BigDecimal("0.03"), "万元/人", "≤", "ratio", null));
        PerformanceTarget.Indicator word = targets.get(0).indicators().stream()
                .filter(i -> "效益指标".equals(i.level1())).findFirst().orElseThrow();
        assertThat(word.text()).isEqualTo("好");
        assertThat(word.target()).isNull();
        assertThat(targets.get(2).indicators()).anySatisfy(i -> {
            assertThat(i.name()).isEqualTo("系统故障率");
            assertThat(i.target().relation()).isEqualTo("≤"); // printed ≪
        });
    }
}
