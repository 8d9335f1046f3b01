package org.disclosure.pipeline.figure;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.disclosure.pipeline.pdf.TextNormalizer;

/** The units disclosures print after figures: currencies with their scale to 元, percent, and measure words. */
final class Units {

    static final Map<String, BigDecimal> MONEY = Map.of(
            "元", BigDecimal.ONE,
            "千元", new BigDecimal("1000"),
            "万元", new BigDecimal("10000"),
            "百万元", new BigDecimal("1000000"),
            "亿元", new BigDecimal("100000000"));

    /** Shares and rates; a change of a rate is counted in (个)百分点, percentage points. */
    static final List<String> PERCENT = List.of("%", "‰", "个百分点", "百分点");

    /** Measure words and physical units; 台(套) in both bracket styles. */
    static final List<String> MEASURES = List.of(
            "平方公里", "平方米", "立方米", "公里", "千米", "公顷", "亩", "米", "吨", "千克",
            "个工作日", "工作日", "小时", "分钟", "天", "日", "周", "月", "季度", "年",
            "人次", "户次", "台(套)", "台（套）", "台套", "团队", "团组", "批次",
            "人", "次", "条", "个", "辆", "台", "套", "篇", "项", "家", "户", "名", "份", "件", "所", "处", "座",
            "期", "批", "场", "册", "本", "张", "间", "栋", "课时", "学时", "支", "块", "盏", "株", "棵", "只",
            "头", "床", "位", "班", "节", "门", "宗", "笔", "起", "例", "单", "页", "字", "GB", "TB", "M", "KM", "km");

    /** All unit words, longest first so that 万元 wins over 元 and 人次 over 人. */
    static final List<String> BASES = Stream.of(MONEY.keySet().stream(), PERCENT.stream(), MEASURES.stream())
            .flatMap(s -> s).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** A unit: a base word, then any number of "/measure" (per person, per day per person). */
    static final String UNIT_REGEX = "(?:" + alternation(BASES) + ")(?:\\s*/\\s*(?:" + alternation(
            MEASURES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) + "))*";

    static final Pattern UNIT = Pattern.compile(UNIT_REGEX);

    private Units() {
    }

    private static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The unit's first word: what kind of thing the figure counts. */
    static String base(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }

    static String normalise(String unit) {
        return TextNormalizer.withoutSpaces(unit).replace("台（套）", "台(套)");
    }
}
