package io.github.countyrules.core.api;

import java.util.Set;

/**
 * A loaded rule module: its name, titles, where it came from ("classpath" or a folder) and the
 * provinces its rules concern (empty: all).
 */
public record ModuleInfo(String name, String titleZh, String titleEn, String origin, Set<String> provinces) {
    public ModuleInfo {
        provinces = Set.copyOf(provinces);
    }
}
