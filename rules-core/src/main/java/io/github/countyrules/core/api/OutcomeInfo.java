package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;

import java.util.List;
import java.util.Set;

/**
 * An outcome as the modules declare it ({@code outcomes:}): the decision kinds it may have and its
 * labels. Several modules may declare the same word when they agree on its kinds.
 *
 * @param modules the declaring modules ({@code "core"} for the generic outcomes)
 */
public record OutcomeInfo(Outcome outcome, Set<Kind> kinds, String labelZh, String labelEn, List<String> modules) {
    public OutcomeInfo {
        kinds = Set.copyOf(kinds);
        modules = List.copyOf(modules);
    }

    /** True when a decision of {@code kind} may have this outcome. */
    public boolean belongsTo(Kind kind) {
        return kinds.contains(kind);
    }
}
