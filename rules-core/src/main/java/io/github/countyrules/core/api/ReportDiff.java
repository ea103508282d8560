package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.rules.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What changes between two reports of the same facts (under old and new rules or parameters):
 * every decision whose outcome or reasons differ, appears or disappears, and a count per rule of
 * the changed decisions whose reasons involve it. This is how an edit is previewed before it ships.
 */
public record ReportDiff(List<Change> changes, SortedMap<String, Integer> perRule) {

    /** The key of a decision: region, programme, kind, year (and for alerts, the alert). */
    public record Key(String region, Program program, Kind kind, Integer year, String alert) {
    }

    /** One decision before and after; either side is null when the decision is absent there. */
    public record Change(Key key, Decision before, Decision after) {
        /** "outcome", "reasons", "added" or "removed". */
        public String what() {
            if (before == null) {
                return "added";
            }
            if (after == null) {
                return "removed";
            }
            return !before.outcome().equals(after.outcome()) ? "outcome" : "reasons";
        }
    }

    public ReportDiff {
        changes = List.copyOf(changes);
        perRule = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perRule));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Compares two reports; reports with input errors cannot be compared. */
    public static ReportDiff between(Report before, Report after) {
        Map<Key, Decision> a = index(before);
        Map<Key, Decision> b = index(after);
        TreeMap<Key, Change> out = new TreeMap<>(KEY_ORDER);
        a.forEach((k, d) -> {
            Decision e = b.get(k);
            if (e == null || !same(d, e)) {
                out.put(k, new Change(k, d, e));
            }
        });
        b.forEach((k, e) -> {
            if (!a.containsKey(k)) {
                out.put(k, new Change(k, null, e));
            }
        });
        SortedMap<String, Integer> perRule = new TreeMap<>(io.github.countyrules.core.rules.RuleIds::compare);
        for (Change c : out.values()) {
            java.util.Set<String> rules = new java.util.TreeSet<>();
            for (Decision d : new Decision[]{c.before(), c.after()}) {
                if (d != null) {
                    d.reasons().forEach(r -> rules.add(r.rule()));
                }
            }
            rules.forEach(r -> perRule.merge(r, 1, Integer::sum));
        }
        return new ReportDiff(new ArrayList<>(out.values()), perRule);
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::region)
            .thenComparing(Key::program, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Key::kind)
            .thenComparing(Key::year, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Key::alert, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static Map<Key, Decision> index(Report r) {
        if (r.hasErrors()) {
            throw new IllegalArgumentException("a report with input errors cannot be compared");
        }
        Map<Key, Decision> m = new TreeMap<>(KEY_ORDER);
        for (Decision d : r.decisions()) {
            m.put(new Key(d.region(), d.program(), d.kind(), d.year(), d.kind() == Kind.ALERT ? d.outcome().name() : null), d);
        }
        return m;
    }

    /** Same outcome and the same reasons (rule, status, facts, parameters, messages). */
    private static boolean same(Decision a, Decision b) {
        if (!a.outcome().equals(b.outcome()) || a.reasons().size() != b.reasons().size()) {
            return false;
        }
        for (int i = 0; i < a.reasons().size(); i++) {
            Reason x = a.reasons().get(i);
            Reason y = b.reasons().get(i);
            if (!x.rule().equals(y.rule()) || x.status() != y.status() || !x.facts().equals(y.facts())
                    || !x.parameters().equals(y.parameters()) || !Objects.equals(x.en(), y.en()) || !Objects.equals(x.zh(), y.zh())) {
                return false;
            }
        }
        return true;
    }
}
