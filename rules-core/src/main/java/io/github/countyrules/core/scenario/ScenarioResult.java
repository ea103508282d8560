package io.github.countyrules.core.scenario;

import io.github.countyrules.core.api.Report;

import java.util.List;
import java.util.Set;

/**
 * What running a scenario gave: pass or fail, the mismatches (one line each), the report (null
 * when the facts were refused) and the rules that fired ("module/rule name"), for coverage.
 */
public record ScenarioResult(Scenario scenario, List<Mismatch> mismatches, Report report, Set<String> firedRules) {
    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
        firedRules = Set.copyOf(firedRules);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** The mismatches, one English line each. */
    public List<String> failures() {
        return mismatches.stream().map(Mismatch::toString).toList();
    }

    /** The mismatches, one line each, in Chinese when {@code zh}. */
    public List<String> failures(boolean zh) {
        return mismatches.stream().map(m -> m.text(zh)).toList();
    }
}
