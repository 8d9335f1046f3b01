package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.disclosure.pipeline.fixtures.SampleGenerator;
import org.disclosure.pipeline.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed disclosure printed with its text mapped to CJK radical code points, as some producers'
 * fonts do (⼀般公共预算, 部⻔): it must read exactly as the seed printed with the ideographs does.
 */
class RadicalCodePointsTest {

    /** 一 as the Kangxi radical ⼀, 门 长 车 贝 见 as the CJK Radicals Supplement's simplified forms. */
    private static final Map<String, String> RADICALS = Map.of("一", "\u2F00", "门", "\u2ED4", "长", "\u2ED3",
            "车", "\u2ECB", "贝", "\u2EC9", "见", "\u2EC5");

    private static final String SEED = "seed-2022-unit-budget.spec";

    @TempDir
    Path folder;

    @Test
    void textPrintedWithRadicalCodePointsReadsAsTheIdeographsItShows() throws Exception {
        UnaryOperator<String> toRadicals = spec -> {
            for (Map.Entry<String, String> swap : RADICALS.entrySet()) {
                spec = spec.replace(swap.getKey(), swap.getValue());
            }
            return spec;
        };
        assertThat(toRadicals.apply(Files.readString(SampleGenerator.specFile(SEED))))
                .as("the fixture really prints radicals").contains("\u2F00般公共预算").contains("部\u2ED4");

        DisclosureDocument expected = Samples.modelled(SEED, spec -> spec, folder);
        DisclosureDocument actual = Samples.modelled(SEED, toRadicals, folder);

        assertThat(actual.identity().title()).isEqualTo(expected.identity().title());
        assertThat(actual.identity().unit()).isEqualTo(expected.identity().unit());
        assertThat(actual.pages()).extracting(DisclosurePage::text).isEqualTo(expected.pages().stream().map(DisclosurePage::text).toList());
        assertThat(actual.tables()).extracting(DisclosureTable::title).isEqualTo(titles(expected)).contains("一般公共预算支出情况表");
        assertThat(actual.tables()).extracting(t -> t.standard() == null ? null : t.standard().kind())
                .isEqualTo(expected.tables().stream().map(t -> t.standard() == null ? null : t.standard().kind()).toList());
        assertThat(actual.tables()).extracting(DisclosureTable::columns).isEqualTo(expected.tables().stream().map(DisclosureTable::columns).toList());
        assertThat(actual.figures()).extracting(NarrativeFigure::text).isEqualTo(expected.figures().stream().map(NarrativeFigure::text).toList());
        assertThat(String.join("", actual.pages().stream().map(DisclosurePage::text).toList())).doesNotContain("\u2F00", "\u2ED4");
    }

    private static List<String> titles(DisclosureDocument document) {
        return document.tables().stream().map(DisclosureTable::title).toList();
    }
}
