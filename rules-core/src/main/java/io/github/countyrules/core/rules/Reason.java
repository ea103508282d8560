package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.Status;

import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Why a decision came out as it did: one criterion of one rule, with the facts and parameters it
 * used and a message in Chinese and English. Made by {@link Reasons}; immutable.
 *
 * @param subject    the question this reason belongs to
 * @param rule       the rule id ({@code @id}), e.g. "NX-C2b"
 * @param clause     the source clause ({@code @clause}), e.g. "NX-GUIDE 三(二)2"
 * @param facts      facts used, by name ("monitoring.2023.grade") with their values as text
 * @param parameters parameters used, by name, with their values in force
 * @param missing    names of the facts whose absence made the criterion UNKNOWN
 * @param factValues the same facts with their values typed as in JSON: numbers as
 *                   {@link java.math.BigDecimal} or {@link Integer}/{@link Long}, truth values as
 *                   {@link Boolean}, dates as ISO text ("2024-06-30"), other values as text, an absent
 *                   value as null (the report's JSON writes them so)
 */
public record Reason(Subject subject, String rule, String clause, Status status,
                     SortedMap<String, String> facts, SortedMap<String, String> parameters,
                     List<String> missing, String zh, String en, SortedMap<String, Object> factValues)
        implements Comparable<Reason> {

    private static final Comparator<Reason> ORDER = Comparator
            .comparing(Reason::rule, RuleIds::compare)
            .thenComparing(Reason::status)
            .thenComparing(Reason::en)
            .thenComparing(Reason::zh)
            .thenComparing(r -> r.facts().toString());

    public Reason {
        facts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(facts));
        parameters = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        missing = List.copyOf(missing);
        TreeMap<String, Object> typed = new TreeMap<>();
        for (var e : facts.entrySet()) {
            // a value for every fact, text where no typed one was given
            typed.put(e.getKey(), factValues != null && factValues.containsKey(e.getKey()) ? factValues.get(e.getKey()) : e.getValue());
        }
        factValues = java.util.Collections.unmodifiableSortedMap(typed);
    }

    /** A reason whose facts are known as text only ({@link #factValues()} gives the text). */
    public Reason(Subject subject, String rule, String clause, Status status, SortedMap<String, String> facts,
                  SortedMap<String, String> parameters, List<String> missing, String zh, String en) {
        this(subject, rule, clause, status, facts, parameters, missing, zh, en, null);
    }

    /**
     * Hashes the subject, rule, status and Chinese message only: consistent with the record's
     * equality (equal reasons have equal parts), and cheap where truth maintenance hashes every
     * reason a rule inserts (the fact and parameter maps need not be walked).
     */
    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(subject);
        h = 31 * h + java.util.Objects.hashCode(rule);
        h = 31 * h + java.util.Objects.hashCode(status);
        return 31 * h + java.util.Objects.hashCode(zh);
    }

    @Override
    public int compareTo(Reason o) {
        return ORDER.compare(this, o);
    }
}
