package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosureDocument;
import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.disclosure.pipeline.disclosure.DocumentIdentity;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static Check placeholders(String text) {
        DisclosureDocument document = new DisclosureDocument(new DocumentIdentity(null, null, 2024, null),
                List.of(new DisclosurePage(3, text, true, null)), List.of(), List.of(), List.of(), List.of(), List.of());
        return new DocumentRule().check(document).stream().filter(c -> c.rule().equals(DocumentRule.PLACEHOLDERS))
                .findFirst().orElseThrow();
    }

    @Test
    void aTemplateSlotForANameOrAFigureFails() {
        assertThat(placeholders("上海市普陀区人民政府XX街道办事处（部门）主要职能").refs()).extracting(CheckRef::text)
                .containsExactly("XX街道办");
        assertThat(placeholders("XX局无其他需说明的事项。").refs()).extracting(CheckRef::text).containsExactly("XX局");
        assertThat(placeholders("收入预算XX万元").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(placeholders("××单位2024年部门预算").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void lettersThatAreNoSlotPass() {
        assertThat(placeholders("采购XXL号工作服，型号AXX3。").status()).isEqualTo(CheckStatus.PASS);
    }
}
