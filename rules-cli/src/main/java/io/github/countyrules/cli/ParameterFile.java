package io.github.countyrules.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parameter file for {@code diff --parameters}: a YAML map of parameter name to value, the same
 * as under {@code parameters:} in a facts file. A file whose only key is {@code parameters:} (a
 * facts file cut down, or one written for both uses) is read from under that key.
 */
final class ParameterFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ParameterFile() {
    }

    /** Name to value (text, whole numbers as Integer, decimals as BigDecimal, booleans, maps), by name. */
    static Map<String, Object> read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(io.github.countyrules.core.internal.Limits.readBounded(file, io.github.countyrules.core.internal.Limits.MAX_RULE_FILE_BYTES));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.INPUT, "--parameters " + file + "：文件不存在",
                    "--parameters " + file + ": no such file");
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new CliException(ExitCodes.INPUT, file + where + "：不是有效的 YAML（" + what + "）",
                    file + where + ": not valid YAML (" + what + ")");
        } catch (IOException e) {
            throw new CliException(ExitCodes.INPUT, "--parameters " + file + "：无法读取（" + e.getMessage() + "）",
                    "--parameters " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new CliException(ExitCodes.INPUT,
                    file + "：应为参数名到取值的映射(如 ningxia.minimumGrade: C)，实际为 " + type(root),
                    file + ": expected a mapping of parameter names to values (e.g. ningxia.minimumGrade: C), found " + type(root));
        }
        if (root.size() == 1 && root.has("parameters") && root.get("parameters").isObject()) {
            root = root.get("parameters");
        }
        Map<String, Object> out = new TreeMap<>();
        List<String> nulls = new ArrayList<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                nulls.add(e.getKey());
            } else {
                out.put(e.getKey(), plain(e.getValue()));
            }
        });
        if (!nulls.isEmpty()) {
            throw new CliException(ExitCodes.INPUT, file + "：参数没有取值：" + String.join(", ", nulls),
                    file + ": parameter(s) without a value: " + String.join(", ", nulls));
        }
        return out;
    }

    private static String type(JsonNode n) {
        return n.getNodeType() == JsonNodeType.ARRAY ? "list" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The values a facts file's {@code parameters:} gives the engine. */
    private static Object plain(JsonNode v) {
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
