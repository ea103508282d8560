package io.github.countyrules.cli;

import java.util.List;

/**
 * The rule ids of the policy specification, with module and clause, as each loaded module declares
 * them in its descriptor: coverage reports the ids no loaded rule implements yet, and a user of the
 * jar has no copy of the spec.
 */
final class SpecIds {
    record Entry(String id, String module, String clause) {
    }

    private SpecIds() {
    }

    /** The spec rule ids the engine's modules declare ({@code specIds:} in their descriptors). */
    static List<Entry> load(io.github.countyrules.core.api.PolicyEngine engine) {
        return engine.vocabulary().specRules().stream().map(r -> new Entry(r.id(), r.module(), r.clause())).toList();
    }
}
