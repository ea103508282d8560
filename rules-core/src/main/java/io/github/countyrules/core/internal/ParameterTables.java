package io.github.countyrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.InvalidInputException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a module's parameter table ({@code parameters.yaml}): for each parameter its type,
 * clause, why this default (zh, en), optional choices, and values by effective date.
 *
 * <pre>
 * ningxia.minimumGrade:
 *   type: grade
 *   clause: NX-GUIDE 三(一)2, 三(二)2
 *   zh: "B类以上(含B类)"
 *   en: "\"class B or better (B included)\""
 *   min: 1                 # integers only, optional: the smallest and largest value admitted
 *   values:
 *     - {from: 2023-07-05, value: B}
 * </pre>
 */
public final class ParameterTables {
    private static final List<String> FIELDS = List.of("type", "clause", "zh", "en", "choices", "keys", "values", "min", "max");

    private ParameterTables() {
    }

    /**
     * Parses a table; {@code file} names it in errors. Every parameter name must start with
     * {@code prefix} (the module's name and a dot) unless prefix is empty.
     *
     * @throws InvalidInputException listing every problem
     */
    public static Map<String, ParameterDef> parse(byte[] bytes, String file, String module, String prefix) {
        Errors err = new Errors();
        Map<String, ParameterDef> out = new TreeMap<>();
        JsonNode root = Yaml.parse(bytes, err);
        if (root != null && !root.isObject()) {
            err.wrongType(file, root.getNodeType(), "参数名到定义的映射", "a mapping of parameter names to definitions");
        } else if (root != null) {
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                ParameterDef d = def(e.getKey(), e.getValue(), file + ":" + e.getKey(), module, prefix, err);
                if (d != null) {
                    out.put(d.name(), d);
                }
            }
        }
        if (!err.isEmpty()) {
            throw new InvalidInputException(err.list());
        }
        return out;
    }

    private static ParameterDef def(String name, JsonNode n, String path, String module, String prefix, Errors err) {
        if (!prefix.isEmpty() && !name.startsWith(prefix)) {
            err.add(path, name, "参数名应以 " + prefix + " 开头", "parameter names of this module start with " + prefix);
            return null;
        }
        if (!n.isObject()) {
            err.wrongType(path, n.getNodeType(), "参数定义(type, clause, zh, en, values)", "a definition (type, clause, zh, en, values)");
            return null;
        }
        Obj o = new Obj(n, path, err, FIELDS);
        String typeText = o.text("type", true);
        ParameterDef.Type type = null;
        if (typeText != null) {
            try {
                type = ParameterDef.Type.of(typeText);
            } catch (IllegalArgumentException ex) {
                err.unknownWord(path + ".type", typeText,
                        List.of("integer", "share", "grade", "choice", "boolean", "monthDay", "table", "band", "dateTable"));
            }
        }
        String clause = o.text("clause", true);
        String zh = o.text("zh", true);
        String en = o.text("en", true);
        List<String> choices = new ArrayList<>();
        JsonNode c = o.node("choices");
        if (c != null) {
            c.forEach(x -> choices.add(x.asText()));
        }
        if (type == ParameterDef.Type.CHOICE && choices.isEmpty()) {
            err.missing(path + ".choices");
        }
        JsonNode vs = o.node("values");
        if (vs == null || !vs.isArray() || vs.isEmpty()) {
            err.add(path + ".values", vs, "至少需要一个取值 {from, value}", "at least one value {from, value} is needed");
            return null;
        }
        if (type == null || !o.ok()) {
            return null;
        }
        // a table may declare the kind of key at each level (year, province, region, number, word), so
        // that an override of an empty table, or of a level its values do not show, is still checked
        JsonNode k = o.node("keys");
        if (k != null && k.isArray()) {
            for (int i = 0; i < k.size(); i++) {
                String kind = k.get(i).asText();
                if (!TableKeys.KINDS.contains(kind)) {
                    err.unknownWord(path + ".keys[" + i + "]", kind, TableKeys.KINDS);
                } else if (type == ParameterDef.Type.TABLE || type == ParameterDef.Type.DATE_TABLE) {
                    choices.add(kind);
                }
            }
        }
        Integer min = o.integer("min", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
        Integer max = o.integer("max", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
        ParameterDef shell = new ParameterDef(name, module, type, clause, zh, en, choices, List.of(), min, max);
        List<ParameterDef.Dated> values = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
            String vp = path + ".values[" + i + "]";
            JsonNode v = vs.get(i);
            Obj vo = new Obj(v, vp, err, List.of("from", "value"));
            var from = vo.date("from", false);
            JsonNode raw = vo.node("value");
            if (raw == null) {
                err.missing(vp + ".value");
                continue;
            }
            ParameterDef.Dated d = shell.parse(FactsReader.plain(raw), vp + ".value", err);
            if (d != null) {
                values.add(new ParameterDef.Dated(from, d.value(), d.display()));
            }
        }
        long undated = values.stream().filter(d -> d.from() == null).count();
        if (undated > 1) {
            err.add(path + ".values", null, "只能有一个不带 from 的取值", "only one value may omit from");
        }
        return values.isEmpty() ? null : new ParameterDef(name, module, type, clause, zh, en, choices, values, min, max);
    }
}
