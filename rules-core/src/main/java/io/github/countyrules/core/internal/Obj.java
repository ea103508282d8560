package io.github.countyrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the fields of one object of a facts file, reporting each problem with its path, the value
 * found and what was expected. {@link #ok()} tells whether the object was read without problems.
 */
final class Obj {
    private final JsonNode node;
    private final String path;
    private final Errors err;
    private final int before;

    Obj(JsonNode node, String path, Errors err, List<String> fields) {
        this.node = node;
        this.path = path;
        this.err = err;
        this.before = err.size();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!fields.contains(n)) {
                err.unknownField(path + "." + Errors.key(n), n, fields);
            }
        }
    }

    boolean ok() {
        return err.size() == before;
    }

    private JsonNode get(String f, boolean required) {
        JsonNode v = node.get(f);
        if (v == null || v.isNull()) {
            if (required) {
                err.missing(path + "." + f);
            }
            return null;
        }
        return v;
    }

    private static String show(JsonNode v) {
        String s = v.isTextual() ? v.textValue() : v.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    String text(String f, boolean required) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            err.wrongType(path + "." + f, show(v), "文本", "text");
            return null;
        }
        return v.textValue();
    }

    /** A region code: 6 digits, as text. */
    String code(String f, boolean required) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        // GB/T 2260 codes have 6 digits; towns (乡镇) carry the 9-digit statistical code
        if (!v.isTextual() || !v.textValue().matches("\\d{6}(\\d{3})?")) {
            err.wrongType(path + "." + f, show(v), "带引号的6位地区代码(乡镇为9位，如 \"640122\")",
                    "a 6-digit region code in quotes (9 digits for a town; e.g. \"640122\")");
            return null;
        }
        return v.textValue();
    }

    LocalDate date(String f, boolean required) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        return dateOf(v, path + "." + f, err);
    }

    static LocalDate dateOf(JsonNode v, String p, Errors err) {
        if (!v.isTextual() || !v.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            err.wrongType(p, show(v), "日期 YYYY-MM-DD", "a date YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.textValue());
            if (d.getYear() < 1949 || d.getYear() > 2100) {
                err.add(p, v.textValue(), "日期超出 1949-2100 年范围", "date outside the years 1949-2100");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            err.add(p, v.textValue(), "不存在的日期；应为 YYYY-MM-DD 的真实日期", "no such date; expected a real date YYYY-MM-DD");
            return null;
        }
    }

    Integer integer(String f, boolean required, int min, int max) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            err.wrongType(path + "." + f, show(v), "整数", "a whole number");
            return null;
        }
        int i = v.intValue();
        if (i < min || i > max) {
            err.add(path + "." + f, i, "应在 " + min + " 到 " + max + " 之间", "expected a whole number from " + min + " to " + max);
            return null;
        }
        return i;
    }

    Integer year(String f, boolean required) {
        return integer(f, required, 1949, 2100);
    }

    BigDecimal decimal(String f, boolean required) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            err.wrongType(path + "." + f, show(v), "数值", "a number");
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (!sane(d)) {
            err.add(path + "." + f, show(v), "数值超出范围：整数部分最多 " + MAX_DIGITS + " 位，小数最多 " + MAX_DIGITS + " 位",
                    "number out of range: at most " + MAX_DIGITS + " digits before and after the point");
            return null;
        }
        return d;
    }

    /** Digits allowed before and after the point: far beyond any score, share or amount in 万元. */
    static final int MAX_DIGITS = 30;

    /** True when a number read from a file is of a size a policy quantity can have. */
    static boolean sane(BigDecimal d) {
        return d.scale() <= MAX_DIGITS && d.precision() - (long) d.scale() <= MAX_DIGITS;
    }

    Boolean bool(String f, boolean required) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            err.wrongType(path + "." + f, show(v), "true 或 false", "true or false");
            return null;
        }
        return v.booleanValue();
    }

    <E extends Enum<E>> E word(String f, Class<E> type, boolean required) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        return wordOf(v, type, path + "." + f, err);
    }

    static <E extends Enum<E>> E wordOf(JsonNode v, Class<E> type, String p, Errors err) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!v.isTextual()) {
            err.unknownWord(p, show(v), allowed);
            return null;
        }
        try {
            return Enum.valueOf(type, v.textValue());
        } catch (IllegalArgumentException e) {
            err.unknownWord(p, v.textValue(), allowed);
            return null;
        }
    }

    /**
     * An identifier word (programme, outcome, attestation key, designation status): syntax checked
     * here, whether a loaded module declares it when the facts are evaluated.
     */
    <T> T ident(String f, java.util.function.Function<String, T> of, boolean required) {
        JsonNode v = get(f, required);
        if (v == null) {
            return null;
        }
        return identOf(v, of, path + "." + f, err);
    }

    static <T> T identOf(JsonNode v, java.util.function.Function<String, T> of, String p, Errors err) {
        if (!v.isTextual() || !io.github.countyrules.core.model.Program.isWord(v.textValue())) {
            err.wrongType(p, show(v), "大写下划线单词(如 NATIONAL_INNOVATIVE_COUNTY)", "an UPPER_SNAKE word (e.g. NATIONAL_INNOVATIVE_COUNTY)");
            return null;
        }
        return of.apply(v.textValue());
    }

    JsonNode node(String f) {
        return get(f, false);
    }
}
