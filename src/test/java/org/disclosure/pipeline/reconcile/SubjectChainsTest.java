package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosureTable;
import org.disclosure.pipeline.disclosure.RowMeaning;
import org.junit.jupiter.api.Test;

/** A 类/款/项 chain resolves to the one row whose name and parents' names it gives, and to nothing else. */
class SubjectChainsTest {

    private static RowMeaning row(String code, String name) {
        return new RowMeaning(0, "item", code, null, null, "functional", name);
    }

    private static DisclosureDocument document(RowMeaning... rows) {
        DisclosureTable table = new DisclosureTable("t1", "支出决算表", "万元", null, List.of(11), 3, 1, true,
                List.of("科目编码", "科目名称", "本年支出合计"), List.of("code", "name", "total"), null, null,
                List.of(rows), List.of(), null);
        return new DisclosureDocument(null, List.of(), List.of(table), List.of(), List.of(), List.of(), List.of());
    }

    private static final DisclosureDocument PLANNING = document(
            row("212", "城乡社区支出"), row("21201", "城乡社区管理事务"), row("2120101", "行政运行"),
            row("21202", "城乡社区规划与管理"), row("2120201", "城乡社区规划与管理"),
            row("220", "自然资源海洋气象等支出"), row("22001", "自然资源事务"), row("2200101", "行政运行"),
            row("221", "住房保障支出"), row("22102", "住房改革支出"), row("2210201", "住房公积金"));

    @Test
    void theItemWhoseClassAndSectionNamesMatchIsTheOne() {
        assertThat(SubjectChains.code(PLANNING, "城乡社区支出（类）城乡社区规划与管理（款）城乡社区规划与管理（项）"))
                .isEqualTo("2120201");
        assertThat(SubjectChains.code(PLANNING, "城乡社区支出（类）城乡社区管理事务（款）行政运行（项）")).isEqualTo("2120101");
        assertThat(SubjectChains.code(PLANNING, "自然资源海洋气象等支出（类）自然资源事务（款）行政运行（项）"))
                .isEqualTo("2200101");
    }

    @Test
    void aChainOfClassAndSectionNamesTheSection() {
        assertThat(SubjectChains.code(PLANNING, "住房保障支出（类）住房改革支出（款）")).isEqualTo("22102");
    }

    @Test
    void aCodePrintedInTheChainIsTakenAsItStands() {
        assertThat(SubjectChains.code(PLANNING, "城乡社区支出（类）行政运行（2120101）")).isEqualTo("2120101");
    }

    @Test
    void aParentNameTheTablesDoNotPrintLeavesTheChainUnresolved() {
        // the document names the 款 住房保障支出 where its tables print 住房改革支出: no guess
        assertThat(SubjectChains.code(PLANNING, "住房保障支出（类）住房保障支出（款）住房公积金（项）")).isNull();
        assertThat(SubjectChains.code(PLANNING, "城乡社区支出（类）城乡社区管理事务（款）其他支出（项）")).isNull();
    }

    @Test
    void aNameSeveralRowsAnswerIsLeftUnresolved() {
        assertThat(SubjectChains.code(PLANNING, "行政运行（项）")).isNull();
    }

    @Test
    void spacesAndBracketsInRowNamesDoNotKeepThemFromMatching() {
        DisclosureDocument spaced = document(row("201", "一般公共服务支出"), row("20103", "政府办公厅(室)及相关机构事务"),
                row("2010301", "行政 运行"));
        assertThat(SubjectChains.code(spaced, "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）"))
                .isEqualTo("2010301");
    }
}
