package org.disclosure.pipeline.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureTest {

    /** line | the number in it | what it is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "— 30 —|30|page-number",
            "-3-|3|page-number",
            "第 3 页 共 20 页|20|page-number",
            "12|12|page-number",
            "第二部分 2022年单位预算公开表……………………5|5|contents-reference",
            "截至2024年12月31日|12|date",
            "截至2024年12月31日|2024|date",
            "2024.12.31|2024.12.31|date",
            "“十四五”规划(2021-2025年)|2021|date",
            "表1-2 一般公共预算支出表|1|table-label",
            "附表3 政府性基金|3|table-label",
            "新财预〔2021〕12号|12|document-number",
            "新财预〔2021〕12号|2021|date",
            "行政运行(2010101)|2010101|subject-code",
            "2010101行政运行|2010101|subject-code",
            "1、主要职能|1|numbering",
            "(3)协助政府领导|3|numbering",
            "第3项|3|numbering",
            "联系电话：0908-4224567|0908|contact",
    })
    void tellsFurnitureFromTheTextAroundIt(String line, String number, String kind) {
        int start = line.indexOf(number);
        assertEquals(kind, String.valueOf(Furniture.of(line, start, start + number.length(), false)), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "基本支出1346.16万元|1346.16",
            "一般公共服务支出        1503.16      1346.16|1503.16",
            "单位编制数 61,实有人数 103人|61",
            "合计 157|157",
    })
    void leavesDataAlone(String line, String number) {
        int start = line.indexOf(number);
        assertNull(Furniture.of(line, start, start + number.length(), false), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "第一部分 概况  3|3",
            "一般公共预算支出情况表 12|12",
    })
    void aLineEndingInANumberOnAContentsPageIsAPageReference(String line, String number) {
        int start = line.lastIndexOf(number);
        assertEquals(Furniture.CONTENTS_REFERENCE, Furniture.of(line, start, start + number.length(), true), line);
    }
}
