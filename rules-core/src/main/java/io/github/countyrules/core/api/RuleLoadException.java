package io.github.countyrules.core.api;

import java.util.List;

/** Thrown when rule files from a folder do not compile or break the rules for rule files. */
public class RuleLoadException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleLoadException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in rule files:\n  "
                + String.join("\n  ", problems.stream().sorted().map(RuleProblem::toString).toList()));
        this.problems = problems.stream().sorted().toList();
    }

    /** Every problem, sorted by file, line and column. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
