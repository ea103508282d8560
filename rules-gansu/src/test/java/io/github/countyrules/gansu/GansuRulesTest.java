package io.github.countyrules.gansu;

import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.scenario.ScenarioTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gansu module alone: every scenario under src/test/scenarios, and rule metadata. */
class GansuRulesTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules("gansu").build();

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioTests.from(ENGINE, Path.of("src/test/scenarios"));
    }

    @Test
    void everyRuleCarriesIdAndClause() {
        assertFalse(ENGINE.rules().isEmpty(), "the module has rules");
        assertEquals(List.of(), ScenarioTests.metadataProblems(ENGINE));
    }

    @Test
    void everyShippedRuleFiresInSomeScenario() {
        assertEquals(List.of(), ScenarioTests.rulesNoScenarioFires(ENGINE, Path.of("src/test/scenarios")));
    }

    @Test
    void everyRuleIdOfPolicySpecSection2IsEncoded() {
        Set<String> ids = ENGINE.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("GS-Q1", "GS-Q2", "GS-Q3", "GS-A1", "GS-A2", "GS-F1", "GS-T1", "GS-T2",
                "GS-P1")), ids);
    }

    @Test
    void everyGansuParameterOfPolicySpecSection5ShipsWithItsDefault() {
        // Given the parameters in force on a date inside the plan's period
        Map<String, String> values = new TreeMap<>();
        for (ParameterInfo p : ENGINE.parameters(LocalDate.of(2019, 6, 30))) {
            if (p.name().startsWith("gansu.")) {
                values.put(p.name(), p.value());
                assertEquals("gansu", p.module());
                assertFalse(p.clause().isBlank() || p.zh().isBlank() || p.en().isBlank(), p.name() + " lacks its why");
            }
        }
        // Then they are exactly those of POLICY-SPEC §5, with its defaults
        assertEquals(Set.of("gansu.quotas", "gansu.parkQuotaTolerance", "gansu.transactionBaseYear",
                "gansu.transactionGrowthBand", "gansu.targetYear"), values.keySet());
        assertEquals("0", values.get("gansu.parkQuotaTolerance"));
        assertEquals("2017", values.get("gansu.transactionBaseYear"));
        assertEquals("0.05-0.08", values.get("gansu.transactionGrowthBand"));
        assertEquals("2020", values.get("gansu.targetYear"));
        for (String year : List.of("2018", "2019", "2020")) {
            assertTrue(values.get("gansu.quotas").contains(year + ": {GANSU_INNOVATIVE_COUNTY: 5, GANSU_INNOVATIVE_TOWN: 10, "
                    + "GANSU_TECH_PARK: 5}"), values.get("gansu.quotas"));
        }
        assertFalse(values.get("gansu.quotas").contains("2021"));
    }
}
