package io.github.countyrules.core.internal;

import io.github.countyrules.benchmarks.NationwideDataSet;
import io.github.countyrules.core.api.Facts;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * {@link ModuleLoader} builds a precompiled module's knowledge base straight from its executable
 * model, without the KIE classpath container (start-up). Here both ways load every shipped module
 * and must give the same rules with the same metadata and the same report, decision by decision,
 * on the nationwide data set.
 */
class DirectKnowledgeBaseTest {

    @Test
    void theDirectKnowledgeBasesDecideAsTheContainersDo() {
        // Given every shipped module loaded directly, and the same modules' kbases from a classpath KieContainer
        ClassLoader cl = getClass().getClassLoader();
        List<RuleModule> direct = ModuleLoader.fromClasspath(cl, Set.of());
        KieContainer container = KieServices.get().newKieClasspathContainer(cl);
        List<RuleModule> viaContainer = direct.stream()
                .map(m -> new RuleModule(m.name(), m.titleZh(), m.titleEn(), container.getKieBase(m.name()), m.sources(),
                        m.parameters(), m.origin(), m.provinces(), m.reach(), m.declarations(), m.extension()))
                .toList();
        assertEquals(4, direct.size(), "anhui, gansu, national, ningxia");
        for (int i = 0; i < direct.size(); i++) {
            assertNotSame(direct.get(i).kieBase(), viaContainer.get(i).kieBase());
            assertEquals(rules(viaContainer.get(i).kieBase()), rules(direct.get(i).kieBase()), direct.get(i).name());
        }

        // When both evaluate the nationwide data set
        Facts facts = NationwideDataSet.standard().facts();
        String byDirect = Evaluator.evaluate(new RuleSet(direct, ModuleLoader.coreParameters()), "t", Map.of(), facts).toJson();
        String byContainer = Evaluator.evaluate(new RuleSet(viaContainer, ModuleLoader.coreParameters()), "t", Map.of(), facts).toJson();

        // Then the reports are the same
        assertEquals(byContainer, byDirect);
    }

    /** Every rule by package and name, with its metadata. */
    private static Map<String, String> rules(KieBase kb) {
        Map<String, String> out = new TreeMap<>();
        kb.getKiePackages().forEach(p -> {
            for (Rule r : p.getRules()) {
                out.put(p.getName() + "/" + r.getName(), new TreeMap<>(r.getMetaData()).toString());
            }
        });
        return out;
    }
}
