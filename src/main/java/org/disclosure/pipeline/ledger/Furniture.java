package org.disclosure.pipeline.ledger;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers that belong to the page's furniture rather than its data: how a number is told to be
 * one from the text around it on its line.
 */
public enum Furniture {
    PAGE_NUMBER, DATE, TABLE_LABEL, CONTENTS_REFERENCE, NUMBERING, SUBJECT_CODE, DOCUMENT_NUMBER, CONTACT;

    private static final Pattern PAGE_LINE = Pattern.compile(
            "[-—–_\\s]*(第\\s*)?\\d+(\\s*页)?(\\s*[/／]\\s*\\d+|\\s*共\\s*\\d+\\s*页)?[-—–_\\s]*");
    private static final Pattern LEADERS = Pattern.compile("\\.{3,}|…+|·{3,}|-{4,}|_{4,}|。{3,}");
    private static final Pattern CALENDAR = Pattern.compile("(19|20)\\d{2}([.\\-/年]\\d{1,2}){1,2}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern LABEL_BEFORE = Pattern.compile("(^|[\\s：:、])(附表|附件|表|图)\\s*[\\d\\-－—.]*$|附表\\s*[\\d\\-－—.]*$");
    private static final Pattern CONTACT_WORDS = Pattern.compile("电话|传真|邮编|邮政编码|联系方式|邮箱|热线|手机");

    /**
     * What furniture a number is, or null when it is not furniture.
     *
     * @param line     the whole line, as read
     * @param start    where the number starts in the line
     * @param end      where it ends
     * @param contents whether the page is a table of contents
     */
    public static Furniture of(String line, int start, int end, boolean contents) {
        String token = line.substring(start, end);
        String before = line.substring(0, start).stripTrailing();
        String after = line.substring(end).stripLeading();
        if (PAGE_LINE.matcher(line.strip()).matches()) {
            return PAGE_NUMBER;
        }
        if (CONTACT_WORDS.matcher(line).find()) {
            return CONTACT;
        }
        if (CALENDAR.matcher(token).matches() || after.startsWith("月") || after.startsWith("日")) {
            return DATE;
        }
        if (YEAR.matcher(token).matches() && (after.startsWith("年") || after.startsWith("〕") || after.startsWith("]")
                || after.startsWith("-") || after.startsWith("—") || after.startsWith("–") || after.startsWith("～")
                || after.startsWith("至") || before.endsWith("〔") || before.endsWith("[") || after.isEmpty()
                || before.endsWith("-") || before.endsWith("—") || before.endsWith("至"))) {
            return DATE;
        }
        if (after.startsWith("号") && (before.endsWith("〕") || before.endsWith("]") || before.endsWith("第"))) {
            return DOCUMENT_NUMBER;
        }
        if ((contents || LEADERS.matcher(before).find()) && after.isEmpty()) {
            return CONTENTS_REFERENCE;
        }
        if (LABEL_BEFORE.matcher(before).find()) {
            return TABLE_LABEL;
        }
        if (CODE.matcher(token).matches() && (opens(before) && closes(after) || startsWithIdeograph(after))) {
            return SUBJECT_CODE;
        }
        if (numbering(before, after)) {
            return NUMBERING;
        }
        return null;
    }

    /** 1、 (1) （一） 1. 第3 1): list and section numbering, ordinals. */
    private static boolean numbering(String before, String after) {
        if (after.startsWith("、") || before.endsWith("第")) {
            return true;
        }
        if (opens(before) && closes(after)) {
            return true;
        }
        if ((after.startsWith(")") || after.startsWith("）")) && before.isEmpty()) {
            return true;
        }
        return (after.startsWith(".") || after.startsWith("．"))
                && (after.length() == 1 || !Character.isDigit(after.charAt(1))) && before.isEmpty();
    }

    private static boolean opens(String before) {
        return before.endsWith("(") || before.endsWith("（");
    }

    private static boolean closes(String after) {
        return after.startsWith(")") || after.startsWith("）");
    }

    private static boolean startsWithIdeograph(String after) {
        return !after.isEmpty() && Character.UnicodeScript.of(after.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** The name used in document.json: page-number, date, table-label … */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
