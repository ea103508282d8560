package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.Grade;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What an evaluation knows besides its facts: the as-of date, the holiday calendar and the
 * parameters in force at that date. Rule files see it as the global {@code ctx} and as a fact.
 * Immutable.
 */
public final class Context {
    private final LocalDate asOf;
    private final HolidayCalendar calendar;
    private final Map<String, Object> values;
    private final SortedMap<String, String> display;

    public Context(LocalDate asOf, HolidayCalendar calendar, Map<String, Object> values,
                   SortedMap<String, String> display) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.values = Map.copyOf(values);
        this.display = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(display));
    }

    public LocalDate asOf() {
        return asOf;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    private <T> T get(String name, Class<T> type) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter named " + name + " is loaded");
        }
        return type.cast(v);
    }

    public int integer(String name) {
        return get(name, Integer.class);
    }

    public Ratio share(String name) {
        return get(name, Ratio.class);
    }

    public Grade grade(String name) {
        return get(name, Grade.class);
    }

    public String choice(String name) {
        return get(name, String.class);
    }

    public boolean flag(String name) {
        return get(name, Boolean.class);
    }

    public MonthDay monthDay(String name) {
        return get(name, MonthDay.class);
    }

    public Band band(String name) {
        return get(name, Band.class);
    }

    /** The date in year {@code year} of a month-day parameter ("03-31" of Y+1 and so on). */
    public LocalDate dateIn(String name, int year) {
        return monthDay(name).atYear(year);
    }

    /**
     * A cell of a table parameter, by its keys (e.g. year, then programme), or null when the table
     * has no such cell.
     */
    public Integer cell(String name, Object... keys) {
        Object v = get(name, Map.class);
        for (Object k : keys) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(String.valueOf(k));
        }
        return v instanceof Integer i ? i : null;
    }

    /**
     * The key of a table entry that stands for every key the table does not list, read by
     * {@link #cellOrDefault}: {@code {default: 1, "340100": 2}} gives 2 for 340100 and 1 for any other.
     */
    public static final String DEFAULT_KEY = "default";

    /**
     * A cell of a table parameter, as {@link #cell}, except that at each level a key the table does
     * not list falls back to the level's {@value #DEFAULT_KEY} entry; null when neither is there.
     */
    public Integer cellOrDefault(String name, Object... keys) {
        Object v = lookUp(name, true, keys);
        return v instanceof Integer i ? i : null;
    }

    /**
     * A cell of a date-table parameter (type {@code dateTable}), by its keys, or null when the table
     * has no such cell.
     */
    public LocalDate dateCell(String name, Object... keys) {
        Object v = lookUp(name, false, keys);
        return v instanceof LocalDate d ? d : null;
    }

    private Object lookUp(String name, boolean orDefault, Object... keys) {
        Object v = get(name, Map.class);
        for (Object k : keys) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            String key = String.valueOf(k);
            v = orDefault && !m.containsKey(key) ? m.get(DEFAULT_KEY) : m.get(key);
        }
        return v;
    }

    /** True when a parameter of this name is loaded. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value in force as text, as reasons and reports show it. */
    public String display(String name) {
        String d = display.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no parameter named " + name + " is loaded");
        }
        return d;
    }

    /** Every parameter in force, as text, sorted by name. */
    public SortedMap<String, String> displayAll() {
        return display;
    }
}
