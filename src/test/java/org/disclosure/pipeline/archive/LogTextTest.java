package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksEscapesAndDirectionOverridesCannotReachALogLine() {
        assertThat(LogText.escape("a.pdf\r\narchived  forged.pdf")).isEqualTo("a.pdf\\r\\narchived  forged.pdf");
        assertThat(LogText.escape("red\u001b[31m.pdf")).isEqualTo("red\\u001b[31m.pdf");
        assertThat(LogText.escape("fdp.\u202eexe")).isEqualTo("fdp.\\u202eexe");
        assertThat(LogText.escape("line\u2028two")).isEqualTo("line\\u2028two");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(LogText.escape("上海市普陀区 2026 年预算.pdf")).isEqualTo("上海市普陀区 2026 年预算.pdf");
        assertThat(LogText.escape(null)).isEqualTo("null");
    }
}
