package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.model.Region;
import org.openjdk.jmh.annotations.*;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Ningxia rules over Ningxia's facts of the data set, three ways, in one run: the engine's
 * batch path ({@code modules("ningxia")}, one session for the province), the straightforward way
 * (a new stateless session per region, one thread) and the plain-Java baseline. Each operation
 * decides every Ningxia region once (prefectures and county-level units: 27 at scale 1); the
 * setup prints the count, so regions/s = regions / (time per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
public class NingxiaBenchmark {
    @Param({"1"})
    public int scale;

    private Facts facts;
    private List<Region> regions;
    private PolicyEngine engine;
    private PerRegionSessions sessions;
    private PerRegionSessions sessionsWithoutRules;
    private NingxiaBaseline baseline;

    @Setup(Level.Trial)
    public void setUp() {
        NationwideDataSet ds = NationwideDataSet.generate(NationwideDataSet.DEFAULT_SEED, scale);
        facts = ds.province("64");
        regions = ds.decidedRegions("64");
        engine = PolicyEngine.builder().modules("ningxia").build();
        sessions = new PerRegionSessions("ningxia");
        sessionsWithoutRules = sessions.withoutRules();
        baseline = new NingxiaBaseline();
        System.out.printf("%n[data] scale %d: %d Ningxia regions decided, %,d facts, %d decisions%n", scale, regions.size(),
                facts.monitoring().size() + facts.designations().size() + facts.indicators().size()
                        + facts.applications().size() + facts.attestations().size() + facts.selections().size()
                        + facts.progressReports().size() + facts.acceptance().size() + facts.regions().size(),
                engine.evaluate(facts).decisions().size());
    }

    @Benchmark
    public Report engineBatch() {
        return engine.evaluate(facts);
    }

    @Benchmark
    public List<NingxiaBaseline.Decision> sessionPerRegion() {
        return sessions.evaluate(facts, regions);
    }

    /**
     * An experiment, not a figure: the session-per-region path on a knowledge base without rules,
     * the same inputs inserted and collected. Its time is the set-up share of
     * {@link #sessionPerRegion}; the rest is the rules' own work, which batching cannot save.
     */
    @Benchmark
    public List<NingxiaBaseline.Decision> sessionPerRegionWithoutRules() {
        return sessionsWithoutRules.evaluate(facts, regions);
    }

    @Benchmark
    public List<NingxiaBaseline.Decision> plainJava() {
        return baseline.evaluate(facts);
    }
}
