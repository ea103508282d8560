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
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 10, time = 3)
public class BatchBenchmark {
    @Param({"1"})
    public int scale;

    private Facts facts;
    private PolicyEngine engine;

    @Setup(Level.Trial)
    public void setUp() {
        NationwideDataSet ds = NationwideDataSet.generate(NationwideDataSet.DEFAULT_SEED, scale);
        facts = ds.facts();
        engine = PolicyEngine.builder().build();
        Report r = engine.evaluate(facts);
        System.out.printf("%n[data] scale %d: %,d facts, %,d county-level units, %,d decisions, modules %s%n", scale,
                ds.size(), ds.countyLevelUnits().size(), r.decisions().size(), engine.modules());
    }

    @Benchmark
    public Report nationwide() {
        return engine.evaluate(facts);
    }
}
