package io.github.countyrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameter overrides as written in a file, turned into the plain Java values the engine takes
 * ({@code PolicyEngine.Builder.parameter}, {@code Facts.Builder.parameter}), which then checks and
 * converts them against the parameter tables. The one place this is done: a facts file's
 * {@code parameters:} and the command line's parameter files both come through here.
 */
public final class ParameterValues {
    private ParameterValues() {
    }

    /** Plain Java value of a parameter: text, BigDecimal, Integer, Boolean, nested maps and lists; null for null. */
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
        if (v.isNull()) {
            return null;
        }
        return v.asText();
    }

    /**
     * A parameter file: a YAML/JSON mapping of parameter name to value, the same as under
     * {@code parameters:} in a facts file; a file whose only key is {@code parameters:} is read from
     * under it. Read with the same safety as facts files ({@link Yaml}).
     *
     * @return name to plain value, by name
     * @throws InvalidInputException naming {@code (file)} or {@code parameters.<name>} for each problem
     */
    public static Map<String, Object> read(Path file) {
        Errors err = new Errors();
        JsonNode root = Yaml.read(file, err);
        if (root == null) {
            throw new InvalidInputException(err.list());
        }
        if (!root.isObject()) {
            err.wrongType("(file)", root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT),
                    "参数名到取值的映射(如 monitoring.defaultPublication: 07-01)", "a mapping of parameter names to values (e.g. monitoring.defaultPublication: 07-01)");
            throw new InvalidInputException(err.list());
        }
        if (root.size() == 1 && root.has("parameters") && root.get("parameters").isObject()) {
            root = root.get("parameters");
        }
        Map<String, Object> out = new TreeMap<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                err.add("parameters." + e.getKey(), null, "参数没有取值", "the parameter has no value");
            } else {
                out.put(e.getKey(), plain(e.getValue()));
            }
        });
        if (!err.isEmpty()) {
            throw new InvalidInputException(err.list());
        }
        return out;
    }
}
