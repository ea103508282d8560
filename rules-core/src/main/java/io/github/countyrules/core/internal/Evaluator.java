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

import java.time.LocalDate;
import java.util.*;

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

    /**
     * The checks an evaluation makes before any rule runs: parameters, and the facts against the
     * loaded modules' declarations and extensions.
     *
     * @throws InvalidInputException listing every problem
     */
    public static void check(RuleSet rs, Map<String, Object> engineOverrides, Facts facts) {
        List<InputError> errors = new ArrayList<>();
        RuleSet.Resolved resolved = rs.resolve(facts.asOf(), engineOverrides, facts.parameters(), errors);
        if (errors.isEmpty()) {
            VocabularyCheck.check(rs, facts, resolved.values(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
            VocabularyCheck.check(rs, facts, resolved.values(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Context ctx = RuleSet.context(facts.asOf(), new HolidayCalendar(facts.calendar()), resolved);
        Deadline.Token stop = Deadline.token();
        List<String> warnings = new ArrayList<>(resolved.warnings());
        Set<String> scope = scope(facts, warnings);
        Map<String, List<Object>> byProvince = partition(prepare(facts, ctx, typesReadByAny(rs), scope));
        // POLICY-SPEC §0 "Scope": provinces outside the scope are never judged
        byProvince.keySet().retainAll(scope);
        // Every rule concerns one province's regions (a city's units, a province's quota, a
        // prefecture's candidates), so each module runs once per province it covers; only CN-K1's
        // nationwide count spans provinces, and counts add up. Partitions run in parallel on large input.
        int size = byProvince.values().stream().mapToInt(List::size).sum();
        boolean parallel = parallelism > 1 && size >= PARALLEL_THRESHOLD;
        List<Runnable> tasks = new ArrayList<>();
        List<Outputs> outputs = new ArrayList<>();
        for (RuleModule m : rs.modules()) {
            for (Map.Entry<String, List<Object>> p : byProvince.entrySet()) {
                if (!m.covers(p.getKey())) {
                    continue;
                }
                // a module whose rules stay within a prefecture runs once per prefecture, so that a
                // province's prefectures share the cores; on one thread a session per province is cheaper
                for (List<Object> part : parallel && m.prefectureReach() ? byPrefecture(p.getValue()) : List.of(p.getValue())) {
                    Outputs out = new Outputs();
                    outputs.add(out);
                    tasks.add(() -> run(rs, m, ctx, part, out, fired != null, stop));
                }
            }
        }
        if (parallel && tasks.size() > 1) {
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
        List<Decision> decisions = assemble(rs.vocabulary(), facts, reasons, verdicts, warnings);
        RuleSetInfo info = new RuleSetInfo(rs.moduleNames(), version, rs.digest(resolved.display()));
        return new Report(facts.asOf(), info, resolved.display(), progress, decisions, List.of(), warnings);
    }

    /**
     * Below this many facts an evaluation runs on the caller's thread alone: a single county's
     * request (its facts and the shipped table's 129 regions) pays no hand-over between threads,
     * while a province's batch (Ningxia: about 1,000 facts, 2-3 ms of rule work) runs its
     * prefectures on every core; handing a part to another thread costs some 50 µs.
     */
    static final int PARALLEL_THRESHOLD = 500;
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
        // by the code's first two digits, as an index: no substring and no map lookup per fact
        @SuppressWarnings("unchecked")
        List<Object>[] byCode = new List[100];
        for (Object o : input) {
            String region = regionOf(o);
            int p = provinceIndex(region);
            if (byCode[p] == null) {
                byCode[p] = new ArrayList<>();
            }
            byCode[p].add(o);
        }
        Map<String, List<Object>> out = new TreeMap<>();
        for (int p = 0; p < byCode.length; p++) {
            if (byCode[p] != null) {
                out.put(TWO_DIGITS[p], byCode[p]);
            }
        }
        return out;
    }

    private static final String[] TWO_DIGITS = java.util.stream.IntStream.range(0, 100)
            .mapToObj(p -> String.format(Locale.ROOT, "%02d", p)).toArray(String[]::new);

    /** The two-digit province of a six-digit code (validated on input) as a number 0-99. */
    private static int provinceIndex(String code) {
        int a = code.charAt(0) - '0';
        int b = code.charAt(1) - '0';
        if (a < 0 || a > 9 || b < 0 || b > 9) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
        return a * 10 + b;
    }

    /**
     * One province's facts by prefecture (the first four digits of the region code), for a module
     * whose rules relate a region only to its prefecture-level city and that city's units. When a
     * region's parent lies in another prefecture (a county-level unit directly under the province,
     * say), the province stays whole: such a unit and its parent must meet in one session.
     */
    static Collection<List<Object>> byPrefecture(List<Object> province) {
        // indexed by the code's third and fourth digits: the province is the same for all
        @SuppressWarnings("unchecked")
        List<Object>[] byDigits = new List[100];
        for (Object o : province) {
            if (o instanceof Region r && r.parent() != null && !samePrefecture(r)) {
                return List.of(province);
            }
            String code = regionOf(o);
            int p = digit(code, 2) * 10 + digit(code, 3);
            if (byDigits[p] == null) {
                byDigits[p] = new ArrayList<>();
            }
            byDigits[p].add(o);
        }
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> part : byDigits) {
            if (part != null) {
                out.add(part);
            }
        }
        return out;
    }

    private static int digit(String code, int at) {
        int d = code.charAt(at) - '0';
        if (d < 0 || d > 9) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
        return d;
    }

    /** A region and its parent share a prefecture; a prefecture-level region's parent is its province. */
    private static boolean samePrefecture(Region r) {
        String code = r.code();
        String parent = r.parent();
        if (code.length() < 6 || parent.length() < 6) {
            return false;
        }
        boolean prefectureLevel = code.endsWith("00") && !code.endsWith("0000");
        return prefectureLevel ? parent.startsWith(code.substring(0, 2)) && parent.endsWith("0000")
                : parent.regionMatches(0, code, 0, 4);
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

    private static void run(RuleSet rs, RuleModule m, Context ctx, List<Object> input, Outputs out, boolean trackFired,
                            Deadline.Token stop) {
        if (stop.stopped) {
            return;
        }
        stop.module = m.name();
        KieSession s = rs.newSession(m);
        org.kie.api.event.rule.AgendaEventListener listener = null;
        try {
            if (trackFired) {
                listener = new org.kie.api.event.rule.DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                        out.fired.add(m.name() + "/" + event.getMatch().getRule().getName());
                    }
                };
                s.addEventListener(listener);
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
            // past the deadline no further rule fires and the session ends (Deadline)
            int firings = s.fireAllRules(match -> !stop.stopped, MAX_FIRINGS);
            if (stop.stopped) {
                return;
            }
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("rules of module " + m.name() + " did not settle after " + MAX_FIRINGS
                        + " firings; a rule probably keeps re-activating itself");
            }
            // by class: the session keeps a store per class, so this does not walk the input facts
            for (Object o : s.getObjects(new org.kie.api.runtime.ClassObjectFilter(Reason.class))) {
                out.reasons.add((Reason) o);
            }
            for (Object o : s.getObjects(new org.kie.api.runtime.ClassObjectFilter(Verdict.class))) {
                out.verdicts.add((Verdict) o);
            }
            for (Object o : s.getObjects(new org.kie.api.runtime.ClassObjectFilter(Progress.class))) {
                out.progress.add((Progress) o);
            }
        } finally {
            if (listener != null) {
                s.removeEventListener(listener);
            }
            // a pooled session is reset and goes back to its pool; one stopped at the deadline is dropped
            if (!stop.stopped) {
                s.dispose();
            }
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

    private static final Map<org.kie.api.KieBase, Boolean> DECLARES_CTX =
            java.util.Collections.synchronizedMap(new WeakHashMap<>());

    /** Whether the module's rules declare {@code global Context ctx}; read once per knowledge base. */
    private static boolean declaresCtx(RuleModule m) {
        return DECLARES_CTX.computeIfAbsent(m.kieBase(), kb -> kb.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("ctx"))));
    }


    /** The facts that exist at the as-of date, in a canonical order. */
    static List<Object> prepare(Facts f, Context ctx) {
        return prepare(f, ctx, null);
    }

    /** The fact classes some module's rules match on, or null when any may be. */
    private static Set<Class<?>> typesReadByAny(RuleSet rs) {
        Set<Class<?>> all = new HashSet<>();
        for (RuleModule m : rs.modules()) {
            Set<Class<?>> t = typesRead(m);
            if (t == null) {
                return null;
            }
            all.addAll(t);
        }
        return all;
    }

    /**
     * As {@link #prepare(Facts, Context)}, leaving out facts of the classes not in {@code read}
     * (null: none left out): no module's rules could match them, so they need not be cut, sorted or
     * partitioned (a country's monitoring results, which only reach the rules as series).
     */
    static List<Object> prepare(Facts f, Context ctx, Set<Class<?>> read) {
        return prepare(f, ctx, read, null);
    }

    /**
     * The provinces an evaluation judges (POLICY-SPEC §0 "Scope"): the facts' {@code scope} when
     * given, else every province a fact or a listed region names. With neither, nothing is judged
     * and a warning says so.
     */
    static Set<String> scope(Facts f, List<String> warnings) {
        if (!f.scope().isEmpty()) {
            return f.scope();
        }
        Set<String> named = new TreeSet<>();
        for (List<?> list : List.of(f.regions(), f.monitoring(), f.designations(), f.applications(), f.attestations(),
                f.selections(), f.progressReports(), f.indicators(), f.acceptance(), f.workPlans(), f.evaluations(),
                f.consents(), f.techTransactions(), f.techParks(), f.expertStations(), f.commissionerGroups())) {
            for (Object o : list) {
                String code = regionOf(o);
                if (code != null && code.length() >= 2) {
                    named.add(code.substring(0, 2));
                }
            }
        }
        if (named.isEmpty()) {
            warnings.add("事实未涉及任何省份，也未给出 scope：没有地区被评判。请在事实中列出地区或写明 scope(如 scope: [\"62\"])。"
                    + " / The facts name no province and give no scope: no region is judged. List the facts of a"
                    + " region, or name the provinces to judge with scope (e.g. scope: [\"62\"]).");
        }
        return named;
    }

    /** As {@link #prepare(Facts, Context, Set)}, with only the shipped regions of provinces in {@code scope} (null: all). */
    static List<Object> prepare(Facts f, Context ctx, Set<Class<?>> read, Set<String> scope) {
        LocalDate asOf = f.asOf();
        int year = asOf.getYear();
        List<Object> out = new ArrayList<>();
        if (scope == null) {
            addSorted(out, f.regionTable().values(), REGIONS);
        } else {
            List<Region> kept = new ArrayList<>();
            for (Region r : f.regionTable().values()) {
                if (r.code().length() >= 2 && scope.contains(r.code().substring(0, 2))) {
                    kept.add(r);
                }
            }
            addSorted(out, kept, REGIONS);
        }

        var pub = ctx.monthDay("monitoring.defaultPublication");
        Map<String, TreeMap<Integer, MonitoringResult>> series = new HashMap<>();
        for (MonitoringResult m : f.monitoring()) {
            LocalDate published = m.published() != null ? m.published() : pub.atYear(m.year() + 1);
            if (!published.isAfter(asOf)) {
                series.computeIfAbsent(m.region(), k -> new TreeMap<>()).put(m.year(), m);
            }
        }
        List<String> seriesRegions = new ArrayList<>(series.keySet());
        Collections.sort(seriesRegions);
        for (String region : seriesRegions) {
            TreeMap<Integer, MonitoringResult> years = series.get(region);
            if (read == null || read.contains(MonitoringResult.class)) {
                out.addAll(years.values());
            }
            out.add(new MonitoringSeries(region, years));
        }

        // the standing on record: the designation with the latest since on or before the as-of date
        Map<Key, Designation> standing = new HashMap<>();
        for (Designation d : f.designations()) {
            if (!d.since().isAfter(asOf)) {
                standing.merge(new Key(d.region(), d.program(), null), d, (a, b) -> a.since().isAfter(b.since()) ? a : b);
            }
        }
        addSorted(out, standing.values(), BY_REGION_PROGRAM);

        add(out, read, Application.class, f.applications(), a -> !a.submitted().isAfter(asOf), APPLICATIONS);

        Map<Key, Attestation> latest = new HashMap<>();
        for (Attestation a : f.attestations()) {
            if (!a.date().isAfter(asOf)) {
                latest.merge(new Key(a.region(), a.program(), a.key()), a, (x, y) -> x.date().isAfter(y.date()) ? x : y);
            }
        }
        addSorted(out, latest.values(), ATTESTATIONS);

        Map<Key, Selection> selections = new HashMap<>();
        for (Selection s : f.selections()) {
            if (!s.selected().isAfter(asOf)) {
                Selection cut = new Selection(s.region(), s.program(), s.selected(),
                        s.noticeStart() != null && !s.noticeStart().isAfter(asOf) ? s.noticeStart() : null,
                        s.published() != null && !s.published().isAfter(asOf) ? s.published() : null, s.source());
                selections.merge(new Key(cut.region(), cut.program(), null), cut, (x, y) -> x.selected().isAfter(y.selected()) ? x : y);
            }
        }
        addSorted(out, selections.values(), BY_REGION_PROGRAM);

        add(out, read, ProgressReport.class, f.progressReports(), p -> !p.submitted().isAfter(asOf), PROGRESS_REPORTS);
        if (read == null || read.contains(Indicator.class)) {
            addIndicators(out, f.indicators(), year);
        }
        add(out, read, AcceptanceStep.class, f.acceptance(), a -> !a.date().isAfter(asOf), ACCEPTANCE);
        add(out, read, WorkPlan.class, f.workPlans(), w -> !w.submitted().isAfter(asOf), WORK_PLANS);
        add(out, read, Evaluation.class, f.evaluations(), e -> !e.date().isAfter(asOf), EVALUATIONS);
        add(out, read, Consent.class, f.consents(), c -> !c.date().isAfter(asOf), CONSENTS);
        add(out, read, TechTransaction.class, f.techTransactions(), t -> t.year() < year, TECH_TRANSACTIONS);
        add(out, read, TechPark.class, f.techParks(), t -> !t.established().isAfter(asOf), TECH_PARKS);
        add(out, read, ExpertStation.class, f.expertStations(), t -> !t.established().isAfter(asOf), EXPERT_STATIONS);
        add(out, read, CommissionerGroup.class, f.commissionerGroups(), t -> !t.since().isAfter(asOf), COMMISSIONER_GROUPS);
        return out;
    }

    /** Region, programme and (for attestations) key: what makes a fact "the same one, later". */
    private record Key(String region, Program program, Object key) {
    }

    // The canonical orders, built once: region, then programme, then what tells facts of a region apart.
    private static final Comparator<Object> BY_REGION_PROGRAM = (a, b) -> {
        int c = regionOf(a).compareTo(regionOf(b));
        return c != 0 ? c : programOf(a).compareTo(programOf(b));
    };
    private static final Comparator<Region> REGIONS = Comparator.comparing(Region::code);
    private static final Comparator<Attestation> ATTESTATIONS = Comparator.comparing(Attestation::region)
            .thenComparing(Attestation::program).thenComparing(Attestation::key);
    private static final Comparator<Application> APPLICATIONS = Comparator.comparing(Application::region)
            .thenComparing(Application::program).thenComparingInt(Application::year);
    private static final Comparator<ProgressReport> PROGRESS_REPORTS = Comparator.comparing(ProgressReport::region)
            .thenComparing(ProgressReport::program).thenComparingInt(ProgressReport::year);
    static final Comparator<Indicator> INDICATORS = Comparator.comparing(Indicator::region)
            .thenComparing(Indicator::program).thenComparingInt(Indicator::year).thenComparingInt(Indicator::number);
    private static final Comparator<AcceptanceStep> ACCEPTANCE = Comparator.comparing(AcceptanceStep::region)
            .thenComparing(AcceptanceStep::program).thenComparingInt(AcceptanceStep::round).thenComparing(AcceptanceStep::step);
    private static final Comparator<WorkPlan> WORK_PLANS = Comparator.comparing(WorkPlan::region)
            .thenComparing(WorkPlan::program).thenComparing(WorkPlan::fromYear).thenComparing(WorkPlan::submitted);
    private static final Comparator<Evaluation> EVALUATIONS = Comparator.comparing(Evaluation::region)
            .thenComparing(Evaluation::program).thenComparing(Evaluation::year);
    private static final Comparator<Consent> CONSENTS = Comparator.comparing(Consent::region)
            .thenComparing(Consent::program).thenComparing(Consent::year);
    private static final Comparator<TechTransaction> TECH_TRANSACTIONS = Comparator.comparing(TechTransaction::region)
            .thenComparing(TechTransaction::year);
    private static final Comparator<TechPark> TECH_PARKS = Comparator.comparing(TechPark::region)
            .thenComparing(TechPark::established).thenComparing(t -> String.valueOf(t.name()));
    private static final Comparator<ExpertStation> EXPERT_STATIONS = Comparator.comparing(ExpertStation::region)
            .thenComparing(ExpertStation::established);
    private static final Comparator<CommissionerGroup> COMMISSIONER_GROUPS = Comparator.comparing(CommissionerGroup::region)
            .thenComparing(CommissionerGroup::since);

    private static Program programOf(Object o) {
        if (o instanceof Designation d) return d.program();
        if (o instanceof Selection s) return s.program();
        throw new IllegalArgumentException("no programme: " + o);
    }

    private static <T> void add(List<Object> out, Set<Class<?>> read, Class<T> type, List<T> items,
                                java.util.function.Predicate<T> exists, Comparator<? super T> order) {
        if (items.isEmpty() || (read != null && !read.contains(type))) {
            return;
        }
        List<T> kept = new ArrayList<>(items.size());
        for (T t : items) {
            if (exists.test(t)) {
                kept.add(t);
            }
        }
        kept.sort(order);
        out.addAll(kept);
    }

    /**
     * Indicators of years before the as-of year in the order of {@link #INDICATORS}, sorted as packed
     * numeric keys: region (six digits), programme, year and item number, with the position in the
     * input below them. They are the most numerous facts of a batch and their sort ran on one
     * thread before any rule did; this gives the same order at a fraction of the cost. Anything
     * the packing cannot hold falls back to the comparator.
     */
    static void addIndicators(List<Object> out, List<Indicator> items, int beforeYear) {
        List<Indicator> kept = new ArrayList<>(items.size());
        for (Indicator i : items) {
            if (i.year() < beforeYear) {
                kept.add(i);
            }
        }
        int n = kept.size();
        long[] keys = n < (1 << 20) ? new long[n] : null;
        // programmes ranked in word order, as the comparator orders them
        Map<Program, Integer> rank = new HashMap<>();
        if (keys != null) {
            TreeSet<Program> ps = new TreeSet<>();
            kept.forEach(i -> ps.add(i.program()));
            for (Program p : ps) {
                rank.put(p, rank.size());
            }
        }
        for (int k = 0; keys != null && k < n; k++) {
            Indicator i = kept.get(k);
            int region = sixDigits(i.region());
            // 20 + 5 + 11 + 7 bits, and 20 for the position: 63, so no key is negative
            if (region < 0 || rank.get(i.program()) >= 32 || i.year() < 0 || i.year() >= 2048 || i.number() < 0 || i.number() >= 128) {
                keys = null;
                break;
            }
            long key = ((long) region << 5) | rank.get(i.program());
            key = (key << 11) | i.year();
            key = (key << 7) | i.number();
            keys[k] = (key << 20) | k;
        }
        if (keys == null) {
            kept.sort(INDICATORS);
            out.addAll(kept);
            return;
        }
        java.util.Arrays.sort(keys);
        for (long key : keys) {
            out.add(kept.get((int) (key & ((1 << 20) - 1))));
        }
    }

    /** A six-digit code as a number, or -1. */
    private static int sixDigits(String code) {
        if (code.length() != 6) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < 6; k++) {
            int d = code.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static <T> void addSorted(List<Object> out, Collection<T> items, Comparator<? super T> order) {
        List<T> kept = new ArrayList<>(items);
        kept.sort(order);
        out.addAll(kept);
    }

    private static List<Decision> assemble(io.github.countyrules.core.api.Vocabulary vocabulary, Facts facts, List<Reason> reasons,
                                           List<Verdict> verdicts, List<String> warnings) {
        Map<Subject, List<Reason>> bySubject = new HashMap<>();
        for (Reason r : reasons) {
            bySubject.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
        }
        Map<Subject, Verdict> bySubjectVerdict = new HashMap<>();
        for (Verdict v : verdicts) {
            Verdict other = bySubjectVerdict.putIfAbsent(v.subject(), v);
            if (other != null && !other.equals(v)) {
                throw new IllegalStateException("the rules gave two outcomes for " + v.subject() + ": "
                        + describe(other) + " and " + describe(v) + "; each question has exactly one");
            }
        }
        List<Verdict> ordered = new ArrayList<>(bySubjectVerdict.values());
        ordered.sort(Comparator.comparing(Verdict::subject));
        List<Decision> out = new ArrayList<>(ordered.size());
        for (Verdict v : ordered) {
            Subject s = v.subject();
            List<Reason> rs = bySubject.getOrDefault(s, List.of());
            if (rs.size() > 1) {
                rs.sort(null);
            }
            Outcome o = v.resolve(rs);
            if (!kindOf(vocabulary, o, s.kind())) {
                throw new IllegalStateException("outcome " + o + " is not declared as an outcome of kind " + s.kind()
                        + " by a loaded module (" + s + ")");
            }
            if (s.alert() != null && !kindOf(vocabulary, s.alert(), Kind.ALERT)) {
                throw new IllegalStateException(s.alert() + " is not declared as an alert by a loaded module (" + s + ")");
            }
            Region region = facts.region(s.region());
            out.add(new Decision(s.region(), region == null ? null : region.name(), s.program(), s.kind(), s.year(), o, rs));
        }
        bySubject.keySet().stream().filter(s -> !bySubjectVerdict.containsKey(s)).sorted().forEach(s ->
                warnings.add("reasons without a decision (a rule gave criteria for a question no rule decided): " + s));
        return out;
    }

    private static boolean kindOf(io.github.countyrules.core.api.Vocabulary v, Outcome o, Kind k) {
        return v.outcome(o).map(i -> i.belongsTo(k)).orElse(false);
    }

    private static String describe(Verdict v) {
        return v.outcome() != null ? v.outcome().name() : "all-must-hold " + v.ifAllMet() + "/" + v.ifNotMet();
    }

}
