package org.disclosure.pipeline.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Validates our JSON files against the schemas the project publishes in src/main/resources/schema. */
public final class SchemaAssert {

    /** A schema's $ref to another of ours is read from the class path, never fetched from its $id's address. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://disclosure-pipeline.example/schema/",
                    "classpath:schema/")));
    private static final JsonSchema DOCUMENT = load("/schema/document.schema.json");
    private static final JsonSchema ERROR = load("/schema/error.schema.json");
    private static final JsonSchema CROSS_CHECKS = load("/schema/cross-checks.schema.json");

    private SchemaAssert() {
    }

    public static void assertValidDocument(Path documentJson) {
        assertValid(DOCUMENT, documentJson);
    }

    public static void assertValidError(Path errorJson) {
        assertValid(ERROR, errorJson);
    }

    public static void assertValidCrossChecks(Path crossChecksJson) {
        assertValid(CROSS_CHECKS, crossChecksJson);
    }

    private static void assertValid(JsonSchema schema, Path file) {
        try {
            Set<ValidationMessage> errors = schema.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);
            assertThat(errors).as("schema errors in " + file).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = SchemaAssert.class.getResourceAsStream(resource)) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
