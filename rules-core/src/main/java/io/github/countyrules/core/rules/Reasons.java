package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.Status;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds the {@link Reason} a rule gives, taking the rule id and clause from the rule's
 * {@code @id} and {@code @clause} metadata so they are written once, next to the rule:
 *
 * <pre>{@code
 * insertLogical(Reasons.of(drools, $s)
 *     .status(Status.NOT_MET)
 *     .fact("monitoring.2023.grade", $m.grade())
 *     .param("ningxia.minimumGrade")
 *     .zh("%d年监测等级为%s类，未达到B类以上", $m.year(), $m.grade())
 *     .en("Class %s in %d, not class B or better", $m.grade(), $m.year())
 *     .build());
 * }</pre>
 *
 * Messages are {@link String#format} templates, formatted with {@link Locale#ROOT}.
 */
public final class Reasons {
    private final Subject subject;
    private final String rule;
    private final String clause;
    private final Context ctx;
    private Status status;
    private final TreeMap<String, String> facts = new TreeMap<>();
    private final TreeMap<String, Object> factValues = new TreeMap<>();
    private final TreeMap<String, String> params = new TreeMap<>();
    private final List<String> missing = new ArrayList<>();
    private String zh;
    private String en;

    private Reasons(Subject subject, String rule, String clause, Context ctx) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.rule = rule;
        this.clause = clause;
        this.ctx = ctx;
    }

    /** Starts a reason for {@code subject} from inside a rule's consequence ({@code drools}). */
    public static Reasons of(RuleContext drools, Subject subject) {
        Context ctx = (Context) drools.getKieRuntime().getGlobal("ctx");
        return of(drools.getRule(), ctx, subject);
    }

    /** The same, in precompiled (executable model) rules, where {@code drools} is the model's handle. */
    public static Reasons of(org.drools.model.Drools drools, Subject subject) {
        if (drools instanceof RuleContext rc) {
            return of(rc, subject);
        }
        throw new IllegalStateException("cannot read the rule's metadata from " + drools.getClass().getName());
    }

    /** Starts a reason for {@code subject} given by {@code rule}, reading parameters from {@code ctx}. */
    public static Reasons of(Rule rule, Context ctx, Subject subject) {
        Object id = rule.getMetaData().get("id");
        Object clause = rule.getMetaData().get("clause");
        if (id == null || clause == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" lacks @id or @clause metadata");
        }
        return new Reasons(subject, unquote(id), unquote(clause), ctx);
    }

    private static String unquote(Object o) {
        String s = String.valueOf(o);
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    public Reasons status(Status s) {
        this.status = s;
        return this;
    }

    public Reasons met(boolean met) {
        return status(Status.of(met));
    }

    public Reasons met() {
        return status(Status.MET);
    }

    public Reasons notMet() {
        return status(Status.NOT_MET);
    }

    /** UNKNOWN, naming the facts whose absence makes it so. */
    public Reasons unknown(String... missingFacts) {
        this.status = Status.UNKNOWN;
        missing.addAll(List.of(missingFacts));
        return this;
    }

    /** Records a missing fact without changing the status. */
    public Reasons missing(String fact) {
        missing.add(fact);
        return this;
    }

    /**
     * Records a fact used, with its value shown as text ({@code null} shows as "-") and kept typed
     * for JSON ({@link Reason#factValues()}).
     */
    public Reasons fact(String name, Object value) {
        facts.put(name, show(value));
        factValues.put(name, typed(value));
        return this;
    }

    /** Records a parameter used, with the value in force. */
    public Reasons param(String name) {
        params.put(name, ctx.display(name));
        return this;
    }

    /** Records one cell of a table parameter, e.g. {@code cell("gansu.quotas", 2019, program)}. */
    public Reasons cell(String name, Object... keys) {
        StringBuilder key = new StringBuilder(name);
        for (Object k : keys) {
            key.append('.').append(k);
        }
        Integer v = ctx.cell(name, keys);
        params.put(key.toString(), v == null ? "-" : v.toString());
        return this;
    }

    /** Records one cell of a date-table parameter, e.g. {@code dateCell("anhui.deadline", 2018)}. */
    public Reasons dateCell(String name, Object... keys) {
        java.time.LocalDate v = ctx.dateCell(name, keys);
        params.put(cellKey(name, keys), v == null ? "-" : v.toString());
        return this;
    }

    /**
     * Records one cell of a table parameter read with {@link Context#cellOrDefault}, under the keys
     * asked for, e.g. {@code cellOrDefault("anhui.cityQuota", "341200")} records
     * {@code anhui.cityQuota.341200} with the table's default when 341200 is not listed.
     */
    public Reasons cellOrDefault(String name, Object... keys) {
        Integer v = ctx.cellOrDefault(name, keys);
        params.put(cellKey(name, keys), v == null ? "-" : v.toString());
        return this;
    }

    private static String cellKey(String name, Object... keys) {
        StringBuilder key = new StringBuilder(name);
        for (Object k : keys) {
            key.append('.').append(k);
        }
        return key.toString();
    }

    public Reasons zh(String template, Object... args) {
        this.zh = format(template, args);
        return this;
    }

    public Reasons en(String template, Object... args) {
        this.en = format(template, args);
        return this;
    }

    /** {@link String#format} with {@link Locale#ROOT}, skipping the formatter for finished text. */
    static String format(String template, Object... args) {
        if (template.indexOf('%') < 0) {
            return template;
        }
        if (args.length == 1 && args[0] instanceof String text && template.equals("%s")) {
            return text;
        }
        return String.format(Locale.ROOT, template, args);
    }

    public Reason build() {
        if (status == null) {
            throw new IllegalStateException("reason of rule " + rule + " has no status");
        }
        if (zh == null || en == null) {
            throw new IllegalStateException("reason of rule " + rule + " needs a message in Chinese and in English");
        }
        if (status == Status.UNKNOWN && missing.isEmpty()) {
            throw new IllegalStateException("UNKNOWN reason of rule " + rule + " must name the missing facts");
        }
        return new Reason(subject, rule, clause, status, facts, params, missing, zh, en, factValues);
    }

    /** The value as JSON will hold it: numbers, truth values and null as they are, dates as ISO text, the rest as text. */
    static Object typed(Object value) {
        if (value == null || value instanceof java.math.BigDecimal || value instanceof Integer || value instanceof Long
                || value instanceof java.math.BigInteger || value instanceof Short || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new java.math.BigDecimal(value.toString()) : value.toString();
        }
        return show(value);
    }

    static String show(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
