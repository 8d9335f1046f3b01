package org.disclosure.pipeline.vocabulary;

import java.util.ArrayList;
import java.util.List;

/** The string literals of a Java source (comments skipped), each with the line it starts on. */
final class JavaStringLiterals {

    record Literal(int line, String text) {
    }

    private JavaStringLiterals() {
    }

    static List<Literal> of(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = skipTo(source, i + 2, "*/");
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                literals.add(new Literal(line, source.substring(i + 3, Math.max(i + 3, end - 3))));
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int start = i + 1;
                int j = start;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(line, source.substring(start, Math.min(j, source.length()))));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The index just after the next occurrence of end (or the end of the source). */
    private static int skipTo(String source, int from, String end) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < source.length(); k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
