package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.internal.ModuleLoader;
import io.github.countyrules.core.internal.RuleModule;
import io.github.countyrules.core.internal.RuleSet;
import io.github.countyrules.core.model.*;
import io.github.countyrules.core.rules.Context;
import io.github.countyrules.core.rules.HolidayCalendar;
import io.github.countyrules.core.rules.MonitoringSeries;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.rules.Subject;
import io.github.countyrules.core.rules.Verdict;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

import java.time.LocalDate;
import java.util.*;

/**
 * "The straightforward way" of running a rule module over many regions: a new stateless session
 * per region on the module's precompiled {@link KieBase}, one thread, each session given the
 * region's own facts (a city also its units' regions, results and designations, which its rules
 * read). The engine's batch path is compared against it; its outcomes are the engine's.
 */
public final class PerRegionSessions {
    private final KieBase kieBase;
    private final RuleSet ruleSet;

    /** The precompiled module of this name from the class path. */
    public PerRegionSessions(String moduleName) {
        List<RuleModule> found = ModuleLoader.fromClasspath(PerRegionSessions.class.getClassLoader(), Set.of(moduleName));
        this.kieBase = found.get(0).kieBase();
        this.ruleSet = new RuleSet(List.of(found.get(0)), ModuleLoader.coreParameters());
    }

    private PerRegionSessions(KieBase kieBase, RuleSet ruleSet) {
        this.kieBase = kieBase;
        this.ruleSet = ruleSet;
    }

