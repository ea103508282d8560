package io.github.countyrules.core.api;

import java.util.List;

/**
 * A rule of a loaded module, for catalogues: its id and clause (from metadata), its full name
 * (title), the module and DRL file it comes from, and the parameters its text names.
 */
public record RuleInfo(String id, String module, String clause, String name, String file, List<String> parameters) {
    public RuleInfo {
        parameters = List.copyOf(parameters);
    }
}
