package org.disclosure.pipeline.table;

/**
 * How far a table's extraction can be trusted, for reviewers to see at a glance.
 *
 * @param ruled          true when cells came from drawn rulings, false when inferred from text alignment
 * @param emptyCellShare share of cells with no text
 * @param strayTextShare share of the table's glyphs that sit across a cell border or in no cell:
 *                       near zero for a clean table, high when columns were guessed wrong
 */
public record TableQuality(boolean ruled, double emptyCellShare, double strayTextShare) {

    static TableQuality of(boolean ruled, int cells, int emptyCells, int glyphs, int strayGlyphs) {
        return new TableQuality(ruled, share(emptyCells, cells), share(strayGlyphs, glyphs));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
