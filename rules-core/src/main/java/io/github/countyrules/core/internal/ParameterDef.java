package io.github.countyrules.core.internal;

import io.github.countyrules.core.model.Grade;
import io.github.countyrules.core.rules.Band;
import io.github.countyrules.core.rules.Ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A named parameter as a module's table declares it: type, clause, why this default, and its
 * values by the date they take effect.
 */
public record ParameterDef(String name, String module, Type type, String clause, String zh, String en,
                           List<String> choices, List<Dated> values, Integer min, Integer max) {

    public ParameterDef(String name, String module, Type type, String clause, String zh, String en,
                        List<String> choices, List<Dated> values) {
        this(name, module, type, clause, zh, en, choices, values, null, null);
    }

    /** A value and the date it takes effect (null: from the start). */
    public record Dated(LocalDate from, Object value, String display) {
    }

    public enum Type {
        INTEGER, SHARE, GRADE, CHOICE, BOOLEAN, MONTH_DAY, TABLE, BAND,
        /** A table like {@link #TABLE} whose cells are dates (ISO {@code yyyy-MM-dd}), e.g. a deadline by year. */
        DATE_TABLE;

        /** True for the types whose value is a nested map of cells, which overrides merge cell by cell. */
        public boolean isTable() {
            return this == TABLE || this == DATE_TABLE;
        }

        public static Type of(String s) {
            return valueOf(s.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
        }
    }

    /** The value in force at {@code date}: the latest one from on or before it, else the earliest. */
    public Dated inForce(LocalDate date) {
        Dated best = null;
        for (Dated d : values) {
            if (d.from() == null || !d.from().isAfter(date)) {
                if (best == null || (d.from() != null && (best.from() == null || d.from().isAfter(best.from())))) {
                    best = d;
                }
            }
        }
        if (best == null) {
            best = values.stream().min((a, b) -> a.from().compareTo(b.from())).orElseThrow();
        }
        return best;
    }

    /** Parsed value with its display text, or null after reporting the problem at {@code path}. */
    public Dated parse(Object raw, String path, Errors err) {
        try {
            return switch (type) {
                case INTEGER -> {
                    int i = integer(raw);
                    if ((min != null && i < min) || (max != null && i > max)) {
                        String range = (min == null ? "" : min + "") + ".." + (max == null ? "" : max + "");
                        err.add(path, raw, "取值应在 " + range + " 之间", "expected a whole number in " + range);
                        yield null;
                    }
                    yield new Dated(null, i, Integer.toString(i));
                }
                case SHARE -> {
                    Ratio r = raw instanceof BigDecimal d ? Ratio.of(d) : raw instanceof Integer i ? Ratio.of(i, 1)
                            : Ratio.parse((String) raw);
                    if (r.signum() < 0 || r.compareTo(Ratio.ONE) > 0) {
                        err.add(path, raw, "比例应在 0 到 1 之间(如 0.8 或 \"2/3\")", "a share lies between 0 and 1 (e.g. 0.8 or \"2/3\")");
                        yield null;
                    }
                    yield new Dated(null, r, raw instanceof BigDecimal d ? d.toPlainString() : raw.toString());
                }
                case GRADE -> {
                    Grade g = Grade.valueOf((String) raw);
                    yield new Dated(null, g, g.name());
                }
                case CHOICE -> {
                    String s = (String) raw;
                    if (!choices.contains(s)) {
                        err.unknownWord(path, s, choices);
                        yield null;
                    }
                    yield new Dated(null, s, s);
                }
                case BOOLEAN -> {
                    if (!(raw instanceof Boolean b)) {
                        throw new ClassCastException();
                    }
                    yield new Dated(null, b, b.toString());
                }
                case MONTH_DAY -> {
                    String s = (String) raw;
                    if (!s.matches("\\d{2}-\\d{2}")) {
                        throw new DateTimeParseException("not MM-DD", s, 0);
                    }
                    MonthDay md = MonthDay.parse("--" + s);
                    yield new Dated(null, md, s);
                }
                case TABLE -> {
                    Map<String, Object> t = table(raw, path, err, 0);
                    yield t == null ? null : new Dated(null, t, show(t));
                }
                case DATE_TABLE -> {
                    Map<String, Object> t = dateTable(raw, path, err);
                    yield t == null ? null : new Dated(null, t, show(t));
                }
                case BAND -> {
                    String s = raw.toString().replace('–', '-').replace('—', '-').replace('~', '-');
                    int dash = s.indexOf('-', 1);
                    Band b = new Band(Ratio.parse(s.substring(0, dash)), Ratio.parse(s.substring(dash + 1)));
                    if (b.lower().compareTo(b.upper()) > 0) {
                        throw new NumberFormatException("lower bound above upper bound");
                    }
                    yield new Dated(null, b, s);
                }
            };
        } catch (RuntimeException e) {
            err.add(path, raw, "取值不符合类型 " + describeZh(), "expected " + describeEn());
            return null;
        }
    }

    private static int integer(Object raw) {
        if (raw instanceof Integer i) {
            return i;
        }
        if (raw instanceof BigDecimal d) {
            return d.intValueExact();
        }
        throw new ClassCastException();
    }

    private Map<String, Object> table(Object raw, String path, Errors err, int level) {
        if (!(raw instanceof Map<?, ?> m)) {
            throw new ClassCastException();
        }
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (!TableKeys.admits(this, level, k, path, err)) {
                return null;
            }
            if (v instanceof Map) {
                Map<String, Object> sub = table(v, path + "." + k, err, level + 1);
                if (sub == null) {
                    return null;
                }
                out.put(k, sub);
            } else {
                try {
                    int i = integer(v);
                    if (i < 0) {
                        throw new ArithmeticException();
                    }
                    out.put(k, i);
                } catch (RuntimeException ex) {
                    err.add(path + "." + k, v, "表中的取值应为非负整数", "a table cell is a whole number, 0 or more");
                    return null;
                }
            }
        }
        return out;
    }

    /** As {@link #table}, with dates ({@code yyyy-MM-dd}) in the cells. */
    private Map<String, Object> dateTable(Object raw, String path, Errors err) {
        if (!(raw instanceof Map<?, ?> m)) {
            throw new ClassCastException();
        }
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (v instanceof Map) {
                Map<String, Object> sub = dateTable(v, path + "." + k, err);
                if (sub == null) {
                    return null;
                }
                out.put(k, sub);
            } else {
                try {
                    String text = (String) v;
                    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
                    }
                    out.put(k, LocalDate.parse(text));
                } catch (RuntimeException ex) {
                    err.add(path + "." + k, v, "表中的取值应为日期 yyyy-MM-dd", "a table cell is a date yyyy-MM-dd");
                    return null;
                }
            }
        }
        return out;
    }

    /** Deep merge of an override into a table: cells given replace cells, others stay. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new TreeMap<>(base);
        over.forEach((k, v) -> {
            Object b = out.get(k);
            if (b instanceof Map && v instanceof Map) {
                out.put(k, merge((Map<String, Object>) b, (Map<String, Object>) v));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    public static String show(Object v) {
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + show(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }

    private String describeEn() {
        return switch (type) {
            case INTEGER -> "a whole number";
            case SHARE -> "a share such as 0.8, \"80%\" or \"2/3\"";
            case GRADE -> "a class A | B | C | D";
            case CHOICE -> "one of " + String.join(" | ", choices);
            case BOOLEAN -> "true or false";
            case MONTH_DAY -> "a month and day \"MM-DD\"";
            case TABLE -> "a table of whole numbers, e.g. {2019: {MY_INNOVATIVE_COUNTY: 6}}";
            case DATE_TABLE -> "a table of dates, e.g. {2018: 2018-09-10}";
            case BAND -> "a range such as \"0.05-0.08\"";
        };
    }

    private String describeZh() {
        return switch (type) {
            case INTEGER -> "整数";
            case SHARE -> "比例(如 0.8、\"80%\"、\"2/3\")";
            case GRADE -> "等级 A | B | C | D";
            case CHOICE -> "取值之一：" + String.join(" | ", choices);
            case BOOLEAN -> "true 或 false";
            case MONTH_DAY -> "月-日 \"MM-DD\"";
            case TABLE -> "整数表，如 {2019: {MY_INNOVATIVE_COUNTY: 6}}";
            case DATE_TABLE -> "日期表，如 {2018: 2018-09-10}";
            case BAND -> "区间，如 \"0.05-0.08\"";
        };
    }
}
