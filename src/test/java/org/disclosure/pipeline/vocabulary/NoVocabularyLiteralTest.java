package org.disclosure.pipeline.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.disclosure.pipeline.archive.Artefact;
import org.disclosure.pipeline.archive.DocumentStatus;
import org.disclosure.pipeline.archive.FailureReason;
import org.disclosure.pipeline.archive.StageName;
import org.disclosure.pipeline.disclosure.ColumnMeaning;
import org.disclosure.pipeline.disclosure.RowRole;
import org.disclosure.pipeline.disclosure.StandardKind;
import org.disclosure.pipeline.figure.FigureKind;
import org.disclosure.pipeline.index.StatusFilter;
import org.disclosure.pipeline.reconcile.CheckStatus;
import org.junit.jupiter.api.Test;

/**
 * A vocabulary's key is spelled once, in its enum: code elsewhere names the constant, so a renamed
 * or misspelled word fails to compile instead of silently matching nothing.
 */
class NoVocabularyLiteralTest {

    private static final Path SOURCES = Path.of("src/main/java/org/disclosure/pipeline");

    private static final List<Class<? extends Word>> VOCABULARIES = List.of(ColumnMeaning.class, RowRole.class,
            StandardKind.class, FigureKind.class, FailureReason.class, StageName.class, StatusFilter.class,
            DocumentStatus.class);

    /** Vocabularies whose word is the enum's lower-case {@code toString()} (a check's status, an artefact's). */
    private static final List<Class<? extends Enum<?>>> WORDS_BY_NAME = List.of(CheckStatus.class, Artefact.Status.class);

    /** Files still being moved to the enums (issue 20); remove each here once it is. */
    private static final Set<String> NOT_YET_CLEANED = Set.of();

    /**
     * Literals that spell the same letters as a key but mean something else (file → literals).
     * Each entry says what it is instead.
     */
    private static final Map<String, Set<String>> SAME_LETTERS_OTHER_MEANING = Map.ofEntries(
            // the search API's JSON: "total" counts the matches; "code" is a query parameter
            Map.entry("console/SearchApi.java", Set.of("total", "code")),
            // the archive's top folder, not the archive stage
            Map.entry("Reindex.java", Set.of("archive")),
            Map.entry("index/IndexSettings.java", Set.of("archive")),
            // the catalogue's field names (row-identities.json: total, parts, unless), not a row's role
            Map.entry("reconcile/RowIdentityRule.java", Set.of("total")),
            // the timers of filing in the archive and of OCR, timed steps rather than error.json's stage
            // or a document's status
            Map.entry("metrics/StageTimes.java", Set.of("archive", "ocr")),
            // the failed folder (of rejected files), not an artefact's or a check's status
            Map.entry("console/ArchiveFiles.java", Set.of("archive", "failed")),
            Map.entry("camel/ConsoleEndpoints.java", Set.of("archive", "failed")),
            Map.entry("console/ConsoleFilter.java", Set.of("failed")),
            // the worker protocol's reply statuses (OCR under way), not an artefact's or a document's
            Map.entry("isolation/WorkReply.java", Set.of("failed", "ocr")),
            // the font name of the glyphs OCR read, not a document's status
            Map.entry("ocr/OcrPageBuilder.java", Set.of("ocr")),
            // CSS classes of the report's counts
            Map.entry("report/HtmlReport.java", Set.of("failed", "unverified")));

    @Test
    void noVocabularyKeyIsSpelledOutsideItsType() throws IOException {
        Map<String, String> vocabularyOfKey = new HashMap<>();
        for (Class<? extends Word> vocabulary : VOCABULARIES) {
            Arrays.stream(vocabulary.getEnumConstants())
                    .forEach(word -> vocabularyOfKey.put(word.key(), vocabulary.getSimpleName()));
        }
        for (Class<? extends Enum<?>> vocabulary : WORDS_BY_NAME) {
            Arrays.stream(vocabulary.getEnumConstants())
                    .forEach(word -> vocabularyOfKey.put(word.toString(), vocabulary.getSimpleName()));
        }

        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (isVocabularyType(relative) || NOT_YET_CLEANED.stream().anyMatch(relative::startsWith)) {
                    continue;
                }
                Set<String> allowed = SAME_LETTERS_OTHER_MEANING.getOrDefault(relative, Set.of());
                for (JavaStringLiterals.Literal literal : JavaStringLiterals.of(Files.readString(file, StandardCharsets.UTF_8))) {
                    String vocabulary = vocabularyOfKey.get(literal.text());
                    if (vocabulary != null && !allowed.contains(literal.text())) {
                        found.add(relative + ":" + literal.line() + " \"" + literal.text() + "\" is a " + vocabulary);
                    }
                }
            }
        }

        assertThat(found).as("vocabulary keys spelled as literals; use the enum constant").isEmpty();
    }

    @Test
    void theScanFindsALiteralAndSkipsComments() {
        String source = """
                // "total" in a comment
                /* "basic" in a block */
                class A { String s = "project"; char c = '"'; String t = "a\\"b"; }
                """;

        assertThat(JavaStringLiterals.of(source))
                .containsExactly(new JavaStringLiterals.Literal(3, "project"), new JavaStringLiterals.Literal(3, "a\\\"b"));
    }

    private static boolean isVocabularyType(String relative) {
        return Stream.concat(VOCABULARIES.stream(), WORDS_BY_NAME.stream()).anyMatch(v -> relative.equals(
                (v.getEnclosingClass() == null ? v : v.getEnclosingClass()).getName()
                        .substring("org.disclosure.pipeline.".length()).replace('.', '/') + ".java"));
    }
}
