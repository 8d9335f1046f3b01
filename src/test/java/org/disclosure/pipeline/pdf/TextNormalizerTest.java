package org.disclosure.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    /** The regex it replaces, on text with every kind of space: ASCII ones go, others (ideographic, no-break) stay. */
    @ParameterizedTest
    @ValueSource(strings = {"", "一般公共预算", " 一般 公共\t预算 ", "2 0 2 3年\r\n", "a\u000Bb\fc", "全角　空格",
            "no\u00A0break", "   ", "表一：收支总表 (续)"})
    void withoutSpacesRemovesWhatTheRegexRemoved(String text) {
        assertThat(TextNormalizer.withoutSpaces(text)).isEqualTo(text.replaceAll("\\s+", ""));
    }

    @Test
    void radicalsAreUnifiedAndTextAroundTheirRangeIsLeftAlone() {
        assertThat(TextNormalizer.unifyRadicals("⼀般公共预算")).isEqualTo("一般公共预算");
        assertThat(TextNormalizer.unifyRadicals("部⻔预算")).isEqualTo("部门预算");
        assertThat(TextNormalizer.unifyRadicals("\u2E7F部门\u2FE0")).isEqualTo("\u2E7F部门\u2FE0");
    }
}
