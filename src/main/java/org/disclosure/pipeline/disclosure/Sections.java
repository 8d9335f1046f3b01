package org.disclosure.pipeline.disclosure;

import java.util.regex.Pattern;

/**
 * Keeps track of where in the document's outline the reading is: the part (第三部分 …), the
 * section (三、关于…) and the subsection ((一) …), as headings go by in reading order.
 */
final class Sections {

    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.{0,40}$");
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、[^。]{1,70}$");
    private static final Pattern SUBSECTION = Pattern.compile("^[（(][一二三四五六七八九十]+[)）][^。]{1,40}$");

    private String part;
    private String section;
    private String subsection;

    /** Notes a line; returns true when it was a heading. */
    boolean read(String line) {
        String text = line.strip().replace('\t', ' ');
        if (PART.matcher(text).matches()) {
            part = text;
            section = null;
            subsection = null;
            return true;
        }
        if (SECTION.matcher(text).matches() && !text.contains("……")) {
            section = text;
            subsection = null;
            return true;
        }
        if (SUBSECTION.matcher(text).matches()) {
            subsection = text;
            return true;
        }
        return false;
    }

    /** The heading path in force: 第三部分 … / 三、关于… / (一)…; null before any heading. */
    String current() {
        StringBuilder path = new StringBuilder();
        for (String heading : new String[] {part, section, subsection}) {
            if (heading != null) {
                if (!path.isEmpty()) {
                    path.append(" / ");
                }
                path.append(heading);
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
