package io.github.countyrules.core.internal;

import org.kie.api.KieBase;

import java.util.Map;
import java.util.SortedMap;

/**
 * A loaded rule module: its name ("ningxia"), title, knowledge base, rule sources (path to bytes,
 * for the digest and the rulebook) and parameter table.
 */
public record RuleModule(String name, String titleZh, String titleEn, KieBase kieBase,
                         SortedMap<String, byte[]> sources, Map<String, ParameterDef> parameters, String origin) {
}
