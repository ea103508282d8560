package io.github.countyrules.ningxia;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.model.Outcome;
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

/** The ningxia module alone: every scenario under src/test/scenarios, rule metadata, parameters and the example. */
class NingxiaRulesTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules("ningxia").build();
    private static final Path SCENARIOS = Path.of("src/test/scenarios");
    private static final Path EXAMPLE = Path.of("../examples/data/ningxia-2025.yaml");

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioTests.from(ENGINE, SCENARIOS);
    }

    @Test
    void everyRuleCarriesIdAndClause() {
        assertFalse(ENGINE.rules().isEmpty(), "the module has rules");
        assertEquals(List.of(), ScenarioTests.metadataProblems(ENGINE));
    }

    @Test
    void everyShippedRuleFiresInSomeScenario() {
        assertEquals(List.of(), ScenarioTests.rulesNoScenarioFires(ENGINE, SCENARIOS));
    }

    @Test
    void everyRuleIdOfPolicySpecSection1IsEncoded() {
        Set<String> ids = ENGINE.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        // the spec's ids, and the group ids of the rules that combine them into a decision
        assertEquals(new TreeSet<>(List.of("NX-C1", "NX-C2a", "NX-C2b", "NX-C3", "NX-C4", "NX-X1",
                "NX-M1", "NX-M2a", "NX-M2b", "NX-M3", "NX-M4", "NX-L1", "NX-L2", "NX-L3", "NX-L4",
                "NX-D1", "NX-D2", "NX-D3", "NX-R1", "NX-R2", "NX-C", "NX-M", "NX-D", "NX-R")), ids);
    }

    @Test
    void everyNingxiaParameterOfPolicySpecSection5IsShippedWithItsDefault() {
        Map<String, String> values = ENGINE.parameters(LocalDate.of(2025, 6, 30)).stream()
                .filter(p -> p.name().startsWith("ningxia."))
                .collect(Collectors.toMap(ParameterInfo::name, ParameterInfo::value));
        assertEquals(Map.ofEntries(
                Map.entry("ningxia.minimumGrade", "B"),
                Map.entry("ningxia.county.improvementYears", "3"),
                Map.entry("ningxia.city.designatedShare", "2/3"),
                Map.entry("ningxia.publicNoticeWorkingDays", "5"),
                Map.entry("ningxia.constructionYears", "2"),
                Map.entry("ningxia.constructionStartOffset", "1"),
                Map.entry("ningxia.reportDue", "03-31"),
                Map.entry("ningxia.goodCompletionShare", "0.8"),
                Map.entry("ningxia.markedDeclineShare", "0.10"),
                Map.entry("ningxia.poorCompletionShare", "0.5"),
                Map.entry("ningxia.city.rankBehind", "GRADE_C_OR_D"),
                Map.entry("ningxia.county.rankBehind", "BOTTOM_THIRD"),
                Map.entry("ningxia.city.rankBehindShare", "1/3"),
                Map.entry("ningxia.city.rankBehindYears", "2"),
                Map.entry("ningxia.declineGroundsJoint", "false")), values);
    }

    @Test
    void theExampleShowsEveryNingxiaOutcome() {
        // Given the 2025 example, When it is evaluated
        Report report = ENGINE.evaluate(Facts.fromYaml(EXAMPLE));
        // Then every outcome of POLICY-SPEC §1 appears, with no warning
        Set<Outcome> seen = report.decisions().stream().map(Decision::outcome)
                .collect(Collectors.toSet());
        assertEquals(Set.of(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.UNDETERMINED, Outcome.NOT_APPLICABLE,
                NingxiaOutcome.UNDER_CONSTRUCTION, NingxiaOutcome.APPROVED, NingxiaOutcome.NOT_APPROVED, NingxiaOutcome.DISQUALIFIED,
                NingxiaOutcome.TITLE_REVOKED, NingxiaOutcome.NOTICE_TOO_SHORT, NingxiaOutcome.REPORT_OVERDUE), seen);
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
