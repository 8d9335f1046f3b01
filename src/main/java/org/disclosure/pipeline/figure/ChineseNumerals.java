package org.disclosure.pipeline.figure;

import java.math.BigDecimal;
import java.util.Map;

/** Reads integers written in Chinese numerals: 十二, 一千二百, 两千, 三万五千, 壹佰贰拾 (and 一二三 digit by digit). */
final class ChineseNumerals {

    static final String CHARACTERS = "零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('壹', 1), Map.entry('二', 2),
            Map.entry('两', 2), Map.entry('贰', 2), Map.entry('貳', 2), Map.entry('三', 3), Map.entry('叁', 3),
            Map.entry('參', 3), Map.entry('四', 4), Map.entry('肆', 4), Map.entry('五', 5), Map.entry('伍', 5),
            Map.entry('六', 6), Map.entry('陆', 6), Map.entry('陸', 6), Map.entry('七', 7), Map.entry('柒', 7),
            Map.entry('八', 8), Map.entry('捌', 8), Map.entry('九', 9), Map.entry('玖', 9));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of('十', 10, '拾', 10, '百', 100, '佰', 100,
            '千', 1000, '仟', 1000);

    private ChineseNumerals() {
    }

    /** The value, or null when the characters do not form a well-made numeral. */
    static BigDecimal parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(c -> DIGITS.containsKey((char) c)) && text.length() > 1) {
            // 二〇二二: digit by digit, as years are written
            StringBuilder digits = new StringBuilder();
            text.chars().forEach(c -> digits.append(DIGITS.get((char) c)));
            return new BigDecimal(digits.toString());
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        int lastSmallUnit = Integer.MAX_VALUE;
        for (char c : text.toCharArray()) {
            Integer d = DIGITS.get(c);
            if (d != null) {
                if (digit > 0) {
                    return null; // two digits in a row without a unit between: 三四十 is not a number
                }
                digit = d;
                continue;
            }
            Integer small = SMALL_UNITS.get(c);
            if (small != null) {
                if (small >= lastSmallUnit) {
                    return null; // 十百, 百百: units must fall
                }
                section += (digit < 0 ? 1 : digit) * small; // 十二: an omitted one before 十
                digit = -1;
                lastSmallUnit = small;
                continue;
            }
            if (c == '万' || c == '亿') {
                long value = section + Math.max(digit, 0);
                if (value == 0 && total == 0) {
                    return null;
                }
                total = c == '万' ? total + value * 10_000L : (total + value) * 100_000_000L;
                section = 0;
                digit = -1;
                lastSmallUnit = Integer.MAX_VALUE;
                continue;
            }
            return null;
        }
        return BigDecimal.valueOf(total + section + Math.max(digit, 0));
    }
}
