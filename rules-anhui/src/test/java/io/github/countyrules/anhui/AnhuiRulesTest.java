package io.github.countyrules.anhui;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.Reason;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anhui module alone: every scenario under src/test/scenarios, rule metadata, and the boundaries
 * of AH-E3 and AH-Q1 built from the values the parameter table ships (no value is written here).
 */
class AnhuiRulesTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules(Anhui.MODULE).build();
    private static final Path EXAMPLE = Path.of("../examples/data/anhui-2018.yaml");
    /** 阜阳市 and its counties and county-level city, from the shipped division table. */
    private static final String FUYANG = "341200";
    private static final List<String> FUYANG_UNITS = List.of("341221", "341222", "341225", "341226", "341282");

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
    void everyRuleIdOfPolicySpecSection6IsEncoded() {
        Set<String> ids = ENGINE.rules().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of("AH-E1", "AH-E2", "AH-E3", "AH-E4", "AH-E5", "AH-Q1", "AH-R1")), ids);
        assertTrue(ENGINE.rules().stream().allMatch(r -> r.clause().startsWith("AH-NOTICE ")), "clauses cite the notice");
    }

    @Test
    void everyAnhuiParameterOfPolicySpecSection5ShipsWithClauseAndReasons() {
        Map<String, ParameterInfo> params = new TreeMap<>();
        ENGINE.parameters(LocalDate.of(2018, 10, 31)).stream().filter(p -> p.name().startsWith("anhui."))
                .forEach(p -> params.put(p.name(), p));
        assertEquals(Set.of("anhui.deadline", "anhui.dataYear", "anhui.cityQuota", "anhui.cityLeadingShare",
                "anhui.nationalRecommendations"), params.keySet());
        for (ParameterInfo p : params.values()) {
            assertEquals(Anhui.MODULE, p.module());
            assertTrue(p.clause().startsWith("AH-NOTICE "), p.name());
            assertFalse(p.zh().isBlank(), p.name());
            assertFalse(p.en().isBlank(), p.name());
        }
    }

    @Test
    void theDeadlineDayItselfIsInTimeAndTheDayAfterIsLate() {
        // Given the first year of the shipped deadline table and its deadline
        Map.Entry<Integer, LocalDate> first = deadlines().entrySet().iterator().next();
        int year = first.getKey();
        LocalDate deadline = first.getValue();
        // When an application is submitted on the deadline, Then AH-E3 is met
        assertEquals(Status.MET, e3(year, deadline));
        // When it is submitted the day after, Then AH-E3 is not met and the decision is INELIGIBLE
        assertEquals(Status.NOT_MET, e3(year, deadline.plusDays(1)));
    }

    private Status e3(int year, LocalDate submitted) {
        Report r = ENGINE.evaluate(Facts.fromYaml("asOf: " + submitted.plusMonths(1) + "\napplications:\n"
                + "  - {region: \"341222\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", submitted: " + submitted
                + ", theme: INDUSTRY}\n"));
        Decision d = r.decision("341222", Anhui.INNOVATIVE_COUNTY, Kind.ELIGIBILITY, year).orElseThrow();
        List<Reason> e3 = d.reasonsOf("AH-E3");
        assertEquals(1, e3.size(), e3.toString());
        if (e3.get(0).status() == Status.NOT_MET) {
            assertEquals(Outcome.INELIGIBLE, d.outcome());
        }
        return e3.get(0).status();
    }

    @Test
    void aYearWithoutADeadlineIsNotApplicableAndNoOtherAnhuiRuleJudgesIt() {
        // Given two applications of one city, with reviews, in a year the deadline table lacks
        int year = deadlines().lastKey() + 1;
        StringBuilder facts = new StringBuilder("asOf: " + year + "-12-31\nparameters: {anhui.nationalRecommendations: {"
                + year + ": 1}}\napplications:\n");
        StringBuilder reviews = new StringBuilder("evaluations:\n");
        for (String u : FUYANG_UNITS.subList(0, 2)) {
            facts.append("  - {region: \"").append(u).append("\", program: ANHUI_INNOVATIVE_COUNTY, year: ").append(year)
                    .append(", submitted: ").append(year).append("-09-01, theme: INDUSTRY}\n");
            reviews.append("  - {region: \"").append(u).append("\", program: ANHUI_INNOVATIVE_COUNTY, year: ").append(year)
                    .append(", score: 90, passed: true, date: ").append(year).append("-10-01}\n");
        }
        Report r = ENGINE.evaluate(Facts.fromYaml(facts.toString() + reviews));
        // Then each has exactly one decision, NOT_APPLICABLE, whose only reasons are AH-E3's
        for (String u : FUYANG_UNITS.subList(0, 2)) {
            List<Decision> ds = r.decisionsFor(u);
            assertEquals(1, ds.size(), ds.toString());
            assertEquals(Outcome.NOT_APPLICABLE, ds.get(0).outcome());
            assertEquals(Set.of("AH-E3"), ds.get(0).reasons().stream().map(Reason::rule).collect(Collectors.toSet()));
        }
    }

    @Test
    void aCityNotListedInTheQuotaTableMayRecommendItsDefaultAndNoMore() {
        // Given the shipped city quota table, which does not list 阜阳市
        Map<String, Integer> quota = table("anhui.cityQuota");
        assertFalse(quota.containsKey(FUYANG));
        int limit = quota.get("default");
        int year = deadlines().firstKey();
        // When 阜阳市 recommends exactly its limit, Then no alert; one more, Then each of them is alerted
        assertEquals(0, alerts(FUYANG_UNITS.subList(0, limit), year));
        assertEquals(limit + 1, alerts(FUYANG_UNITS.subList(0, limit + 1), year));
    }

    @Test
    void theCitiesListedInTheQuotaTableMayRecommendTheirNumberAndNoMore() {
        // Given the shipped entries for 合肥, 芜湖 and 蚌埠 and the county-level units each has
        Map<String, List<String>> units = Map.of(
                "340100", List.of("340121", "340122", "340123", "340124", "340181"),
                "340200", List.of("340223", "340281"),
                "340300", List.of("340321", "340322", "340323"));
        Map<String, Integer> quota = table("anhui.cityQuota");
        int year = deadlines().firstKey();
        for (Map.Entry<String, List<String>> city : units.entrySet()) {
            int limit = quota.get(city.getKey());
            // Then a city may recommend its limit without an alert
            assertEquals(0, alerts(city.getValue().subList(0, Math.min(limit, city.getValue().size())), year), city.getKey());
            // And when it has more units than its limit, one more alerts all of them
            if (city.getValue().size() > limit) {
                assertEquals(limit + 1, alerts(city.getValue().subList(0, limit + 1), year), city.getKey());
            }
        }
    }

    private int alerts(List<String> regions, int year) {
        StringBuilder facts = new StringBuilder("asOf: " + year + "-12-31\napplications:\n");
        for (String u : regions) {
            facts.append("  - {region: \"").append(u).append("\", program: ANHUI_INNOVATIVE_COUNTY, year: ").append(year)
                    .append(", submitted: ").append(year).append("-01-01, theme: INDUSTRY}\n");
        }
        Report r = ENGINE.evaluate(Facts.fromYaml(facts.toString()));
        return (int) r.decisions().stream().filter(d -> d.kind() == Kind.ALERT && AnhuiOutcome.QUOTA_EXCEEDED.equals(d.outcome()))
                .count();
    }

    @Test
    void anUndecidedLeadNamesEachUnitLackingAScore() {
        // Given 界首市 second of the known scores and 颍上县 and 阜南县 without a result for the data year
        int year = deadlines().firstKey();
        int dataYear = table("anhui.dataYear").get(Integer.toString(year));
        // (the share is set in the facts: with 1/3, of 5 units fewer than 5/3 may be ahead)
        Report r = ENGINE.evaluate(Facts.fromYaml("asOf: " + year + "-12-31\nparameters: {anhui.cityLeadingShare: \"1/3\"}\n"
                + "applications:\n  - {region: \"341282\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", submitted: " + year
                + "-01-01, theme: INDUSTRY}\nmonitoring:\n"
                + "  - {region: \"341222\", year: " + dataYear + ", grade: A, score: 80}\n"
                + "  - {region: \"341282\", year: " + dataYear + ", grade: B, score: 75}\n"
                + "  - {region: \"341221\", year: " + dataYear + ", grade: B, score: 70}\n"));
        Decision d = r.decision("341282", Anhui.INNOVATIVE_COUNTY, Kind.ELIGIBILITY, year).orElseThrow();
        Reason e5 = d.reasonsOf("AH-E5").get(0);
        // Then one unit is ahead and two could be: AH-E5 is UNKNOWN, naming both units by code
        assertEquals(Status.UNKNOWN, e5.status());
        assertEquals(List.of("monitoring.341225." + dataYear + ".score", "monitoring.341226." + dataYear + ".score"),
                e5.missing());
        assertEquals(Outcome.UNDETERMINED, d.outcome());
    }

    @Test
    void aTieAtTheBoundaryNamesTheOthersAndAMissingNumberOrReviewIsNamed() {
        int year = deadlines().firstKey();
        int dataYear = table("anhui.dataYear").get(Integer.toString(year));
        String facts = "asOf: " + year + "-12-31\nparameters: {anhui.cityLeadingShare: 1%s}\napplications:\n"
                + "  - {region: \"341222\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", submitted: " + year + "-01-01, theme: INDUSTRY}\n"
                + "  - {region: \"340121\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", submitted: " + year + "-01-01, theme: INDUSTRY}\n"
                + "  - {region: \"340223\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", submitted: " + year + "-01-01, theme: INDUSTRY}\n"
                + "monitoring:\n"
                + "  - {region: \"341222\", year: " + dataYear + ", grade: A, score: 80}\n"
                + "  - {region: \"340121\", year: " + dataYear + ", grade: A, score: 80}\n"
                + "  - {region: \"340223\", year: " + dataYear + ", grade: A, score: 80}\n"
                + "evaluations:\n"
                + "  - {region: \"341222\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", score: 90, passed: true, date: " + year + "-02-01}\n"
                + "  - {region: \"340121\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", score: 85, passed: true, date: " + year + "-02-01}\n"
                + "%s";
        String third = "  - {region: \"340223\", program: ANHUI_INNOVATIVE_COUNTY, year: " + year + ", score: 85, passed: true, date: " + year + "-02-01}\n";
        // Given two equal reviews straddling 2 recommendations, Then each is TIE_AT_QUOTA naming the other
        Report tie = ENGINE.evaluate(Facts.fromYaml(String.format(facts, ", anhui.nationalRecommendations: {" + year + ": 2}", third)));
        Decision a = tie.decision("340121", Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, year).orElseThrow();
        Decision b = tie.decision("340223", Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, year).orElseThrow();
        assertEquals(AnhuiOutcome.TIE_AT_QUOTA, a.outcome());
        assertEquals(AnhuiOutcome.TIE_AT_QUOTA, b.outcome());
        assertEquals("340223 南陵县", a.reasonsOf("AH-R1").get(0).facts().get("tiedWith"));
        assertEquals("340121 长丰县", b.reasonsOf("AH-R1").get(0).facts().get("tiedWith"));
        assertEquals(AnhuiOutcome.RECOMMENDED, tie.decision("341222", Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, year).orElseThrow().outcome());

        // Given no number for the year and one review missing, Then each is UNDETERMINED naming both
        Report open = ENGINE.evaluate(Facts.fromYaml(String.format(facts, "", "")));
        for (String region : List.of("341222", "340121", "340223")) {
            Decision d = open.decision(region, Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, year).orElseThrow();
            assertEquals(Outcome.UNDETERMINED, d.outcome());
            assertEquals(List.of("anhui.nationalRecommendations." + year, "evaluation." + year + ".score[340223]"),
                    d.reasonsOf("AH-R1").get(0).missing());
        }
    }

    @Test
    void theExampleGivesDecisionsOnAnhuiOnlyAndNoWarnings() {
        Report report = ENGINE.evaluate(Facts.fromYaml(EXAMPLE));
        assertEquals(List.of(), report.warnings());
        assertFalse(report.decisions().isEmpty());
        assertTrue(report.decisions().stream().allMatch(d -> d.region().startsWith("34")));
        assertTrue(report.decisions().stream().anyMatch(d -> d.kind() == Kind.QUOTA));
    }

    @Test
    void theExampleWithANumberOfRecommendationsSendsTheBestReviewsToTheMinistry() {
        // Given the example with 2 recommendations for 2018 set for this evaluation
        Facts facts = Facts.fromYaml(EXAMPLE).toBuilder().parameter("anhui.nationalRecommendations", Map.of("2018", 2)).build();
        Report r = ENGINE.evaluate(facts);
        // Then the two best reviews of the eligible applications are recommended and the third goes to the pool
        assertEquals(AnhuiOutcome.RECOMMENDED, r.decision("340123", Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, 2018).orElseThrow().outcome());
        assertEquals(AnhuiOutcome.RECOMMENDED, r.decision("341222", Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, 2018).orElseThrow().outcome());
        assertEquals(AnhuiOutcome.PROVINCIAL_POOL, r.decision("340321", Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, 2018).orElseThrow().outcome());
        // And the application without a decided eligibility takes no place, whatever its review
        assertTrue(r.decision("340421", Anhui.INNOVATIVE_COUNTY, Kind.QUOTA, 2018).isEmpty());
    }

    @Test
    void theSameFactsInAnyOrderGiveTheSameReport() {
        Facts facts = Facts.fromYaml(EXAMPLE);
        Report one = ENGINE.evaluate(facts);
        assertEquals(one.toJson(), ENGINE.evaluate(ScenarioTests.reversed(facts)).toJson());
    }

    /** The shipped deadline table in force for the notice's year, by year. */
    private static java.util.SortedMap<Integer, LocalDate> deadlines() {
        java.util.SortedMap<Integer, LocalDate> out = new TreeMap<>();
        Matcher m = Pattern.compile("(\\d{4}): (\\d{4}-\\d{2}-\\d{2})").matcher(value("anhui.deadline"));
        while (m.find()) {
            out.put(Integer.parseInt(m.group(1)), LocalDate.parse(m.group(2)));
        }
        assertFalse(out.isEmpty(), "the deadline table has a year");
        return out;
    }

    /** A whole-number table parameter as shipped, by key. */
    private static Map<String, Integer> table(String name) {
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = Pattern.compile("([\\w]+): (\\d+)").matcher(value(name));
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return out;
    }

    private static String value(String name) {
        return ENGINE.parameters(LocalDate.of(2018, 10, 31)).stream().filter(p -> p.name().equals(name))
                .map(ParameterInfo::value).findFirst().orElseThrow();
    }
}
