package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * One county's evaluation on a warm engine with every module, as a service answering one request:
 * the facts of one region of the data set ({@code region}, default 640105 西夏区, a Ningxia county
 * under construction with six years of results, indicators, reports and a selection). Sampled, so
 * JMH reports p50, p90, p99 and p99.9 latency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx2g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
public class SingleRequestBenchmark {
    @Param({"640105"})
    public String region;

    private Facts facts;
    private PolicyEngine engine;
    private PolicyEngine ownProvince;

    @Setup(Level.Trial)
    public void setUp() {
        facts = NationwideDataSet.standard().subset(region::equals);
        engine = PolicyEngine.builder().build();
        ownProvince = PolicyEngine.builder().modules(region.startsWith("62") ? "gansu" : "ningxia", "national").build();
        Report r = engine.evaluate(facts);
        System.out.printf("%n[data] region %s: %d decisions (%d about it)%n", region, r.decisions().size(),
                r.decisionsFor(region).size());
    }

    @Benchmark
    public Report oneCounty() {
        return engine.evaluate(facts);
    }

    /**
     * An experiment, not a figure: the same request without the other province's module. The
     * engine runs every module on every province that has regions, and the shipped table always
     * holds Ningxia's and Gansu's, so a Ningxia county's request also runs the Gansu rules over
     * Gansu's 86 units (and reports GS-T2 for them). The difference is what skipping provinces the
     * input says nothing about would save.
     */
    @Benchmark
    public Report oneCountyOwnProvinceOnly() {
        return ownProvince.evaluate(facts);
    }
}