    /**
     * The same sessions, inputs and collection on a knowledge base without rules (it declares only
     * the {@code ctx} global): what a session per region costs before any rule does any work.
     */
    public PerRegionSessions withoutRules() {
        var ks = org.kie.api.KieServices.get();
        var kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/benchmarks/empty.drl", "package benchmarks;\nglobal " + Context.class.getName() + " ctx;\n");
        var builder = ks.newKieBuilder(kfs).buildAll();
        if (builder.getResults().hasMessages(org.kie.api.builder.Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        return new PerRegionSessions(ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase(), ruleSet);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Evaluates every region of {@code regions} in a session of its own; decisions in no particular order. */
    public List<NingxiaBaseline.Decision> evaluate(Facts facts, List<Region> regions) {
        List<InputError> errors = new ArrayList<>();
        RuleSet.Resolved resolved = ruleSet.resolve(facts.asOf(), Map.of(), facts.parameters(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Context ctx = RuleSet.context(facts.asOf(), new HolidayCalendar(facts.calendar()), resolved);
        Map<String, Own> own = cut(facts, facts.asOf(), ctx.monthDay("monitoring.defaultPublication"));
        List<NingxiaBaseline.Decision> out = new ArrayList<>();
        for (Region r : regions) {
            List<Object> input = new ArrayList<>();
            input.add(ctx);
            Own o = own.computeIfAbsent(r.code(), k -> new Own());
            input.add(facts.region(r.code()));
            input.addAll(o.facts);
            if (r.level() == Level.CITY) {
                // the city's rules read its units: their regions, results and designations
                for (Region u : facts.regionTable().values()) {
                    if (r.code().equals(u.parent())) {
                        input.add(u);
                        Own uo = own.get(u.code());
                        if (uo != null) {
                            if (uo.series != null) {
                                input.add(uo.series);
                            }
                            input.addAll(uo.standing.values());
                        }
                    }
                }
            }
            run(r.code(), ctx, input, out);
        }
        return out;
    }

    private void run(String region, Context ctx, List<Object> input, List<NingxiaBaseline.Decision> out) {
        StatelessKieSession s = kieBase.newStatelessKieSession();
        s.setGlobal("ctx", ctx);
        List<Command<?>> cmds = List.of(CommandFactory.newInsertElements(input), CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects(o -> o instanceof Reason || o instanceof Verdict, "out"));
        ExecutionResults res = s.execute(CommandFactory.newBatchExecution(cmds));
        @SuppressWarnings("unchecked")
        Collection<Object> got = (Collection<Object>) res.getValue("out");
        Map<Subject, List<NingxiaBaseline.Criterion>> reasons = new HashMap<>();
        Map<Subject, List<Reason>> full = new HashMap<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (Object o : got) {
            if (o instanceof Reason r && r.subject().region().equals(region)) {
                reasons.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(new NingxiaBaseline.Criterion(r.rule(), r.status()));
                full.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r);
            } else if (o instanceof Verdict v && v.subject().region().equals(region)) {
                verdicts.add(v);
            }
        }
        for (Verdict v : verdicts) {
            Subject sub = v.subject();
            Outcome outcome = v.resolve(full.getOrDefault(sub, List.of()));
            out.add(new NingxiaBaseline.Decision(sub.region(), sub.program(), sub.kind(), sub.year(), outcome,
                    reasons.getOrDefault(sub, List.of())));
        }
    }

    /** A region's own facts at the as-of date, cut as the engine cuts them (POLICY-SPEC §0). */
    private static final class Own {
        final List<Object> facts = new ArrayList<>();
        final Map<Program, Designation> standing = new java.util.TreeMap<>();
        MonitoringSeries series;
    }

    private static Map<String, Own> cut(Facts f, LocalDate asOf, java.time.MonthDay pub) {
        Map<String, Own> by = new HashMap<>();
        Map<String, TreeMap<Integer, MonitoringResult>> series = new HashMap<>();
        for (MonitoringResult m : f.monitoring()) {
            LocalDate published = m.published() != null ? m.published() : pub.atYear(m.year() + 1);
            if (!published.isAfter(asOf)) {
                series.computeIfAbsent(m.region(), k -> new TreeMap<>()).put(m.year(), m);
            }
        }
        series.forEach((region, years) -> {
            Own o = by.computeIfAbsent(region, k -> new Own());
            o.facts.addAll(years.values());
            o.series = new MonitoringSeries(region, years);
            o.facts.add(o.series);
        });
        for (Designation d : f.designations()) {
            if (!d.since().isAfter(asOf)) {
                by.computeIfAbsent(d.region(), k -> new Own()).standing.merge(d.program(), d,
                        (a, b) -> a.since().isAfter(b.since()) ? a : b);
            }
        }
        by.values().forEach(o -> o.facts.addAll(o.standing.values()));
        f.applications().stream().filter(a -> !a.submitted().isAfter(asOf))
                .forEach(a -> by.computeIfAbsent(a.region(), k -> new Own()).facts.add(a));
        Map<List<Object>, Attestation> latest = new HashMap<>();
        for (Attestation a : f.attestations()) {
            if (!a.date().isAfter(asOf)) {
                latest.merge(List.of(a.region(), a.program(), a.key()), a, (x, y) -> x.date().isAfter(y.date()) ? x : y);
            }
        }
        latest.values().forEach(a -> by.computeIfAbsent(a.region(), k -> new Own()).facts.add(a));
        Map<List<Object>, Selection> selections = new HashMap<>();
        for (Selection s : f.selections()) {
            if (!s.selected().isAfter(asOf)) {
                Selection cut = new Selection(s.region(), s.program(), s.selected(),
                        s.noticeStart() != null && !s.noticeStart().isAfter(asOf) ? s.noticeStart() : null,
                        s.published() != null && !s.published().isAfter(asOf) ? s.published() : null, s.source());
                selections.merge(List.of(cut.region(), cut.program()), cut, (x, y) -> x.selected().isAfter(y.selected()) ? x : y);
            }
        }
        selections.values().forEach(s -> by.computeIfAbsent(s.region(), k -> new Own()).facts.add(s));
        f.progressReports().stream().filter(x -> !x.submitted().isAfter(asOf))
                .forEach(x -> by.computeIfAbsent(x.region(), k -> new Own()).facts.add(x));
        f.indicators().stream().filter(x -> x.year() < asOf.getYear())
                .forEach(x -> by.computeIfAbsent(x.region(), k -> new Own()).facts.add(x));
        f.acceptance().stream().filter(x -> !x.date().isAfter(asOf))
                .forEach(x -> by.computeIfAbsent(x.region(), k -> new Own()).facts.add(x));
        return by;
    }
}
