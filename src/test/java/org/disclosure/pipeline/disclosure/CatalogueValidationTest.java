package org.disclosure.pipeline.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The catalogues are read only when every kind in them is one the code knows. */
class CatalogueValidationTest {

    @Test
    void anUnknownTableKindStopsTheCatalogueNamingTheFileAndLine() {
        String resource = "/catalogue-broken/standard-tables-unknown-kind.json";

        assertThatThrownBy(() -> TableCatalogue.load(resource))
                .isInstanceOf(CatalogueFile.InvalidCatalogue.class)
                .hasMessageStartingWith(resource + " line 5: \"budget.incme\" is not a standard table kind");
    }

    @Test
    void theShippedCatalogueNamesEachKindOnceWithItsTemplateName() {
        TableCatalogue catalogue = TableCatalogue.standard();

        assertThat(catalogue.tables()).extracting(StandardTable::standardKind).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(StandardKind.values());
        assertThat(catalogue.tables()).allSatisfy(table -> assertThat(table.name()).isEqualTo(table.standardKind().label()));
    }

    @Test
    void aColumnMeaningIsAKeyOrAPathOfKeys() {
        assertThat(ColumnMeaning.isMeaning("total")).isTrue();
        assertThat(ColumnMeaning.isMeaning("vehicles/vehicle-operation")).isTrue();
        assertThat(ColumnMeaning.isMeaning("code.item")).isTrue();
        assertThat(ColumnMeaning.isMeaning("vehicle/total")).isFalse();
        assertThat(ColumnMeaning.isMeaning("total/")).isFalse();
        assertThat(ColumnMeaning.isMeaning("")).isFalse();
        assertThat(Arrays.stream(ColumnMeaning.values()).map(ColumnMeaning::key)).doesNotHaveDuplicates();
    }
}
