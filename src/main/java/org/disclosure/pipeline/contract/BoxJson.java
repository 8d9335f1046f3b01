package org.disclosure.pipeline.contract;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.disclosure.pipeline.pdf.Box;

/**
 * A domain {@link Box} in JSON when a domain record is serialized directly: the same array
 * [x0, top, x1, bottom] in points from the page's top-left corner that the contract holds (see
 * {@link Corners}). No file the pipeline writes goes this way any more (document.json and
 * cross-checks.json are written from the contract's records); the contract tests serialize domain
 * records directly as the reference the contract must match. The domain's Box knows nothing of
 * JSON; the mapper registers this module.
 */
public final class BoxJson {

    private BoxJson() {
    }

    /** The module to register with the mapper that writes and reads our JSON. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("box-as-array");
        module.addSerializer(Box.class, new Writer());
        module.addDeserializer(Box.class, new Reader());
        return module;
    }

    private static final class Writer extends JsonSerializer<Box> {
        @Override
        public void serialize(Box box, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeArray(new double[] {box.x0(), box.top(), box.x1(), box.bottom()}, 0, 4);
        }
    }

    private static final class Reader extends JsonDeserializer<Box> {
        @Override
        public Box deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() != JsonToken.START_ARRAY) {
                return (Box) context.handleUnexpectedToken(Box.class, json);
            }
            double[] corners = new double[4];
            int n = 0;
            while (json.nextToken() != JsonToken.END_ARRAY) {
                if (n == 4 || !json.currentToken().isNumeric()) {
                    return (Box) context.handleUnexpectedToken(Box.class, json);
                }
                corners[n++] = json.getDoubleValue();
            }
            if (n != 4) {
                return (Box) context.handleUnexpectedToken(Box.class, json);
            }
            return new Box(corners[0], corners[1], corners[2], corners[3]);
        }
    }
}
