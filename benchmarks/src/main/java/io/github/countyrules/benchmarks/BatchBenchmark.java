package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * The whole nationwide data set, every module, warm: one {@link PolicyEngine#evaluate} per
 * operation. {@code scale} 1, 4 and 16 give the scaling figure; the engine's own parallelism is
 * set with {@code -jvmArgsAppend -Dcountyrules.parallelism=N} (default: the machine's cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx8g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 10, time = 3)
public class BatchBenchmark {
    @Param({"1"})
    public int scale;

    private Facts facts;
    private Facts usedTypesOnly;
    private PolicyEngine engine;

    @Setup(Level.Trial)
    public void setUp() {
        NationwideDataSet ds = NationwideDataSet.generate(NationwideDataSet.DEFAULT_SEED, scale);
        facts = ds.facts();
        engine = PolicyEngine.builder().build();
        Report r = engine.evaluate(facts);
        System.out.printf("%n[data] scale %d: %,d facts, %,d county-level units, %,d decisions, modules %s%n", scale,
                ds.size(), ds.countyLevelUnits().size(), r.decisions().size(), engine.modules());
        usedTypesOnly = withoutUnusedTypes(facts);
        if (!engine.evaluate(usedTypesOnly).toJson().equals(r.toJson())) {
            throw new IllegalStateException("leaving out facts no rule reads changed the report");
        }
    }

    /**
     * The same facts less those no module's rules read where they are: monitoring results outside
     * Ningxia (only the Ningxia rules read results, as series) and technology transactions outside
     * Gansu (only GS-T1 reads them). The report is the same (checked in the setup). Since core commit
     * cf00228 the engine inserts into each module's session only the types its rules match, so the
     * difference left is what such facts still cost before the sessions: the as-of cut, the sorting
     * and the partition by province.
     */
    static Facts withoutUnusedTypes(Facts f) {
        Facts.Builder b = Facts.builder().asOf(f.asOf());
        f.parameters().forEach(b::parameter);
        b.addAll(f.regions()).addAll(f.designations()).addAll(f.applications()).addAll(f.attestations())
                .addAll(f.selections()).addAll(f.progressReports()).addAll(f.indicators()).addAll(f.acceptance())
                .addAll(f.workPlans()).addAll(f.evaluations()).addAll(f.consents()).addAll(f.techParks())
                .addAll(f.expertStations()).addAll(f.commissionerGroups()).addAll(f.calendar());
        f.monitoring().stream().filter(x -> x.region().startsWith("64")).forEach(b::add);
        f.techTransactions().stream().filter(x -> x.region().startsWith("62")).forEach(b::add);
        return b.build();
    }

    @Benchmark
    public Report nationwide() {
        return engine.evaluate(facts);
    }

    /** An experiment, not a figure: see {@link #withoutUnusedTypes}. */
    @Benchmark
    public Report nationwideUnusedTypesLeftOut() {
        return engine.evaluate(usedTypesOnly);
    }
}
