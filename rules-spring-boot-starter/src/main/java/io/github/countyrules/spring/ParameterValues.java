package io.github.countyrules.spring;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values written as text (a property, a form field) read the way a facts file's
 * {@code parameters:} values are: whole numbers, decimals (exact), booleans, lists, maps, else text.
 */
public final class ParameterValues {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ParameterValues() {
    }

    /** The value of one override written as YAML text ("C", "3", "0.25", "[a, b]"). */
    public static Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no value");
        }
        try {
            JsonNode n = YAML.readTree(text);
            return n == null || n.isMissingNode() || n.isNull() ? text : plain(n);
        } catch (JacksonException e) {
            return text;
        }
    }

    /** A JSON or YAML tree as the plain values the engine takes. */
    public static Object plain(JsonNode v) {
        if (v.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            v.fields().forEachRemaining(e -> m.put(e.getKey(), plain(e.getValue())));
            return m;
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            v.forEach(x -> l.add(plain(x)));
            return l;
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToInt() ? (Object) v.intValue() : v.decimalValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.asText();
    }
}
