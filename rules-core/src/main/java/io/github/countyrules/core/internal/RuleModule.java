package io.github.countyrules.core.internal;

import org.kie.api.KieBase;

import java.util.Map;
import java.util.SortedMap;

/**
 * A loaded rule module: its name ("ningxia"), title, knowledge base, rule sources (path to bytes,
 * for the digest and the rulebook), parameter table, the provinces its rules concern (empty: all;
 * the engine gives it only those provinces' facts) and how far one rule's facts reach
 * ({@link ModuleDescriptor#reach()}: a province, or a prefecture-level city with its units).
 */
public record RuleModule(String name, String titleZh, String titleEn, KieBase kieBase,
                         SortedMap<String, byte[]> sources, Map<String, ParameterDef> parameters, String origin,
                         java.util.Set<String> provinces, String reach, ModuleDeclarations declarations,
                         io.github.countyrules.core.spi.ModuleExtension extension) {
    public RuleModule {
        declarations = declarations == null ? ModuleDeclarations.NONE : declarations;
        provinces = provinces == null ? java.util.Set.of() : java.util.Set.copyOf(provinces);
        reach = reach == null ? ModuleDescriptor.REACH_PROVINCE : reach;
        if (!ModuleDescriptor.REACHES.contains(reach)) {
            throw new IllegalArgumentException("reach " + reach + " is not one of " + ModuleDescriptor.REACHES);
        }
    }

    /** A module whose rules may relate any regions of a province to each other. */
    public RuleModule(String name, String titleZh, String titleEn, KieBase kieBase, SortedMap<String, byte[]> sources,
                      Map<String, ParameterDef> parameters, String origin, java.util.Set<String> provinces) {
        this(name, titleZh, titleEn, kieBase, sources, parameters, origin, provinces, ModuleDescriptor.REACH_PROVINCE);
    }

    /** A module that declares no words of its own. */
    public RuleModule(String name, String titleZh, String titleEn, KieBase kieBase, SortedMap<String, byte[]> sources,
                      Map<String, ParameterDef> parameters, String origin, java.util.Set<String> provinces, String reach) {
        this(name, titleZh, titleEn, kieBase, sources, parameters, origin, provinces, reach, ModuleDeclarations.NONE, null);
    }

    /** The same module with another reach. */
    public RuleModule withReach(String reach) {
        return new RuleModule(name, titleZh, titleEn, kieBase, sources, parameters, origin, provinces, reach, declarations, extension);
    }

    /** True when each rule relates a region only to its prefecture-level city and that city's units. */
    public boolean prefectureReach() {
        return ModuleDescriptor.REACH_PREFECTURE.equals(reach);
    }

    /** True when the module's rules concern regions of this two-digit province (empty scope: all). */
    public boolean covers(String province) {
        return provinces.isEmpty() || provinces.contains(province);
    }
}
