package org.disclosure.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void aTextIsTheNeighbouringPairsOfEachRunOfLettersAndDigitsInLowerCase() {
        assertThat(SearchTerms.of(List.of("基本工资 A-b12", "基本工资"))).containsExactlyInAnyOrder("基本", "本工", "工资", "b1", "12");
    }

    @Test
    void aQueryOfOneLetterOrOnlySignsHasNoTermsAndIsMatchedByScanning() {
        assertThat(SearchTerms.ofQuery("局")).isEmpty();
        assertThat(SearchTerms.ofQuery("%_ !")).isEmpty();
        assertThat(SearchTerms.ofQuery("100%_")).containsExactlyInAnyOrder("10", "00");
    }

    @Test
    void everyWordOfATextHasItsTermsAmongTheTexts() {
        String label = "一般公共服务支出（行政运行）";
        List<String> terms = SearchTerms.of(List.of(label));
        for (String word : List.of("公共服务", "服务支出", "行政运行", "支出（行政")) {
            assertThat(terms).containsAll(SearchTerms.ofQuery(word));
        }
    }
}
