package org.disclosure.pipeline.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.TextNormalizer;

/**
 * Budget subject codes (功能分类/经济分类科目编码): 类 201, 款 03, 项 01, or joined as 2010301,
 * 30101. They are identifiers, kept as text with their leading zeros, never read as amounts.
 */
public final class SubjectCodes {

    /** A code alone, as it stands in a code column. */
    private static final Pattern ALONE = Pattern.compile("\\d{1,9}");
    /** A code followed by its name in one cell, such as "201 一般公共服务支出". */
    private static final Pattern WITH_NAME = Pattern.compile("(\\d{3}(?:\\d{2}){0,3})\\s*[\\p{IsHan}（(]");

    private SubjectCodes() {
    }

    /** The code a cell names, or null; a bare number counts as a code only in a code column. */
    public static String codeIn(String text, boolean codeColumn) {
        String compact = TextNormalizer.withoutSpaces(text);
        if (codeColumn && ALONE.matcher(compact).matches()) {
            return compact;
        }
        Matcher named = WITH_NAME.matcher(text.strip());
        if (named.lookingAt()) {
            return named.group(1);
        }
        return null;
    }
}
