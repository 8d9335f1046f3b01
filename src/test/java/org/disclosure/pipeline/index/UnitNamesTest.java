package org.disclosure.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void variantsOfADistrictOfficeNormaliseAlike() {
        assertThat(UnitNames.normalise("上海市普陀区人民政府办公室")).isEqualTo("普陀区政府办公室");
        assertThat(UnitNames.normalise("普陀区政府办公室")).isEqualTo("普陀区政府办公室");
        assertThat(UnitNames.normalise(" 普陀区 人民政府办公室 ")).isEqualTo("普陀区政府办公室");
        // a city's own office keeps its city: nothing follows it to stand for it
        assertThat(UnitNames.normalise("南昌市人民政府办公室")).isEqualTo("南昌市政府办公室");
        assertThat(UnitNames.normalise(null)).isNull();
    }

    @Test
    void theRegionIsTheAdministrativeDivisionsAtTheHeadOfTheName() {
        assertThat(UnitNames.region("上海市普陀区司法局")).isEqualTo("上海市普陀区");
        assertThat(UnitNames.region("克孜勒苏柯尔克孜自治州人民政府办公室")).isEqualTo("克孜勒苏柯尔克孜自治州");
        assertThat(UnitNames.region("南昌市人民政府")).isEqualTo("南昌市");
        assertThat(UnitNames.region("江西省南昌市财政局")).isEqualTo("江西省南昌市");
        assertThat(UnitNames.region("区政府办公室")).isNull();
        assertThat(UnitNames.region(null)).isNull();
    }
}
