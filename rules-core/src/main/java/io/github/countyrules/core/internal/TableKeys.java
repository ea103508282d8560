package io.github.countyrules.core.internal;

import java.util.*;
import java.util.regex.Pattern;

/**
 * The keys a table parameter admits, level by level, as its module's {@code parameters.yaml}
 * declares them in the table's values: a level whose keys are years admits any year (1900-2099,
 * four digits, nothing around them); one of two-digit province codes admits the codes of provinces
 * that exist; one of small numbers (a batch) admits such numbers; one of words (programme words)
 * admits exactly the words listed there. So {@code gansu.quotas: {2019: {GANSU_INOVATIVE_COUNTY: 6}}},
 * a year {@code "2019 "} or a province {@code "99"} is an input error naming the key, never a cell
 * no rule reads (POLICY-SPEC §5). The words come from the table, not from a Java enum.
 */
final class TableKeys {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern PROVINCE = Pattern.compile("\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    /** The key of a table's default entry ({@code Context.cellOrDefault}), admitted at any level. */
    static final String DEFAULT = "default";
    /** The kinds of key a table may declare per level ({@code keys:} in parameters.yaml). */
    static final List<String> KINDS = List.of("year", "province", "region", "number", "word");

    private TableKeys() {
    }

    /** Whether the table {@code def} admits key {@code k} at {@code level}; if not, the error is added at {@code path.k}. */
    static boolean admits(ParameterDef def, int level, String k, String path, Errors err) {
        if (def.values() == null || def.values().isEmpty()) {
            // the table's own values being read: they are the declaration
            return true;
        }
        Set<String> declared = new TreeSet<>();
        for (ParameterDef.Dated d : def.values()) {
            collect(d.value(), 0, level, declared);
        }
        if (DEFAULT.equals(k)) {
            return true;
        }
        declared.remove(DEFAULT);
        String kind = level < def.choices().size() ? def.choices().get(level) : null;
        if (kind != null && !kind.equals("word")) {
            // the declared kind stands for any key of that shape, listed in the values or not
            declared = Set.of(kind.equals("year") ? "2000" : kind.equals("province") ? "11" : kind.equals("region") ? "110000" : "1");
        }
        if (declared.isEmpty()) {
            // the table's defaults do not reach this level: nothing declares what it may hold
            err.add(path + "." + k, k, "表 " + def.name() + " 在这一层没有可用的键", "table " + def.name() + " admits no key at this level");
            return false;
        }
        if (declared.stream().allMatch(x -> YEAR.matcher(x).matches())) {
            if (!YEAR.matcher(k).matches()) {
                err.add(path + "." + k, k, "表 " + def.name() + " 的这一层是年份(四位数字，如 2019)，不是 \"" + k + "\"",
                        "table " + def.name() + " has years here (four digits, e.g. 2019), not \"" + k + "\"");
                return false;
            }
            return true;
        }
        if (declared.stream().allMatch(x -> PROVINCE.matcher(x).matches())) {
            if (!PROVINCE.matcher(k).matches() || !provinces().contains(k)) {
                err.add(path + "." + k, k, "表 " + def.name() + " 的这一层是省级代码前两位(如 62)，\"" + k + "\" 不是存在的省份",
                        "table " + def.name() + " has two-digit province codes here (e.g. 62); \"" + k + "\" is no province");
                return false;
            }
            return true;
        }
        if (declared.stream().allMatch(x -> REGION.matcher(x).matches())) {
            if (!RegionTable.shipped().containsKey(k)) {
                err.add(path + "." + k, k, "表 " + def.name() + " 的这一层是地区代码(六位，如 340100)，\"" + k + "\" 不是行政区划表中的地区",
                        "table " + def.name() + " has region codes here (six digits, e.g. 340100); \"" + k + "\" is not in the division table");
                return false;
            }
            return true;
        }
        if (declared.stream().allMatch(x -> NUMBER.matcher(x).matches())) {
            if (!NUMBER.matcher(k).matches()) {
                err.add(path + "." + k, k, "表 " + def.name() + " 的这一层是序号(如批次 2)，不是 \"" + k + "\"",
                        "table " + def.name() + " has numbers here (a batch, e.g. 2), not \"" + k + "\"");
                return false;
            }
            return true;
        }
        if (!declared.contains(k)) {
            err.unknownWord(path + "." + k, k, declared);
            return false;
        }
        return true;
    }

    private static void collect(Object value, int at, int level, Set<String> out) {
        if (!(value instanceof Map<?, ?> m)) {
            return;
        }
        if (at == level) {
            m.keySet().forEach(x -> out.add(String.valueOf(x)));
            return;
        }
        m.values().forEach(v -> collect(v, at + 1, level, out));
    }

    private static volatile Set<String> provinces;

    private static Set<String> provinces() {
        Set<String> p = provinces;
        if (p == null) {
            Set<String> s = new TreeSet<>();
            RegionTable.shipped().keySet().forEach(code -> {
                if (code.length() >= 2) {
                    s.add(code.substring(0, 2));
                }
            });
            p = Set.copyOf(s);
            provinces = p;
        }
        return p;
    }
}
