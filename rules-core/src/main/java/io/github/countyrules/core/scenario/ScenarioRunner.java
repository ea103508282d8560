package io.github.countyrules.core.scenario;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.rules.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Checks scenarios against an engine. Stateless; thread-safe when the engine is. */
public final class ScenarioRunner {
    private final PolicyEngine engine;

    public ScenarioRunner(PolicyEngine engine) {
        this.engine = engine;
    }

    public List<ScenarioResult> run(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    public ScenarioResult run(Scenario s) {
        List<String> failures = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        List<InputError> errors = s.factErrors();
        Report report = null;
        if (s.facts() != null) {
            try {
                report = engine.evaluate(s.facts(), fired::add);
            } catch (InvalidInputException e) {
                errors = e.errors();
            } catch (RuntimeException e) {
                // a rule set that breaks (two outcomes for one question, say) fails this scenario, not the run
                return new ScenarioResult(s, List.of("the engine failed: " + e.getMessage()), null, fired);
            }
        }
        if (!s.expectErrors().isEmpty()) {
            for (String path : s.expectErrors()) {
                boolean named = errors.stream().anyMatch(e -> e.path().equals(path) || e.path().startsWith(path + ".")
                        || e.path().startsWith(path + "["));
                if (!named) {
                    failures.add("expected an input error at " + path + "; got "
                            + (errors.isEmpty() ? "none (the facts were accepted)" : errors.stream().map(InputError::toString)
                            .collect(Collectors.joining("; "))));
                }
            }
        } else if (!errors.isEmpty()) {
            failures.add("the facts were refused: " + errors.stream().map(InputError::toString).collect(Collectors.joining("; ")));
        }
        if (report != null) {
            for (Expectation e : s.expect()) {
                check(e, report, failures);
            }
        } else if (!s.expect().isEmpty() && s.expectErrors().isEmpty()) {
            failures.add("no decisions to check: the facts were refused");
        }
        return new ScenarioResult(s, failures, report, fired);
    }

    private static void check(Expectation e, Report report, List<String> failures) {
        List<Decision> candidates = report.decisions().stream()
                .filter(d -> d.region().equals(e.region()) && d.kind() == e.kind())
                .filter(d -> !e.programGiven() || java.util.Objects.equals(d.program(), e.program()))
                .filter(d -> e.year() == null || (d.year() != null && d.year().equals(e.year())))
                .toList();
        if (e.absent()) {
            List<Decision> bad = candidates.stream().filter(d -> e.outcome() == null || d.outcome().equals(e.outcome())).toList();
            if (!bad.isEmpty()) {
                failures.add("expected no " + e + "\n    but got: " + bad.stream().map(ScenarioRunner::describe)
                        .collect(Collectors.joining("\n             ")));
            }
            return;
        }
        List<Decision> withOutcome = candidates.stream().filter(d -> d.outcome().equals(e.outcome())).toList();
        if (withOutcome.isEmpty()) {
            failures.add("expected " + e + "\n    but got: " + (candidates.isEmpty() ? "no decision of that kind"
                    : candidates.stream().map(ScenarioRunner::describe).collect(Collectors.joining("\n             "))));
            return;
        }
        boolean ok = withOutcome.stream().anyMatch(d -> e.reasons().stream().allMatch(r -> hasReason(d, r)));
        if (!ok) {
            failures.add("expected " + e + "\n    but the reasons were: " + withOutcome.stream().map(ScenarioRunner::describe)
                    .collect(Collectors.joining("\n             ")));
        }
    }

    /** "NX-D2" is any reason of that rule; "NX-D2:MET" one of that rule with that status. */
    private static boolean hasReason(Decision d, String expected) {
        int colon = expected.indexOf(':');
        if (colon < 0) {
            return d.hasReason(expected);
        }
        String rule = expected.substring(0, colon).strip();
        String status = expected.substring(colon + 1).strip();
        return d.reasonsOf(rule).stream().anyMatch(r -> r.status().name().equals(status));
    }

    /** A decision in one line with its reasons, for failure messages. */
    public static String describe(Decision d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.region()).append(' ').append(d.program() == null ? "(no programme)" : d.program()).append(' ')
                .append(d.kind());
        if (d.year() != null) {
            sb.append(' ').append(d.year());
        }
        sb.append(' ').append(d.outcome());
        for (Reason r : d.reasons()) {
            sb.append("\n               - ").append(r.rule()).append(' ').append(r.status()).append(": ").append(r.en());
        }
        return sb.toString();
    }
}
