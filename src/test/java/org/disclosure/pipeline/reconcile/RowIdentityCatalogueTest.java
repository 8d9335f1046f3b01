package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disclosure.pipeline.disclosure.CatalogueFile;
import org.junit.jupiter.api.Test;

/** reconcile/row-identities.json is read only when each of its column meanings is known. */
class RowIdentityCatalogueTest {

    @Test
    void anUnknownPartStopsTheRuleNamingTheFileAndLine() {
        String resource = "/catalogue-broken/row-identities-unknown-part.json";

        assertThatThrownBy(() -> new RowIdentityRule(resource))
                .isInstanceOf(CatalogueFile.InvalidCatalogue.class)
                .hasMessageStartingWith(resource + " line 7: \"projects\" is not a column meaning");
    }

    @Test
    void anUnknownGroupInAPathIsCaughtToo() {
        String resource = "/catalogue-broken/row-identities-unknown-path.json";

        assertThatThrownBy(() -> new RowIdentityRule(resource))
                .hasMessageStartingWith(resource + " line 3: \"vehicle/total\" is not a column meaning");
    }

    @Test
    void theShippedIdentitiesAreAllKnown() {
        assertThatCode(RowIdentityRule::new).doesNotThrowAnyException();
    }
}
