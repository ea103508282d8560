package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.Program;

/** A programme's progress against its target (e.g. CN-K1), shown in the report's progress section. */
public record Progress(Program program, int count, int target, String rule) implements Comparable<Progress> {
    @Override
    public int compareTo(Progress o) {
        int c = program.compareTo(o.program);
        return c != 0 ? c : rule.compareTo(o.rule);
    }
}
