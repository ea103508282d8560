package io.github.countyrules.spring;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.ReloadResult;
import io.github.countyrules.core.api.Report;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Micrometer meters: {@code county.rules.evaluations} (timer, tag {@code result}: evaluated,
 * refused, failed), {@code county.rules.decisions} (counter, tags {@code kind}, {@code outcome})
 * and {@code county.rules.reloads} (counter, tag {@code result}: succeeded, failed).
 */
public class MetricsListener implements EvaluationListener {
    public static final String EVALUATIONS = "county.rules.evaluations";
    public static final String DECISIONS = "county.rules.decisions";
    public static final String RELOADS = "county.rules.reloads";
    private final MeterRegistry registry;

    public MetricsListener(MeterRegistry registry) {
        this.registry = registry;
        // present from the start, so a dashboard sees zeros rather than nothing
        for (String r : new String[]{"succeeded", "failed"}) {
            Counter.builder(RELOADS).tag("result", r).description("Rule-set reloads").register(registry);
        }
        Timer.builder(EVALUATIONS).tag("result", "evaluated").description("Evaluations and their latency").register(registry);
    }

    @Override
    public void evaluated(Facts facts, String inputDigest, Report report, Duration took, Throwable failure) {
        String result = failure != null ? "failed" : report.hasErrors() ? "refused" : "evaluated";
        Timer.builder(EVALUATIONS).tag("result", result).description("Evaluations and their latency")
                .register(registry).record(took);
        if (report != null) {
            for (Decision d : report.decisions()) {
                Counter.builder(DECISIONS).tag("kind", String.valueOf(d.kind())).tag("outcome", String.valueOf(d.outcome()))
                        .description("Decisions by kind and outcome").register(registry).increment();
            }
        }
    }

    @Override
    public void reloaded(ReloadResult result, String trigger) {
        registry.counter(RELOADS, "result", result.switched() ? "succeeded" : "failed").increment();
    }
}
