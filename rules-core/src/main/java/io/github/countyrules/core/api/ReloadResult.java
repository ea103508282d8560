package io.github.countyrules.core.api;

import java.util.List;

/**
 * What {@link PolicyEngine#reload()} did: switched to the new rule set, or kept the previous one
 * because of {@code problems}.
 */
public record ReloadResult(boolean switched, List<RuleProblem> problems) {
    public ReloadResult {
        problems = List.copyOf(problems);
    }
}
