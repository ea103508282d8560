package io.github.countyrules.core.scenario;

import io.github.countyrules.core.api.Report;

import java.util.List;
import java.util.Set;

/**
 * What running a scenario gave: pass or fail, the failures in words (expected, then what came
 * out), the report (null when the facts were refused) and the rules that fired
 * ("module/rule name"), for coverage.
 */
public record ScenarioResult(Scenario scenario, List<String> failures, Report report, Set<String> firedRules) {
    public ScenarioResult {
        failures = List.copyOf(failures);
        firedRules = Set.copyOf(firedRules);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
