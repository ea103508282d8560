package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.Progress;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.rules.RuleIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changes between two reports of the same facts (under old and new rules or parameters), in
 * every section of the report: each decision whose outcome or reasons differ, appears or
 * disappears; each programme's progress (CN-K1's count); the parameters in force; the warnings;
 * and, when the two rule catalogues are given, the rules whose text was edited, added or removed,
 * with each changed decision naming the edited rules it depends on (a combining rule such as NX-C
 * as well as its criteria). Changes are ordered by what a reader must see first: outcome changes,
 * then decisions added or removed, then reason statuses, and wording-only changes last.
 * This is how an edit is previewed before it ships.
 */
public record ReportDiff(List<Change> changes, SortedMap<String, Integer> perRule, List<ProgressChange> progress,
                         List<ParameterChange> parameters, List<String> warningsAdded, List<String> warningsRemoved,
                         List<RuleEdit> ruleEdits) {

    /** The key of a decision: region, programme, kind, year (and for alerts, the alert). */
    public record Key(String region, Program program, Kind kind, Integer year, String alert) {
    }

    /** The sorts of change, in the order they are listed. */
    public static final List<String> SORTS = List.of("outcome", "added", "removed", "status", "wording");

    /**
     * One decision before and after; either side is null when the decision is absent there.
     * {@code editedRules} are the ids of edited rules this decision depends on (empty when the
     * catalogues were not compared).
     */
    public record Change(Key key, Decision before, Decision after, List<String> editedRules) {
        public Change {
            editedRules = editedRules == null ? List.of() : List.copyOf(editedRules);
        }

        public Change(Key key, Decision before, Decision after) {
            this(key, before, after, List.of());
        }

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

        /** {@link #what()} with "reasons" split: "status" when a rule's finding changed, "wording" when only quoted values or messages did. */
        public String sort() {
            String w = what();
            if (!w.equals("reasons")) {
                return w;
            }
            return statusChanges().isEmpty() ? "wording" : "status";
        }

        /** Rules whose findings in this decision differ between the sides (status, facts, parameters or message), by id. */
        public List<String> rulesChanged() {
            List<Reason> a = reasons(before);
            List<Reason> b = reasons(after);
            TreeSet<String> rules = new TreeSet<>(RuleIds::compare);
            a.forEach(r -> rules.add(r.rule()));
            b.forEach(r -> rules.add(r.rule()));
            rules.removeIf(rule -> sameReasons(of(a, rule), of(b, rule)));
            return List.copyOf(rules);
        }

        /**
         * The rules this change is owed to, as a reader should be told: those whose findings
         * differ, then the edited rules the decision depends on (a combining rule whose list of
         * criteria changed has no finding of its own, yet decided the outcome).
         */
        public List<String> rulesNamed() {
            TreeSet<String> out = new TreeSet<>(RuleIds::compare);
            out.addAll(rulesChanged());
            out.addAll(editedRules);
            return List.copyOf(out);
        }

        /** For each rule whose statuses differ: its statuses before and after (empty list when absent on a side). */
        public List<StatusChange> statusChanges() {
            List<Reason> a = reasons(before);
            List<Reason> b = reasons(after);
            TreeSet<String> rules = new TreeSet<>(RuleIds::compare);
            a.forEach(r -> rules.add(r.rule()));
            b.forEach(r -> rules.add(r.rule()));
            List<StatusChange> out = new ArrayList<>();
            for (String rule : rules) {
                List<Status> x = of(a, rule).stream().map(Reason::status).sorted().toList();
                List<Status> y = of(b, rule).stream().map(Reason::status).sorted().toList();
                if (!x.equals(y)) {
                    out.add(new StatusChange(rule, x, y));
                }
            }
            return out;
        }
    }

    /** A rule's statuses in one decision before and after. */
    public record StatusChange(String rule, List<Status> before, List<Status> after) {
    }

    /** A programme's progress (e.g. CN-K1: 9 of 100) before and after; a side is null when the line is absent there. */
    public record ProgressChange(String program, String rule, Integer countBefore, Integer countAfter,
                                 Integer targetBefore, Integer targetAfter) {
    }

    /** A parameter whose value in force differs (null on a side where it is not in force). */
    public record ParameterChange(String name, String before, String after) {
    }

    /** A rule whose DRL text differs between the catalogues: "changed", "added" or "removed". */
    public record RuleEdit(String module, String id, String name, String file, String what) {
    }

    public ReportDiff {
        changes = List.copyOf(changes);
        perRule = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perRule));
        progress = List.copyOf(progress);
        parameters = List.copyOf(parameters);
        warningsAdded = List.copyOf(warningsAdded);
        warningsRemoved = List.copyOf(warningsRemoved);
        ruleEdits = List.copyOf(ruleEdits);
    }

    public ReportDiff(List<Change> changes, SortedMap<String, Integer> perRule) {
        this(changes, perRule, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** No decision, progress line, parameter or warning differs. */
    public boolean isEmpty() {
        return changes.isEmpty() && progress.isEmpty() && parameters.isEmpty() && warningsAdded.isEmpty()
                && warningsRemoved.isEmpty();
    }

    /** The changes of one sort ({@link #SORTS}). */
    public List<Change> changes(String sort) {
        return changes.stream().filter(c -> c.sort().equals(sort)).toList();
    }

    /** Compares two reports; reports with input errors cannot be compared. */
    public static ReportDiff between(Report before, Report after) {
        return between(before, after, null, null);
    }

    /**
     * Compares two reports made under the rule catalogues {@code rulesBefore} and {@code rulesAfter}
     * ({@link PolicyEngine#rules()} of each side; null for none): rules whose text differs are
     * listed, and each changed decision names the edited rules it depends on.
     */
    public static ReportDiff between(Report before, Report after, List<RuleInfo> rulesBefore, List<RuleInfo> rulesAfter) {
        List<RuleEdit> edits = rulesBefore == null || rulesAfter == null ? List.of() : edits(rulesBefore, rulesAfter);
        Map<Key, Decision> a = index(before);
        Map<Key, Decision> b = index(after);
        TreeMap<Key, Change> out = new TreeMap<>(KEY_ORDER);
        a.forEach((k, d) -> {
            Decision e = b.get(k);
            if (e == null || !same(d, e)) {
                out.put(k, new Change(k, d, e, implicated(edits, d, e)));
            }
        });
        b.forEach((k, e) -> {
            if (!a.containsKey(k)) {
                out.put(k, new Change(k, null, e, implicated(edits, null, e)));
            }
        });
        SortedMap<String, Integer> perRule = new TreeMap<>(RuleIds::compare);
        for (Change c : out.values()) {
            Set<String> rules = new TreeSet<>();
            for (Decision d : new Decision[]{c.before(), c.after()}) {
                if (d != null) {
                    d.reasons().forEach(r -> rules.add(r.rule()));
                }
            }
            rules.addAll(c.editedRules());
            rules.forEach(r -> perRule.merge(r, 1, Integer::sum));
        }
        List<Change> ordered = new ArrayList<>(out.values());
        ordered.sort(Comparator.comparingInt((Change c) -> SORTS.indexOf(c.sort())));
        return new ReportDiff(ordered, perRule, progress(before, after), parameters(before, after),
                after.warnings().stream().filter(w -> !before.warnings().contains(w)).toList(),
                before.warnings().stream().filter(w -> !after.warnings().contains(w)).toList(), edits);
    }

    private static List<ProgressChange> progress(Report before, Report after) {
        Map<String, Progress[]> lines = new LinkedHashMap<>();
        before.progress().forEach(p -> lines.computeIfAbsent(p.program().name() + " " + p.rule(), k -> new Progress[2])[0] = p);
        after.progress().forEach(p -> lines.computeIfAbsent(p.program().name() + " " + p.rule(), k -> new Progress[2])[1] = p);
        List<ProgressChange> out = new ArrayList<>();
        lines.forEach((k, v) -> {
            Progress x = v[0];
            Progress y = v[1];
            if (x == null || y == null || x.count() != y.count() || x.target() != y.target()) {
                Progress any = x != null ? x : y;
                out.add(new ProgressChange(any.program().name(), any.rule(), x == null ? null : x.count(), y == null ? null : y.count(),
                        x == null ? null : x.target(), y == null ? null : y.target()));
            }
        });
        return out;
    }

    private static List<ParameterChange> parameters(Report before, Report after) {
        TreeSet<String> names = new TreeSet<>(before.parameters().keySet());
        names.addAll(after.parameters().keySet());
        List<ParameterChange> out = new ArrayList<>();
        for (String n : names) {
            String x = before.parameters().get(n);
            String y = after.parameters().get(n);
            if (!Objects.equals(x, y)) {
                out.add(new ParameterChange(n, x, y));
            }
        }
        return out;
    }

    /** Rules whose text differs, matched by module and name. */
    private static List<RuleEdit> edits(List<RuleInfo> before, List<RuleInfo> after) {
        Map<String, RuleInfo> x = new TreeMap<>();
        before.forEach(r -> x.put(r.module() + "\u0000" + r.name(), r));
        Map<String, RuleInfo> y = new TreeMap<>();
        after.forEach(r -> y.put(r.module() + "\u0000" + r.name(), r));
        Set<String> modulesOnBothSides = new TreeSet<>();
        before.forEach(r -> modulesOnBothSides.add(r.module()));
        modulesOnBothSides.retainAll(after.stream().map(RuleInfo::module).toList());
        List<RuleEdit> out = new ArrayList<>();
        for (Map.Entry<String, RuleInfo> e : x.entrySet()) {
            RuleInfo r = e.getValue();
            RuleInfo s = y.get(e.getKey());
            if (!modulesOnBothSides.contains(r.module())) {
                continue;
            }
            if (s == null) {
                out.add(new RuleEdit(r.module(), r.id(), r.name(), file(r), "removed"));
            } else if (!normalised(r.source()).equals(normalised(s.source())) || !r.metadata().equals(s.metadata())) {
                out.add(new RuleEdit(s.module(), s.id(), s.name(), file(s), "changed"));
            }
        }
        for (Map.Entry<String, RuleInfo> e : y.entrySet()) {
            RuleInfo s = e.getValue();
            if (!x.containsKey(e.getKey()) && modulesOnBothSides.contains(s.module())) {
                out.add(new RuleEdit(s.module(), s.id(), s.name(), file(s), "added"));
            }
        }
        out.sort(Comparator.comparing(RuleEdit::module).thenComparing(r -> r.id() == null ? "" : r.id(), RuleIds::compare)
                .thenComparing(RuleEdit::name));
        return out;
    }

    private static String file(RuleInfo r) {
        if (r.file() == null) {
            return null;
        }
        int slash = r.file().lastIndexOf('/');
        return slash < 0 ? r.file() : r.file().substring(slash + 1);
    }

    /** The text without comments and with runs of white space as one space: a re-indented rule is not an edit. */
    private static String normalised(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//[^\\n]*", " ").replaceAll("\\s+", " ").trim();
    }

    /** The ids of edited rules a decision depends on: a rule of one of its reasons, or the rule combining them ("NX-C" for "NX-C4"). */
    private static List<String> implicated(List<RuleEdit> edits, Decision a, Decision b) {
        if (edits.isEmpty()) {
            return List.of();
        }
        Set<String> reasonRules = new TreeSet<>();
        for (Decision d : new Decision[]{a, b}) {
            if (d != null) {
                d.reasons().forEach(r -> reasonRules.add(r.rule()));
            }
        }
        TreeSet<String> out = new TreeSet<>(RuleIds::compare);
        for (RuleEdit e : edits) {
            if (e.id() == null) {
                continue;
            }
            for (String r : reasonRules) {
                if (r.equals(e.id()) || partOf(r, e.id())) {
                    out.add(e.id());
                }
            }
        }
        return List.copyOf(out);
    }

    /** "NX-C4" and "NX-C2a" are criteria of "NX-C"; "NX-C2a" of "NX-C2"; "NX-CX" is not. */
    private static boolean partOf(String rule, String combining) {
        if (!rule.startsWith(combining) || rule.length() == combining.length()) {
            return false;
        }
        char next = rule.charAt(combining.length());
        return Character.isDigit(next) || Character.isLowerCase(next);
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

    private static List<Reason> reasons(Decision d) {
        return d == null ? List.of() : d.reasons();
    }

    private static List<Reason> of(List<Reason> reasons, String rule) {
        return reasons.stream().filter(r -> r.rule().equals(rule)).toList();
    }

    private static boolean sameReasons(List<Reason> a, List<Reason> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameReason(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same finding, whatever the subject object: rule, clause, status, facts, parameters, missing, messages. */
    public static boolean sameReason(Reason x, Reason y) {
        return x.rule().equals(y.rule()) && Objects.equals(x.clause(), y.clause()) && x.status() == y.status()
                && x.facts().equals(y.facts()) && x.parameters().equals(y.parameters()) && x.missing().equals(y.missing())
                && Objects.equals(x.zh(), y.zh()) && Objects.equals(x.en(), y.en());
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
