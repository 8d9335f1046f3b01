package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The 目录 as other regions print it: dot leaders of any kind, page numbers after them or on a line
 * of their own, 表一/附表1/1. numbering, titles wrapped over two lines, part headings between the
 * entries; and the titles a 目录 entry and its table may print differently (单位/部门, a year before
 * them) against the titles that say another table. Plain pages, no pipeline.
 */
class ContentsReaderTest {

    private static final TableCatalogue CATALOGUE = TableCatalogue.standard();

    private static List<ContentsEntry> entries(String contents) {
        List<DisclosurePage> pages = List.of(new DisclosurePage(1, "某某局2024年部门预算", true, null),
                new DisclosurePage(2, contents, true, null), new DisclosurePage(3, "第一部分 部门概况\n一、主要职能", true, null));
        return ContentsReader.entries(pages, CATALOGUE, "部门预算");
    }

    @Test
    void readsNumberedEntriesWithLeadersAndPageNumbers() {
        List<ContentsEntry> entries = entries("""
                目  录
                第一部分 部门概况……………………………………1
                第二部分 2024年部门预算表……………………4
                表一：2024年部门收支总体情况表……………………5
                附表2  部门收入总体情况表·······················6
                3. 部门支出总体情况表 ...................... 7
                4．财政拨款收支总体情况表⋯⋯⋯⋯8
                """);
        assertThat(entries).extracting(ContentsEntry::title)
                .containsExactly("2024年部门收支总体情况表", "部门收入总体情况表", "部门支出总体情况表", "财政拨款收支总体情况表");
        assertThat(entries).extracting(ContentsEntry::printedPage).containsExactly(5, 6, 7, 8);
        assertThat(entries).extracting(ContentsEntry::page).containsOnly(2);
        assertThat(entries.get(0).line()).isEqualTo("表一：2024年部门收支总体情况表");
    }

    @Test
    void joinsATitleWrappedOverTwoLinesAndAPageNumberOnItsOwnLine() {
        List<ContentsEntry> entries = entries("""
                目录
                表五 2024年部门一般公共预算基本支出
                部门预算经济分类预算表……………………12
                表六 2024年部门政府性基金预算支出功能分类预算表
                14
                表七 国有资本经营预算支出情况表 15
                """);
        assertThat(entries).extracting(ContentsEntry::title).containsExactly(
                "2024年部门一般公共预算基本支出部门预算经济分类预算表", "2024年部门政府性基金预算支出功能分类预算表",
                "国有资本经营预算支出情况表");
        assertThat(entries).extracting(ContentsEntry::printedPage).containsExactly(12, 14, 15);
    }

    @Test
    void sectionsAndPartsAreNotTables() {
        List<ContentsEntry> entries = entries("""
                目 录
                一、部门主要职能
                二、部门机构设置
                五、部门预算表
                第二部分 2024年度部门决算表
                """);
        assertThat(entries).isEmpty();
    }

    @Test
    void anEntryAndItsTableMayDifferByPrefixYearAndNumbering() {
        assertThat(PrintedTitles.likeness("表一：2024年单位收入预算总表", "2024年部门收入预算总表"))
                .isGreaterThanOrEqualTo(PrintedTitles.SAME);
        assertThat(PrintedTitles.likeness("1. 预算单位财务收支预算总表", "上海市某某局2024年财务收支预算总表"))
                .isGreaterThanOrEqualTo(PrintedTitles.SAME);
        assertThat(PrintedTitles.likeness("附表3 一般公共预算“三公”经费支出情况表", "2024年一般公共预算\"三公\"经费支出情况表"))
                .isGreaterThanOrEqualTo(PrintedTitles.SAME);
        assertThat(PrintedTitles.contradict("表一：2024年单位收入预算总表", "2024年部门收入预算总表")).isFalse();
    }

    @Test
    void titlesThatSayAnotherTableContradictShorthandDoesNot() {
        // a word swapped for another: one table's title printed for another's
        assertThat(PrintedTitles.contradict("一般公共预算项目支出部门预算经济分类预算表", "一般公共预算基本支出部门预算经济分类预算表"))
                .isTrue();
        assertThat(PrintedTitles.contradict("政府性基金预算支出功能分类预算表", "政府性基金预算项目功能分类预算表")).isTrue();
        assertThat(PrintedTitles.likeness("收入预算总表", "支出预算总表")).isLessThan(PrintedTitles.SAME);
        // a 目录's shorter name for the same table shares little and contradicts nothing
        assertThat(PrintedTitles.contradict("一般公共预算“三公”经费支出表", "“三公”经费和机关运行经费预算表")).isFalse();
        assertThat(PrintedTitles.contradict("一般公共预算支出表", "一般公共预算支出功能分类预算表")).isFalse();
    }
}
