package org.disclosure.pipeline.reconcile.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.disclosure.pipeline.disclosure.DisclosurePage;
import org.junit.jupiter.api.Test;

/** The units a 部门's document lists, and lists that are not of units. */
class MemberUnitsTest {

    private static List<String> of(String text) {
        return MemberUnits.of(List.of(new DisclosurePage(5, text, true, null)), List.of());
    }

    @Test
    void aNumberedListOfUnitsAfterItsIntroduction() {
        assertThat(of("本部门中，行政单位1家，参公单位1家，\n具体包括： 1. 普陀区司法局本部\n      2. 普陀区法律援助中心\n名词解释"))
                .containsExactly("普陀区司法局本部", "普陀区法律援助中心");
    }

    @Test
    void aNumberedListOfDutiesIsNoListOfUnits() {
        assertThat(of("本部门主要职责包括：1. 贯彻执行国家法律法规 2. 负责本区法治宣传")).isEmpty();
        assertThat(of("具体包括：普陀区司法局本部和普陀区法律援助中心")).isEmpty(); // not numbered: not read
    }
}
