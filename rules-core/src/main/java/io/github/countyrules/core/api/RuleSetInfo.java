package io.github.countyrules.core.api;

import java.util.List;

/**
 * Which rules made a report: module names, the library version and a digest (SHA-256 over the
 * rule sources, parameter tables and the parameter values in force), so a decision can be
 * reproduced.
 */
public record RuleSetInfo(List<String> modules, String version, String digest) {
    public RuleSetInfo {
        modules = List.copyOf(modules);
    }
}
