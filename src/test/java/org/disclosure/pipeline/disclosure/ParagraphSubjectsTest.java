package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A numbered paragraph opening with a 类/款/项 chain gives its figures that chain as their subject. */
class ParagraphSubjectsTest {

    private static final String SECTION = "第二部分 / 五、一般公共预算财政拨款支出决算情况说明";

    private static String subjectAt(ParagraphSubjects paragraphs, String text, String marker) {
        return paragraphs.of(text, sameSection(text))[text.indexOf(marker)];
    }

    private static List<String> sameSection(String text) {
        return new ArrayList<>(Collections.nCopies(text.length(), SECTION));
    }

    @Test
    void aFullChainWithSpacesAndALineBreakInsideANameIsTheParagraphsSubject() {
        String text = "其中：\n9、城乡社区支出（类）城乡社区规划与管理（款）城乡社\n区规划与管理 （项）。主要用于：事业单位人员支出。"
                + "年初预算为3110.14万元，支出决算为2739.56万元，完成年初预算的88.08%。";
        assertThat(subjectAt(new ParagraphSubjects(), text, "2739.56"))
                .isEqualTo("城乡社区支出（类）城乡社区规划与管理（款）城乡社区规划与管理（项）");
    }

    @Test
    void halfWidthBracketsAndAChainOfOnlyClassAndSectionAreRead() {
        String text = "1、住房保障支出(类) 住房改革支出(款)。年初预算为289.59万元，支出决算为289.59万元。";
        assertThat(subjectAt(new ParagraphSubjects(), text, "289.59")).isEqualTo("住房保障支出（类）住房改革支出（款）");
    }

    @Test
    void aNameFollowedByItsCodeIsKept() {
        String text = "3、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（2010301）。年初预算为12万元。";
        assertThat(subjectAt(new ParagraphSubjects(), text, "12万元"))
                .isEqualTo("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（2010301）");
    }

    @Test
    void theNextNumberedItemStartsItsOwnSubjectAndAPlainItemHasNone() {
        String text = "1、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为42.73万元。\n"
                + "2、主要用于办公，年初预算为7.00万元。";
        ParagraphSubjects paragraphs = new ParagraphSubjects();
        String[] subjects = paragraphs.of(text, sameSection(text));
        assertThat(subjects[text.indexOf("42.73")]).isEqualTo("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）");
        assertThat(subjects[text.indexOf("7.00")]).isNull();
    }

    @Test
    void aHeadingEndsTheParagraphAndTextBeforeAnyItemHasNoSubject() {
        String text = "一般公共预算财政拨款支出年初预算为10210.34万元。\n13、住房保障支出（类）住房保障支出（款）购房补贴（项）。"
                + "年初预算为171.49万元。\n六、一般公共预算财政拨款基本支出决算情况说明\n基本支出5377.64万元。";
        List<String> sections = sameSection(text);
        for (int i = text.indexOf("六、"); i < text.length(); i++) {
            sections.set(i, "第二部分 / 六、一般公共预算财政拨款基本支出决算情况说明");
        }
        String[] subjects = new ParagraphSubjects().of(text, sections);
        assertThat(subjects[text.indexOf("10210.34")]).isNull();
        assertThat(subjects[text.indexOf("171.49")]).isEqualTo("住房保障支出（类）住房保障支出（款）购房补贴（项）");
        assertThat(subjects[text.indexOf("5377.64")]).isNull();
    }

    @Test
    void aChainCutByAPageBreakIsReadWholeOnTheNextPage() {
        ParagraphSubjects paragraphs = new ParagraphSubjects();
        String first = "年初预算为54.53万元。\n2、社会保障和就业支出（类）行政事业单位养老支出（款）";
        assertThat(paragraphs.of(first, sameSection(first))[first.indexOf("54.53")]).isNull();
        String next = "事业单位离退休（项）。主要用于：事业单位退休人员支出。年初预算为28.11万元。";
        assertThat(paragraphs.of(next, sameSection(next))[next.indexOf("28.11")])
                .isEqualTo("社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）");
        ParagraphSubjects cutInAName = new ParagraphSubjects();
        String cut = "6、卫生健康支出（类）行政事业单位医疗（款）行政单位";
        cutInAName.of(cut, sameSection(cut));
        String rest = "医疗（项）。年初预算为42.73万元。";
        assertThat(cutInAName.of(rest, sameSection(rest))[rest.indexOf("42.73")])
                .isEqualTo("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）");
    }

    @Test
    void aParagraphRunningOntoTheNextPageKeepsItsSubjectThere() {
        ParagraphSubjects paragraphs = new ParagraphSubjects();
        String first = "2、社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）。主要用于：事业单位退休人员支出。年";
        paragraphs.of(first, sameSection(first));
        String next = "初预算为28.11万元，支出决算为28.11万元。\n3、主要用于其他。";
        String[] subjects = paragraphs.of(next, sameSection(next));
        assertThat(subjects[next.indexOf("28.11")])
                .isEqualTo("社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）");
        assertThat(subjects[next.indexOf("其他")]).isNull();
    }
}
