package org.disclosure.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What a seeded disclosure's flagged checks must say: one fail at the right place, or fails on the right cell. */
final class SeededExpectations {

    private SeededExpectations() {
    }

    /** One fail of {@code rule}, pointing at {@code page}, and naming {@code text} when given. */
    static Check only(List<Check> flagged, String rule, int page, String text) {
        assertThat(flagged).as("flagged: %s", flagged).hasSize(1);
        Check check = flagged.get(0);
        assertThat(check.rule()).isEqualTo(rule);
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.refs()).extracting(CheckRef::page).contains(page);
        if (text != null) {
            assertThat(check.message()).contains(text);
        }
        return check;
    }

    /** One warning of {@code rule} (text hygiene), at {@code page}, naming {@code text}. */
    static Check onlyWarning(List<Check> flagged, String rule, int page, String text) {
        assertThat(flagged).as("flagged: %s", flagged).hasSize(1);
        Check check = flagged.get(0);
        assertThat(check.rule()).isEqualTo(rule);
        assertThat(check.status()).isEqualTo(CheckStatus.WARN);
        assertThat(check.refs()).extracting(CheckRef::page).containsOnly(page);
        assertThat(check.message()).contains(text);
        return check;
    }

    /**
     * Every flagged check fails on the seeded cell: the table by its printed title, the row by its code
     * (when given) and the column by its header (when given); no other table is blamed.
     */
    static void cells(List<Check> flagged, String title, String code, String column) {
        assertThat(flagged).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(c.refs()).extracting(CheckRef::table).contains(title);
            assertThat(c.refs()).anySatisfy(r -> {
                assertThat(r.table()).isEqualTo(title);
                assertThat(r.page()).isPositive();
                assertThat(r.bbox()).isNotNull();
                if (code != null) {
                    assertThat(r.code()).isEqualTo(code);
                }
                if (column != null) {
                    assertThat(r.columnHeader()).contains(column);
                }
            });
        });
    }
}
