package io.github.countyrules.national;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.rules.Progress;
import io.github.countyrules.core.scenario.ScenarioTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national module alone: every scenario under src/test/scenarios, rule metadata and CN-K1's progress line. */
class NationalRulesTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules("national").build();
    private static final Path EXAMPLE = Path.of("../examples/data/national-2025.yaml");

    /** Facts with one county in each standing CN-K1 counts, and three it does not. */
    private static final String MIXED = """
            asOf: 2024-06-30
            designations:
              - {region: "640323", program: NATIONAL_INNOVATIVE_COUNTY, status: PASSED, since: 2022-08-30}
              - {region: "621122", program: NATIONAL_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION, since: 2023-05-10}
              - {region: "620981", program: NATIONAL_INNOVATIVE_COUNTY, status: RECTIFICATION, since: 2023-12-20}
              - {region: "620724", program: NATIONAL_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION, since: 2021-03-01}
              - {region: "620123", program: NATIONAL_INNOVATIVE_COUNTY, status: CANCELLED, since: 2023-12-20}
              - {region: "640122", program: NATIONAL_INNOVATIVE_COUNTY, status: APPLIED, since: 2024-03-01}
              - {region: "640181", program: NATIONAL_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION, since: 2024-07-01}
            acceptance:
              - {region: "620724", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: SUMMARY_SUBMITTED, date: 2024-04-10}
            """;

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
    void everyRuleIdOfPolicySpecSection3IsEncoded() {
        Set<String> ids = ENGINE.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("CN-A1", "CN-A2", "CN-A3", "CN-A4", "CN-A5", "CN-W1", "CN-W2",
                "CN-E1", "CN-E2", "CN-E3", "CN-E4", "CN-K1", "CN-K2")), ids);
    }

    @Test
    void everyNationalParameterOfPolicySpecSection5IsShippedWithItsDefault() {
        Map<String, String> values = ENGINE.parameters(LocalDate.of(2025, 6, 30)).stream()
                .filter(p -> p.name().startsWith("national."))
                .collect(Collectors.toMap(ParameterInfo::name, ParameterInfo::value));
        assertEquals(Map.of(
                "national.constructionYears", "3",
                "national.rectificationYears", "1",
                "national.workPlanYears", "3",
                "national.target2025", "100",
                "national.prefectureLimit", "1",
                "national.provinceQuota", "{2: {62: 4}}"), values);
    }

    @Test
    void progressCountsCountiesBuildingInAcceptanceRectifyingOrPassed() {
        // Given one county in each counted standing, a cancelled one, an application and a future designation
        Report report = ENGINE.evaluate(Facts.fromYaml(MIXED));
        // Then CN-K1 counts the four that hold their place at the as-of date against 100
        assertEquals(List.of(new Progress(National.INNOVATIVE_COUNTY, 4, 100, "CN-K1")), report.progress());
    }

    @Test
    void progressTargetIsTheParameterInForce() {
        Report report = ENGINE.evaluate(Facts.fromYaml(MIXED + "parameters: {national.target2025: 90}\n"));
        assertEquals(List.of(new Progress(National.INNOVATIVE_COUNTY, 4, 90, "CN-K1")), report.progress());
    }

    @Test
    void noProgressLineWithoutANationalDesignation() {
        Report report = ENGINE.evaluate(Facts.fromYaml("""
                asOf: 2024-06-30
                designations:
                  - {region: "640105", program: NINGXIA_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION, since: 2023-12-01}
                """));
        assertEquals(List.of(), report.progress());
    }

    @Test
    void theExampleCountsNineOfOneHundred() {
        Report report = ENGINE.evaluate(Facts.fromYaml(EXAMPLE));
        assertEquals(List.of(new Progress(National.INNOVATIVE_COUNTY, 9, 100, "CN-K1")), report.progress());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void theSameFactsInAnyOrderGiveTheSameReport() {
        // Given the example, and the same facts with every list reversed
        Facts facts = Facts.fromYaml(EXAMPLE);
        // When both are evaluated, Then the reports are identical, reasons and progress included
        Report one = ENGINE.evaluate(facts);
        assertEquals(one.toJson(), ENGINE.evaluate(ScenarioTests.reversed(facts)).toJson());
        assertFalse(one.decisions().isEmpty());
    }
}
