package org.disclosure.pipeline.disclosure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.disclosure.pipeline.pdf.TextNormalizer;

/** The standard tables, loaded from catalogue/standard-tables.json, and the matching of tables to them. */
public final class TableCatalogue {

    /** Below this a table is kept as it is, unclassified. */
    static final double THRESHOLD = 0.6;

    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』《》〈〉]");
    private static final Pattern BEFORE_YEAR = Pattern.compile("^.*?(?:19|20)\\d{2}年度?");
    private static final Pattern PREFIX = Pattern.compile("^(?:本部门|本单位|预算单位|部门|单位)+");
    private static final Pattern BRACKETED_YEAR = Pattern.compile("[(（](?:19|20)\\d{2}年度?[)）]");

    static final String STANDARD = "/catalogue/standard-tables.json";

    private record Catalogue(List<StandardTable> tables) {
    }

    private final List<StandardTable> tables;

    private TableCatalogue(List<StandardTable> tables) {
        this.tables = tables;
    }

    /** The standard tables of the catalogue shipped with the service. */
    public static TableCatalogue standard() {
        return load(STANDARD);
    }

    /** A catalogue from a classpath resource; a kind its enum does not know stops it with the file and line. */
    public static TableCatalogue load(String resource) {
        return new TableCatalogue(List.copyOf(CatalogueFile.read(resource, Catalogue.class,
                Map.of("kind", CatalogueFile.Vocabulary.STANDARD_KINDS)).tables()));
    }

    public List<StandardTable> tables() {
        return tables;
    }

    /**
     * The best matching standard table, or null. A title match counts most; the expected header
     * words raise or lower it; tables of the document's own family (预算 or 决算) are preferred.
     */
    public Classification classify(String title, List<String> columnPaths, String documentKind) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String normalized = normalizeTitle(title);
        String header = String.join("|", columnPaths).replaceAll("\\s+", "");
        Classification best = null;
        boolean bestExact = false;
        for (StandardTable table : tables) {
            double titleScore = 0;
            String matched = null;
            for (String variant : table.titles()) {
                double score = titleScore(normalized, normalizeTitle(variant));
                if (score > titleScore) {
                    titleScore = score;
                    matched = variant;
                }
            }
            if (titleScore == 0) {
                continue;
            }
            double score = titleScore + columnAdjustment(table, header);
            if (documentKind != null && documentKind.contains("决算") != table.forFinalAccounts()) {
                score *= 0.7;
            }
            score = Math.max(0, Math.min(1, score));
            // a title printed exactly as a standard table's is that table, whatever its header words
            // suggest: 财政拨款收支预算总表 is not 收支预算总表 that happens to end the same way
            boolean exact = titleScore == 1.0;
            if (bestExact && !exact) {
                continue;
            }
            if (best == null || exact && !bestExact || score > best.confidence()) {
                bestExact = exact;
                best = new Classification(table.standardKind().key(), table.name(), Math.round(score * 100) / 100.0,
                        normalized + " ~ " + matched);
            }
        }
        return best != null && best.confidence() >= THRESHOLD ? best : null;
    }

    static String normalizeTitle(String title) {
        String t = TextNormalizer.normalize(title);
        t = TextNormalizer.withoutSpaces(QUOTES.matcher(t).replaceAll(""));
        t = BRACKETED_YEAR.matcher(t).replaceAll("");
        t = BEFORE_YEAR.matcher(t).replaceFirst("");
        return PREFIX.matcher(t).replaceFirst("");
    }

    private static double titleScore(String title, String variant) {
        if (title.equals(variant)) {
            return 1.0;
        }
        if (title.endsWith(variant)) {
            return 0.85;
        }
        if (variant.endsWith(title) && title.length() >= 4) {
            return 0.75;
        }
        return 0.8 * Similarity.dice(title, variant);
    }

    private static double columnAdjustment(StandardTable table, String header) {
        if (table.columns().isEmpty() || header.isEmpty()) {
            return 0;
        }
        long found = table.columns().stream().filter(header::contains).count();
        return found == 0 ? -0.1 : 0.1 * found / table.columns().size();
    }

}
