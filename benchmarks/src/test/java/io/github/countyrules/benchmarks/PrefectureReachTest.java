package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.internal.Evaluator;
import io.github.countyrules.core.internal.ModuleLoader;
import io.github.countyrules.core.internal.RuleModule;
import io.github.countyrules.core.internal.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Ningxia module declares {@code reach: prefecture}, so the engine runs it once per prefecture
 * (in parallel on large input). That promise is checked here against the whole data set: every
 * module run once per province gives the very same report, decision by decision and reason by reason.
 */
class PrefectureReachTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void ningxiaByPrefectureGivesTheReportOfNingxiaByProvince(int scale) {
        // Given the nationwide data set and the shipped modules, as shipped and with every module run per province
        Facts facts = NationwideDataSet.generate(NationwideDataSet.DEFAULT_SEED, scale).facts();
        List<RuleModule> shipped = ModuleLoader.fromClasspath(getClass().getClassLoader(), Set.of());
        assertTrue(shipped.stream().anyMatch(m -> m.name().equals("ningxia") && m.prefectureReach()),
                "the ningxia module declares reach: prefecture");
        List<RuleModule> wholeProvinces = shipped.stream().map(m -> m.withReach("province")).toList();

        // When both evaluate the same facts
        Report byPrefecture = Evaluator.evaluate(new RuleSet(shipped, ModuleLoader.coreParameters()), "test", Map.of(), facts);
        Report byProvince = Evaluator.evaluate(new RuleSet(wholeProvinces, ModuleLoader.coreParameters()), "test", Map.of(), facts);

        // Then the reports are identical
        assertTrue(byProvince.decisions().stream().filter(d -> d.region().startsWith("64")).count() > 15);
        assertEquals(byProvince.toJson(), byPrefecture.toJson());
    }
}
