package io.github.countyrules.core.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.rules.Progress;
import io.github.countyrules.core.rules.Reason;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of an evaluation (FACTS-FORMAT.md, "Report"): as-of date, the rule set, the
 * parameters in force, programme progress, decisions sorted by region, programme, kind, year and
 * outcome, and input errors (a report with errors has no decisions). Immutable.
 */
public final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final LocalDate asOf;
    private final RuleSetInfo ruleSet;
    private final SortedMap<String, String> parameters;
    private final List<Progress> progress;
    private final List<Decision> decisions;
    private final List<InputError> errors;
    private final List<String> warnings;
    /** The digest of the facts, computed when first asked for; null when the facts are not known. */
    private final java.util.function.Supplier<String> inputDigest;

    public Report(LocalDate asOf, RuleSetInfo ruleSet, SortedMap<String, String> parameters, List<Progress> progress,
                  List<Decision> decisions, List<InputError> errors, List<String> warnings) {
        this.asOf = asOf;
        this.ruleSet = Objects.requireNonNull(ruleSet);
        this.parameters = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        this.progress = progress.stream().sorted().toList();
        this.decisions = decisions.stream().sorted().toList();
        this.errors = errors.stream().sorted().toList();
        this.warnings = List.copyOf(warnings);
        this.inputDigest = () -> null;
    }

    private Report(Report r, java.util.function.Supplier<String> inputDigest) {
        this.asOf = r.asOf;
        this.ruleSet = r.ruleSet;
        this.parameters = r.parameters;
        this.progress = r.progress;
        this.decisions = r.decisions;
        this.errors = r.errors;
        this.warnings = r.warnings;
        this.inputDigest = inputDigest;
    }

    /**
     * This report with the digest of the facts it was made from ({@link #inputDigest()}), computed
     * on first use. {@link PolicyEngine#evaluate} gives every report its input digest.
     */
    public Report withInputDigestOf(Facts facts) {
        Objects.requireNonNull(facts, "facts");
        return new Report(this, new java.util.function.Supplier<>() {
            private volatile String digest;

            @Override
            public String get() {
                String d = digest;
                if (d == null) {
                    d = io.github.countyrules.core.internal.InputDigest.of(facts);
                    digest = d;
                }
                return d;
            }
        });
    }

    /** A report of input errors only: nothing was evaluated. */
    public static Report ofErrors(LocalDate asOf, RuleSetInfo ruleSet, List<InputError> errors) {
        return new Report(asOf, ruleSet, new TreeMap<>(), List.of(), List.of(), errors, List.of());
    }

    /** The as-of date; null only in a report of errors where none could be read. */
    public LocalDate asOf() { return asOf; }
    public RuleSetInfo ruleSet() { return ruleSet; }
    /**
     * SHA-256 of a canonical form of the facts evaluated ("sha256:…"): the same for the same facts
     * in any order; with {@link RuleSetInfo#digest()} it identifies the report. Null when the report
     * was not made from facts (a report of errors only).
     */
    public String inputDigest() { return inputDigest.get(); }
    /** Every parameter in force, by name, as text. */
    public SortedMap<String, String> parameters() { return parameters; }
    public List<Progress> progress() { return progress; }
    public List<Decision> decisions() { return decisions; }
    public List<InputError> errors() { return errors; }
    /** Warnings, e.g. an override of a parameter whose module is not loaded. */
    public List<String> warnings() { return warnings; }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Decisions about one region. */
    public List<Decision> decisionsFor(String region) {
        return decisions.stream().filter(d -> d.region().equals(region)).toList();
    }

    /**
     * This report with only the decisions about {@code region} (the as-of date, rule set,
     * parameters, progress and warnings as they are): what {@code evaluate --region} prints.
     */
    public Report forRegion(String region) {
        return new Report(asOf, ruleSet, parameters, progress, decisionsFor(region), errors, warnings);
    }

    /** The decision of a region, programme and kind (the first by year and outcome if several). */
    public Optional<Decision> decision(String region, Program program, Kind kind) {
        return decisions.stream()
                .filter(d -> d.region().equals(region) && java.util.Objects.equals(d.program(), program) && d.kind() == kind)
                .findFirst();
    }

    /** The decision of a region, programme, kind and year. */
    public Optional<Decision> decision(String region, Program program, Kind kind, int year) {
        return decisions.stream()
                .filter(d -> d.region().equals(region) && java.util.Objects.equals(d.program(), program) && d.kind() == kind
                        && d.year() != null && d.year() == year)
                .findFirst();
    }

    /** Whether a decision with this outcome exists for the region and programme. */
    public boolean has(String region, Program program, Outcome outcome) {
        return decisions.stream().anyMatch(d -> d.region().equals(region) && java.util.Objects.equals(d.program(), program) && d.outcome().equals(outcome));
    }

    /** The report as a JSON tree (FACTS-FORMAT.md). */
    public ObjectNode toJsonTree() {
        ObjectNode root = JSON.createObjectNode();
        root.put("asOf", asOf == null ? null : asOf.toString());
        ObjectNode rs = root.putObject("ruleSet");
        ArrayNode mods = rs.putArray("modules");
        ruleSet.modules().forEach(mods::add);
        rs.put("version", ruleSet.version());
        rs.put("digest", ruleSet.digest());
        if (inputDigest() != null) {
            root.put("inputDigest", inputDigest());
        }
        ObjectNode ps = root.putObject("parameters");
        parameters.forEach(ps::put);
        ArrayNode pr = root.putArray("progress");
        for (Progress p : progress) {
            ObjectNode o = pr.addObject();
            o.put("program", p.program().name());
            o.put("count", p.count());
            o.put("target", p.target());
            o.put("rule", p.rule());
        }
        ArrayNode ds = root.putArray("decisions");
        for (Decision d : decisions) {
            ObjectNode o = ds.addObject();
            o.put("region", d.region());
            o.put("regionName", d.regionName());
            o.put("program", d.program() == null ? null : d.program().name());
            o.put("kind", d.kind().name());
            if (d.year() != null) {
                o.put("year", d.year());
            }
            o.put("outcome", d.outcome().name());
            ArrayNode rs2 = o.putArray("reasons");
            for (Reason r : d.reasons()) {
                ObjectNode ro = rs2.addObject();
                ro.put("rule", r.rule());
                ro.put("clause", r.clause());
                ro.put("status", r.status().name());
                // typed: numbers as numbers, truth values as true/false, dates as ISO text, absent as null
                ObjectNode f = ro.putObject("facts");
                r.factValues().forEach((k, v) -> putTyped(f, k, v));
                ObjectNode pp = ro.putObject("parameters");
                r.parameters().forEach(pp::put);
                if (!r.missing().isEmpty()) {
                    ArrayNode m = ro.putArray("missing");
                    r.missing().forEach(m::add);
                }
                ObjectNode msg = ro.putObject("message");
                msg.put("zh", r.zh());
                msg.put("en", r.en());
            }
        }
        ArrayNode es = root.putArray("errors");
        for (InputError e : errors) {
            ObjectNode o = es.addObject();
            o.put("path", e.path());
            o.put("value", e.value());
            ObjectNode msg = o.putObject("message");
            msg.put("zh", e.zh());
            msg.put("en", e.en());
        }
        if (!warnings.isEmpty()) {
            ArrayNode ws = root.putArray("warnings");
            warnings.forEach(ws::add);
        }
        return root;
    }

    private static void putTyped(ObjectNode o, String k, Object v) {
        if (v == null) {
            o.putNull(k);
        } else if (v instanceof java.math.BigDecimal d) {
            o.put(k, d);
        } else if (v instanceof Integer i) {
            o.put(k, i);
        } else if (v instanceof Long l) {
            o.put(k, l);
        } else if (v instanceof Short sh) {
            o.put(k, sh);
        } else if (v instanceof java.math.BigInteger b) {
            o.put(k, b);
        } else if (v instanceof Boolean b) {
            o.put(k, b);
        } else {
            o.put(k, v.toString());
        }
    }

    /** The report as indented JSON (FACTS-FORMAT.md). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(toJsonTree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
