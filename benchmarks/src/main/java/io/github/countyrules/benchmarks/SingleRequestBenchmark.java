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
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class SingleRequestBenchmark {
    @Param({"640105"})
    public String region;

    private Facts facts;
    private PolicyEngine engine;

    @Setup(Level.Trial)
    public void setUp() {
        facts = NationwideDataSet.standard().subset(region::equals);
        engine = PolicyEngine.builder().build();
        Report r = engine.evaluate(facts);
        System.out.printf("%n[data] region %s: %d decisions (%d about it)%n", region, r.decisions().size(),
                r.decisionsFor(region).size());
    }

    @Benchmark
    public Report oneCounty() {
        return engine.evaluate(facts);
    }
}
