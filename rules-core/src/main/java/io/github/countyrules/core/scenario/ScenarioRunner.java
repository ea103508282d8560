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
        List<Mismatch> out = new ArrayList<>();
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
                String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                out.add(new Mismatch(s.file(), s.line(), "-", "evaluation", "求值", "a report", "得出报告",
                        "the engine failed: " + msg, "引擎出错：" + msg));
                return new ScenarioResult(s, out, null, fired);
            }
        }
        if (!s.expectErrors().isEmpty()) {
            for (String path : s.expectErrors()) {
                boolean named = errors.stream().anyMatch(e -> e.path().equals(path) || e.path().startsWith(path + ".")
                        || e.path().startsWith(path + "["));
                if (!named) {
                    String paths = errors.stream().map(InputError::path).distinct().collect(Collectors.joining(", "));
                    out.add(new Mismatch(s.file(), s.line(), "-", "input error", "输入错误", "one at " + path,
                            "位于 " + path, errors.isEmpty() ? "none (the facts were accepted)" : "errors at " + paths,
                            errors.isEmpty() ? "无(事实被接受)" : "错误位于 " + paths));
                }
            }
        } else {
            for (InputError e : errors) {
                String value = e.value() == null ? "" : " (" + e.value() + ")";
                String valueZh = e.value() == null ? "" : "（" + e.value() + "）";
                out.add(new Mismatch(s.factsFile(), s.factLine(e.path()), "-", "fact " + e.path(), "事实 " + e.path(),
                        "accepted", "被接受", "refused" + value + ": " + e.en(), "被拒绝" + valueZh + "：" + e.zh()));
            }
        }
        if (report != null) {
            for (Expectation e : s.expect()) {
                check(s, e, report, out);
            }
        }
        return new ScenarioResult(s, out, report, fired);
    }

    private static void check(Scenario s, Expectation e, Report report, List<Mismatch> out) {
        int line = e.line() > 0 ? e.line() : s.line();
        List<Decision> candidates = report.decisions().stream()
                .filter(d -> d.region().equals(e.region()) && d.kind() == e.kind())
                .filter(d -> !e.programGiven() || java.util.Objects.equals(d.program(), e.program()))
                .filter(d -> e.year() == null || (d.year() != null && d.year().equals(e.year())))
                .toList();
        String what = decision(e, false);
        String whatZh = decision(e, true);
        if (e.absent()) {
            List<Decision> bad = candidates.stream().filter(d -> e.outcome() == null || d.outcome().equals(e.outcome())).toList();
            if (!bad.isEmpty()) {
                String got = outcomes(bad);
                out.add(new Mismatch(s.file(), line, e.region(), what, whatZh,
                        e.outcome() == null ? "no decision" : "not " + e.outcome(),
                        e.outcome() == null ? "无此决定" : "不为 " + e.outcome(), got, got));
            }
            return;
        }
        List<Decision> withOutcome = candidates.stream().filter(d -> d.outcome().equals(e.outcome())).toList();
        if (withOutcome.isEmpty()) {
            out.add(new Mismatch(s.file(), line, e.region(), what, whatZh, String.valueOf(e.outcome()),
                    String.valueOf(e.outcome()), candidates.isEmpty() ? "no such decision" : outcomes(candidates),
                    candidates.isEmpty() ? "无此决定" : outcomes(candidates)));
            return;
        }
        // the decision that gives most of the expected reasons; one line per reason it lacks
        Decision best = withOutcome.stream()
                .max(java.util.Comparator.comparingLong(d -> e.reasons().stream().filter(r -> hasReason(d, r)).count()))
                .orElseThrow();
        for (String expected : e.reasons()) {
            if (hasReason(best, expected)) {
                continue;
            }
            int colon = expected.indexOf(':');
            String rule = colon < 0 ? expected.strip() : expected.substring(0, colon).strip();
            String status = colon < 0 ? null : expected.substring(colon + 1).strip();
            String got = best.reasonsOf(rule).stream().map(r -> r.status().name()).distinct().sorted()
                    .collect(Collectors.joining("/"));
            String suffix = " (" + best.kind() + " " + best.outcome() + ")";
            out.add(new Mismatch(s.file(), line, e.region(), rule, rule,
                    status == null ? "a reason" : status, status == null ? "有此理由" : status,
                    (got.isEmpty() ? "no reason of this rule" : got) + suffix,
                    (got.isEmpty() ? "无此规则的理由" : got) + suffix));
        }
    }

    /** "ELIGIBILITY NINGXIA_INNOVATIVE_COUNTY 2024". */
    private static String decision(Expectation e, boolean zh) {
        StringBuilder sb = new StringBuilder().append(e.kind());
        if (e.programGiven()) {
            sb.append(' ').append(e.program() == null ? (zh ? "(无项目)" : "(no programme)") : e.program());
        }
        if (e.year() != null) {
            sb.append(' ').append(e.year());
        }
        return sb.toString();
    }

    /** The outcomes of decisions, e.g. "UNDETERMINED" or "ELIGIBLE/INELIGIBLE (2023/2024)". */
    private static String outcomes(List<Decision> ds) {
        String o = ds.stream().map(d -> d.outcome().name()).distinct().collect(Collectors.joining("/"));
        if (ds.size() > 1 && ds.stream().anyMatch(d -> d.year() != null)) {
            o += " (" + ds.stream().map(d -> d.program() + (d.year() == null ? "" : " " + d.year()) + " " + d.outcome())
                    .collect(Collectors.joining("; ")) + ")";
        }
        return o;
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
