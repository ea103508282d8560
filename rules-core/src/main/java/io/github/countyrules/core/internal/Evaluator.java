package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleSetInfo;
import io.github.countyrules.core.model.*;
import io.github.countyrules.core.rules.*;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.LocalDate;
import java.util.*;
import java.util.function.Function;

/**
 * One evaluation: resolves parameters, keeps the facts that exist at the as-of date (POLICY-SPEC
 * §0), runs each module's rules in a session of its own over the same facts, and assembles the
 * report. Stateless; safe to call from many threads.
 */
public final class Evaluator {
    /** A guard against rules that never settle. */
    private static final int MAX_FIRINGS = 5_000_000;

    private Evaluator() {
    }

    public static Report evaluate(RuleSet rs, String version, Map<String, Object> engineOverrides, Facts facts) {
        return evaluate(rs, version, engineOverrides, facts, null);
    }

    /**
     * As {@link #evaluate(RuleSet, String, Map, Facts)}, telling {@code fired} the module and name of
     * every rule that fires ("ningxia/NX-D1 …"), for rule coverage.
     */
    public static Report evaluate(RuleSet rs, String version, Map<String, Object> engineOverrides, Facts facts,
                                  java.util.function.Consumer<String> fired) {
        List<InputError> errors = new ArrayList<>();
        RuleSet.Resolved resolved = rs.resolve(facts.asOf(), engineOverrides, facts.parameters(), errors);
        if (errors.isEmpty()) {
            checkReAcceptance(facts, resolved, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Context ctx = RuleSet.context(facts.asOf(), new HolidayCalendar(facts.calendar()), resolved);
        Map<String, List<Object>> byProvince = partition(prepare(facts, ctx));
        // Every rule concerns one province's regions (a city's units, a province's quota, a
        // prefecture's candidates), so each module runs once per province it covers; only CN-K1's
        // nationwide count spans provinces, and counts add up. Partitions run in parallel on large input.
        List<Runnable> tasks = new ArrayList<>();
        List<Outputs> outputs = new ArrayList<>();
        for (RuleModule m : rs.modules()) {
            for (Map.Entry<String, List<Object>> p : byProvince.entrySet()) {
                if (m.covers(p.getKey())) {
                    Outputs out = new Outputs();
                    outputs.add(out);
                    tasks.add(() -> run(m, ctx, p.getValue(), out, fired != null));
                }
            }
        }
        int size = byProvince.values().stream().mapToInt(List::size).sum();
        if (parallelism > 1 && tasks.size() > 1 && size >= PARALLEL_THRESHOLD) {
            tasks.parallelStream().forEach(Runnable::run);
        } else {
            tasks.forEach(Runnable::run);
        }
        List<Reason> reasons = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        Map<List<Object>, Progress> progressSum = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Outputs o : outputs) {
            // fired rules are told on the caller's thread, as the API promises, whichever thread ran the task
            if (fired != null) {
                o.fired.forEach(fired);
            }
            reasons.addAll(o.reasons);
            verdicts.addAll(o.verdicts);
            for (Progress p : o.progress) {
                progressSum.merge(List.of(p.program(), p.rule(), p.target()), p,
                        (a, b) -> new Progress(a.program(), a.count() + b.count(), a.target(), a.rule()));
            }
        }
        List<Progress> progress = new ArrayList<>(progressSum.values());
        List<String> warnings = new ArrayList<>(resolved.warnings());
        List<Decision> decisions = assemble(facts, reasons, verdicts, warnings);
        RuleSetInfo info = new RuleSetInfo(rs.moduleNames(), version, rs.digest(resolved.display()));
        return new Report(facts.asOf(), info, resolved.display(), progress, decisions, List.of(), warnings);
    }

    /** Below this many facts an evaluation runs on the caller's thread alone. */
    private static final int PARALLEL_THRESHOLD = 5_000;
    private static final int parallelism = Math.max(1, Integer.getInteger("countyrules.parallelism",
            Runtime.getRuntime().availableProcessors()));

    private static final class Outputs {
        final List<Reason> reasons = new ArrayList<>();
        final List<Verdict> verdicts = new ArrayList<>();
        final List<Progress> progress = new ArrayList<>();
        final List<String> fired = new ArrayList<>();
    }

    /** The facts by the province of the region they concern; the Context goes to every session. */
    static Map<String, List<Object>> partition(List<Object> input) {
        Map<String, List<Object>> out = new TreeMap<>();
        for (Object o : input) {
            String region = regionOf(o);
            out.computeIfAbsent(region.substring(0, 2), k -> new ArrayList<>()).add(o);
        }
        return out;
    }

    private static String regionOf(Object o) {
        if (o instanceof Region r) return r.code();
        if (o instanceof MonitoringResult f) return f.region();
        if (o instanceof MonitoringSeries f) return f.region();
        if (o instanceof Designation f) return f.region();
        if (o instanceof Application f) return f.region();
        if (o instanceof Attestation f) return f.region();
        if (o instanceof Selection f) return f.region();
        if (o instanceof ProgressReport f) return f.region();
        if (o instanceof Indicator f) return f.region();
        if (o instanceof AcceptanceStep f) return f.region();
        if (o instanceof WorkPlan f) return f.region();
        if (o instanceof Evaluation f) return f.region();
        if (o instanceof Consent f) return f.region();
        if (o instanceof TechTransaction f) return f.region();
        if (o instanceof TechPark f) return f.region();
        if (o instanceof ExpertStation f) return f.region();
        if (o instanceof CommissionerGroup f) return f.region();
        throw new IllegalArgumentException("not a regional fact: " + o);
    }

    private static void run(RuleModule m, Context ctx, List<Object> input, Outputs out, boolean trackFired) {
        List<Reason> reasons = out.reasons;
        List<Verdict> verdicts = out.verdicts;
        List<Progress> progress = out.progress;
        KieSession s = m.kieBase().newKieSession();
        try {
            if (trackFired) {
                s.addEventListener(new org.kie.api.event.rule.DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                        out.fired.add(m.name() + "/" + event.getMatch().getRule().getName());
                    }
                });
            }
            if (declaresCtx(m)) {
                s.setGlobal("ctx", ctx);
            }
            s.insert(ctx);
            Set<Class<?>> read = typesRead(m);
            for (Object o : input) {
                if (read == null || read.contains(o.getClass())) {
                    s.insert(o);
                }
            }
            int firings = s.fireAllRules(MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("rules of module " + m.name() + " did not settle after " + MAX_FIRINGS
                        + " firings; a rule probably keeps re-activating itself");
            }
            for (FactHandle h : s.getFactHandles(o -> o instanceof Reason || o instanceof Verdict || o instanceof Progress)) {
                Object o = s.getObject(h);
                if (o instanceof Reason r) {
                    reasons.add(r);
                } else if (o instanceof Verdict v) {
                    verdicts.add(v);
                } else {
                    progress.add((Progress) o);
                }
            }
        } finally {
            s.dispose();
        }
    }

    private static final Map<org.kie.api.KieBase, Optional<Set<Class<?>>>> TYPES_READ =
            java.util.Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The fact classes a module's rules match on, read from its network, or null when that cannot be
     * told (then every fact is inserted). A fact no pattern can match is not inserted: the national
     * rules, say, never see the country's monitoring results. This changes no decision: a rule cannot
     * react to a fact its patterns do not name.
     */
    static Set<Class<?>> typesRead(RuleModule m) {
        return TYPES_READ.computeIfAbsent(m.kieBase(), kb -> {
            try {
                if (!(kb instanceof org.drools.core.impl.InternalRuleBase irb)) {
                    return Optional.empty();
                }
                Set<Class<?>> types = new HashSet<>();
                for (org.drools.core.reteoo.ObjectTypeNode n : irb.getRete().getObjectTypeNodes()) {
                    if (!(n.getObjectType() instanceof org.drools.base.base.ClassObjectType c)) {
                        return Optional.empty();
                    }
                    types.add(c.getClassType());
                }
                Set<Class<?>> factTypes = new HashSet<>();
                for (Class<?> input : FACT_TYPES) {
                    if (types.stream().anyMatch(t -> t.isAssignableFrom(input))) {
                        factTypes.add(input);
                    }
                }
                return Optional.of(Set.copyOf(factTypes));
            } catch (RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static final List<Class<?>> FACT_TYPES = List.of(Region.class, MonitoringResult.class, MonitoringSeries.class,
            Designation.class, Application.class, Attestation.class, Selection.class, ProgressReport.class, Indicator.class,
            AcceptanceStep.class, WorkPlan.class, Evaluation.class, Consent.class, TechTransaction.class, TechPark.class,
            ExpertStation.class, CommissionerGroup.class);

    private static boolean declaresCtx(RuleModule m) {
        return m.kieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("ctx")));
    }

    /** CN-A4: every round-2 step comes at least national.rectificationYears after the round-1 result. */
    private static void checkReAcceptance(Facts facts, RuleSet.Resolved r, List<InputError> errors) {
        Object years = r.values().get("national.rectificationYears");
        if (!(years instanceof Integer y)) {
            return;
        }
        List<AcceptanceStep> steps = facts.acceptance();
        for (int i = 0; i < steps.size(); i++) {
            AcceptanceStep a = steps.get(i);
            if (a.program() != Program.NATIONAL_INNOVATIVE_COUNTY || a.round() != 2) {
                continue;
            }
            Optional<AcceptanceStep> first = steps.stream()
                    .filter(x -> x.region().equals(a.region()) && x.program() == a.program() && x.round() == 1
                            && x.step() == AcceptanceStepKind.RESULT_PUBLISHED)
                    .findFirst();
            String p = "acceptance[" + i + "]";
            if (first.isEmpty() || first.get().result() != AcceptanceResult.LOW_LEVEL) {
                errors.add(new InputError(p + ".round", "2",
                        "再验收(第2轮)须在第1轮结果为 LOW_LEVEL(责令整改)之后(CN-A4)",
                        "a re-acceptance (round 2) needs a round-1 result LOW_LEVEL (CN-A4)"));
                continue;
            }
            LocalDate earliest = first.get().date().plusYears(y);
            if (a.date().isBefore(earliest)) {
                errors.add(new InputError(p + ".date", a.date().toString(),
                        "再验收步骤早于首次验收结果(" + first.get().date() + ")后 " + y + " 年，最早 " + earliest + "(整改一年后再验收，national.rectificationYears)",
                        "re-acceptance step before " + earliest + ", " + y + " year(s) after the round-1 result of "
                                + first.get().date() + " (national.rectificationYears)"));
            }
        }
    }

    /** The facts that exist at the as-of date, in a canonical order. */
    static List<Object> prepare(Facts f, Context ctx) {
        LocalDate asOf = f.asOf();
        int year = asOf.getYear();
        List<Object> out = new ArrayList<>();
        f.regionTable().values().stream().sorted(Comparator.comparing(Region::code)).forEach(out::add);

        var pub = ctx.monthDay("monitoring.defaultPublication");
        Map<String, TreeMap<Integer, MonitoringResult>> series = new TreeMap<>();
        for (MonitoringResult m : f.monitoring()) {
            LocalDate published = m.published() != null ? m.published() : pub.atYear(m.year() + 1);
            if (!published.isAfter(asOf)) {
                series.computeIfAbsent(m.region(), k -> new TreeMap<>()).put(m.year(), m);
            }
        }
        series.forEach((region, years) -> {
            out.addAll(years.values());
            out.add(new MonitoringSeries(region, years));
        });

        // the standing on record: the designation with the latest since on or before the as-of date
        Map<List<Object>, Designation> standing = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Designation d : f.designations()) {
            if (!d.since().isAfter(asOf)) {
                standing.merge(List.of(d.region(), d.program()), d, (a, b) -> a.since().isAfter(b.since()) ? a : b);
            }
        }
        out.addAll(standing.values());

        add(out, f.applications(), a -> !a.submitted().isAfter(asOf), Comparator.comparing(Application::region)
                .thenComparing(Application::program).thenComparing(Application::year));

        Map<List<Object>, Attestation> latest = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Attestation a : f.attestations()) {
            if (!a.date().isAfter(asOf)) {
                latest.merge(List.of(a.region(), a.program(), a.key()), a, (x, y) -> x.date().isAfter(y.date()) ? x : y);
            }
        }
        out.addAll(latest.values());

        Map<List<Object>, Selection> selections = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Selection s : f.selections()) {
            if (!s.selected().isAfter(asOf)) {
                Selection cut = new Selection(s.region(), s.program(), s.selected(),
                        s.noticeStart() != null && !s.noticeStart().isAfter(asOf) ? s.noticeStart() : null,
                        s.published() != null && !s.published().isAfter(asOf) ? s.published() : null, s.source());
                selections.merge(List.of(cut.region(), cut.program()), cut, (x, y) -> x.selected().isAfter(y.selected()) ? x : y);
            }
        }
        out.addAll(selections.values());

        add(out, f.progressReports(), p -> !p.submitted().isAfter(asOf), Comparator.comparing(ProgressReport::region)
                .thenComparing(ProgressReport::program).thenComparing(ProgressReport::year));
        add(out, f.indicators(), i -> i.year() < year, Comparator.comparing(Indicator::region)
                .thenComparing(Indicator::program).thenComparing(Indicator::year).thenComparing(Indicator::number));
        add(out, f.acceptance(), a -> !a.date().isAfter(asOf), Comparator.comparing(AcceptanceStep::region)
                .thenComparing(AcceptanceStep::program).thenComparing(AcceptanceStep::round).thenComparing(AcceptanceStep::step));
        add(out, f.workPlans(), w -> !w.submitted().isAfter(asOf), Comparator.comparing(WorkPlan::region)
                .thenComparing(WorkPlan::program).thenComparing(WorkPlan::fromYear).thenComparing(WorkPlan::submitted));
        add(out, f.evaluations(), e -> !e.date().isAfter(asOf), Comparator.comparing(Evaluation::region)
                .thenComparing(Evaluation::program).thenComparing(Evaluation::year));
        add(out, f.consents(), c -> !c.date().isAfter(asOf), Comparator.comparing(Consent::region)
                .thenComparing(Consent::program).thenComparing(Consent::year));
        add(out, f.techTransactions(), t -> t.year() < year, Comparator.comparing(TechTransaction::region)
                .thenComparing(TechTransaction::year));
        add(out, f.techParks(), t -> !t.established().isAfter(asOf), Comparator.comparing(TechPark::region)
                .thenComparing(TechPark::established).thenComparing(t -> String.valueOf(t.name())));
        add(out, f.expertStations(), t -> !t.established().isAfter(asOf), Comparator.comparing(ExpertStation::region)
                .thenComparing(ExpertStation::established));
        add(out, f.commissionerGroups(), t -> !t.since().isAfter(asOf), Comparator.comparing(CommissionerGroup::region)
                .thenComparing(CommissionerGroup::since));
        return out;
    }

    private static <T> void add(List<Object> out, List<T> items, java.util.function.Predicate<T> exists, Comparator<T> order) {
        items.stream().filter(exists).sorted(order).forEach(out::add);
    }

    private static List<Decision> assemble(Facts facts, List<Reason> reasons, List<Verdict> verdicts, List<String> warnings) {
        Map<Subject, List<Reason>> bySubject = new TreeMap<>();
        for (Reason r : reasons) {
            bySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
        }
        Map<Subject, Verdict> bySubjectVerdict = new TreeMap<>();
        for (Verdict v : verdicts) {
            Verdict other = bySubjectVerdict.putIfAbsent(v.subject(), v);
            if (other != null && !other.equals(v)) {
                throw new IllegalStateException("the rules gave two outcomes for " + v.subject() + ": "
                        + describe(other) + " and " + describe(v) + "; each question has exactly one");
            }
        }
        List<Decision> out = new ArrayList<>();
        for (Verdict v : bySubjectVerdict.values()) {
            Subject s = v.subject();
            List<Reason> rs = bySubject.getOrDefault(s, List.of()).stream().sorted().toList();
            Outcome o = v.resolve(rs);
            if (!o.belongsTo(s.kind())) {
                throw new IllegalStateException("outcome " + o + " is not an outcome of kind " + s.kind() + " (" + s + ")");
            }
            Region region = facts.region(s.region());
            out.add(new Decision(s.region(), region == null ? null : region.name(), s.program(), s.kind(), s.year(), o, rs));
        }
        bySubject.keySet().stream().filter(s -> !bySubjectVerdict.containsKey(s)).forEach(s ->
                warnings.add("reasons without a decision (a rule gave criteria for a question no rule decided): " + s));
        return out;
    }

    private static String describe(Verdict v) {
        return v.outcome() != null ? v.outcome().name() : "all-must-hold " + v.ifAllMet() + "/" + v.ifNotMet();
    }

}
