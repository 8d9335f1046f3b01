package org.disclosure.pipeline.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.disclosure.pipeline.vocabulary.Word;

/**
 * A JSON catalogue shipped as a resource (catalogue/standard-tables.json, reconcile/row-identities.json),
 * read only once every vocabulary field in it holds a word its enum knows: a typo would otherwise
 * silently disable what the entry declares. A bad word stops the reading with the file and line.
 */
public final class CatalogueFile {

    /** The words a field may hold. */
    public record Vocabulary(String what, Predicate<String> known, String knownWords) {

        public static final Vocabulary COLUMN_MEANINGS = new Vocabulary("column meaning", ColumnMeaning::isMeaning,
                Word.keys(ColumnMeaning.class) + ", or a path of them joined by " + ColumnMeaning.PATH_SEPARATOR);
        public static final Vocabulary STANDARD_KINDS = new Vocabulary("standard table kind",
                key -> Word.ofKey(StandardKind.class, key).isPresent(), Word.keys(StandardKind.class));
    }

    /** A catalogue that names what its enum does not know, or is not the JSON it should be. */
    public static final class InvalidCatalogue extends IllegalStateException {
        InvalidCatalogue(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CatalogueFile() {
    }

    /**
     * @param resource the catalogue's path on the classpath, such as /catalogue/standard-tables.json
     * @param fields   the fields whose string values (or arrays of them) must be words of a vocabulary
     */
    public static <T> T read(String resource, Class<T> type, Map<String, Vocabulary> fields) {
        byte[] json = bytes(resource);
        check(resource, json, fields);
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidCatalogue(resource + " could not be read: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = CatalogueFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidCatalogue(resource + " is missing from the classpath", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidCatalogue(resource + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void check(String resource, byte[] json, Map<String, Vocabulary> fields) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    continue;
                }
                Vocabulary vocabulary = fields.get(fieldOf(parser.getParsingContext()));
                if (vocabulary != null && !vocabulary.known().test(parser.getText())) {
                    throw new InvalidCatalogue(resource + " line " + parser.currentTokenLocation().getLineNr() + ": \""
                            + parser.getText() + "\" is not a " + vocabulary.what() + " (known: " + vocabulary.knownWords() + ")", null);
                }
            }
        } catch (IOException e) {
            throw new InvalidCatalogue(resource + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The field a value belongs to, also for a value inside an array ("parts": ["basic", …]). */
    private static String fieldOf(JsonStreamContext context) {
        return context.inArray() && context.getParent() != null ? context.getParent().getCurrentName() : context.getCurrentName();
    }
}
