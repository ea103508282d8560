package io.github.countyrules.core.api;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rule of a loaded module, for catalogues: its id and clause (from metadata), its full name
 * (title), the module and DRL file it comes from, the parameters its text names, every metadata
 * entry it carries (unquoted: {@code id}, {@code clause}, {@code role}, {@code conditionZh}, …)
 * and its DRL text from {@code rule} to {@code end} (empty when the file is not known).
 */
public record RuleInfo(String id, String module, String clause, String name, String file, List<String> parameters,
                       SortedMap<String, String> metadata, String source) {
    public RuleInfo {
        parameters = List.copyOf(parameters);
        metadata = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(metadata == null ? Map.of() : metadata));
        source = source == null ? "" : source;
    }

    /** A rule without metadata beyond id and clause, and without its text. */
    public RuleInfo(String id, String module, String clause, String name, String file, List<String> parameters) {
        this(id, module, clause, name, file, parameters, new TreeMap<>(), "");
    }

    /**
     * The rule's role, from its {@code @role("…")} metadata: {@link RuleRole#CRITERION} when it
     * has none (or one this library does not know).
     */
    public RuleRole role() {
        return RuleRole.parse(metadata.get("role")).orElse(RuleRole.CRITERION);
    }

    /** Whether the rule says its role itself ({@code @role}), rather than taking the default. */
    public boolean declaresRole() {
        return RuleRole.parse(metadata.get("role")).isPresent();
    }
}
