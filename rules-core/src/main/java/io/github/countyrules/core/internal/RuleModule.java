package io.github.countyrules.core.internal;

import org.kie.api.KieBase;

import java.util.Map;
import java.util.SortedMap;

/**
 * A loaded rule module: its name ("ningxia"), title, knowledge base, rule sources (path to bytes,
 * for the digest and the rulebook), parameter table, and the provinces its rules concern (empty: all;
 * the engine gives it only those provinces' facts).
 */
public record RuleModule(String name, String titleZh, String titleEn, KieBase kieBase,
                         SortedMap<String, byte[]> sources, Map<String, ParameterDef> parameters, String origin,
                         java.util.Set<String> provinces) {
    public RuleModule {
        provinces = provinces == null ? java.util.Set.of() : java.util.Set.copyOf(provinces);
    }

    /** True when the module's rules concern regions of this two-digit province (empty scope: all). */
    public boolean covers(String province) {
        return provinces.isEmpty() || provinces.contains(province);
    }
}
