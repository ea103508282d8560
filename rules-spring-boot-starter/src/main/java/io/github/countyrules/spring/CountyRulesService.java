package io.github.countyrules.spring;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.ReloadResult;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleProblem;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine as an application uses it: evaluations and reloads go through here so that metrics,
 * the decision log and the health of the last reload see them. Thread-safe.
 */
public class CountyRulesService {
    private final PolicyEngine engine;
    private final List<EvaluationListener> listeners;
    private final Clock clock;
    private final AtomicReference<LastReload> lastReload = new AtomicReference<>();

    /** The outcome of the last reload: when, what asked for it, whether it switched, and its problems. */
    public record LastReload(Instant at, String trigger, boolean switched, List<RuleProblem> problems) {
        public LastReload {
            problems = List.copyOf(problems);
        }
    }

    public CountyRulesService(PolicyEngine engine, List<EvaluationListener> listeners, Clock clock) {
        this.engine = engine;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    public PolicyEngine engine() {
        return engine;
    }

    /**
     * Evaluates the facts. Refused facts ({@link InvalidInputException}) are rethrown after the
     * listeners have seen them.
     */
    public Report evaluate(Facts facts) {
        return evaluate(facts, inputDigest(facts));
    }

    /** Evaluates the facts; {@code inputDigest} names the input in the decision log (e.g. the SHA-256 of the request body). */
    public Report evaluate(Facts facts, String inputDigest) {
        long start = System.nanoTime();
        try {
            Report r = engine.evaluate(facts);
            notifyEvaluated(facts, inputDigest, r, start, null);
            return r;
        } catch (InvalidInputException e) {
            notifyEvaluated(facts, inputDigest, Report.ofErrors(facts.asOf(), engine.ruleSetInfo(), e.errors()), start, null);
            throw e;
        } catch (RuntimeException | Error e) {
            notifyEvaluated(facts, inputDigest, null, start, e);
            throw e;
        }
    }

    private void notifyEvaluated(Facts facts, String digest, Report r, long start, Throwable failure) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        for (EvaluationListener l : listeners) {
            try {
                l.evaluated(facts, digest, r, took, failure);
            } catch (RuntimeException ignored) {
                // a listener's failure is not the evaluation's
            }
        }
    }

    /** Reloads the rule folders; on problems the previous rule set keeps serving. */
    public synchronized ReloadResult reload(String trigger) {
        ReloadResult r = engine.reload();
        lastReload.set(new LastReload(clock.instant(), trigger, r.switched(), r.problems()));
        for (EvaluationListener l : listeners) {
            try {
                l.reloaded(r, trigger);
            } catch (RuntimeException ignored) {
                // as above
            }
        }
        return r;
    }

    /** The last reload, or null when there has been none since start-up. */
    public LastReload lastReload() {
        return lastReload.get();
    }

    /** SHA-256 (hex) of these bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many facts, over every list of the facts (regions listed, monitoring results, …). */
    public static int factCount(Facts facts) {
        int n = 0;
        for (Method m : Facts.class.getMethods()) {
            if (m.getParameterCount() == 0 && List.class.isAssignableFrom(m.getReturnType())
                    && !Modifier.isStatic(m.getModifiers())) {
                try {
                    n += ((List<?>) m.invoke(facts)).size();
                } catch (ReflectiveOperationException | ClassCastException e) {
                    // not a list of facts
                }
            }
        }
        return n;
    }

    /**
     * A digest of the facts themselves when no request body is at hand: the as-of date, the
     * parameters and every list of facts, in a fixed order.
     */
    static String inputDigest(Facts facts) {
        StringBuilder sb = new StringBuilder();
        sb.append(facts.asOf()).append('\n').append(facts.parameters()).append('\n');
        Method[] ms = Facts.class.getMethods();
        Arrays.sort(ms, Comparator.comparing(Method::getName));
        for (Method m : ms) {
            if (m.getParameterCount() == 0 && List.class.isAssignableFrom(m.getReturnType())
                    && !Modifier.isStatic(m.getModifiers())) {
                try {
                    sb.append(m.getName()).append('=').append(m.invoke(facts)).append('\n');
                } catch (ReflectiveOperationException e) {
                    sb.append(m.getName()).append("=?\n");
                }
            }
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
