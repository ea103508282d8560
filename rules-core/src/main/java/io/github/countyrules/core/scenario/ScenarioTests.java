package io.github.countyrules.core.scenario;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import org.junit.jupiter.api.DynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Scenarios as JUnit 5 dynamic tests, one per scenario, named by the scenario's name:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.from(PolicyEngine.builder().modules("ningxia").build(), Path.of("src/test/scenarios"));
 * }
 * }</pre>
 *
 * Needs junit-jupiter-api on the class path (an optional dependency of this library).
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /**
     * The loaded rules ("module/rule name") that no scenario under the paths fires, sorted. A
     * module's test asserts this is empty, so a shipped rule without a scenario fails the build.
     */
    public static List<String> rulesNoScenarioFires(PolicyEngine engine, Path... paths) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        java.util.Set<String> fired = new java.util.HashSet<>();
        for (Scenario s : Scenarios.load(paths)) {
            fired.addAll(runner.run(s).firedRules());
        }
        return engine.rules().stream().map(r -> r.module() + "/" + r.name()).filter(n -> !fired.contains(n)).sorted().toList();
    }

    /**
     * Rules of the engine whose metadata breaks the conventions: no {@code @id}, no
     * {@code @clause}, or a name that does not start with the id and a space. Empty when all is well.
     */
    public static List<String> metadataProblems(PolicyEngine engine) {
        return engine.rules().stream()
                .filter(r -> r.id() == null || r.clause() == null || !r.name().startsWith(r.id() + " "))
                .map(r -> r.module() + "/" + r.name() + " (id " + r.id() + ", clause " + r.clause() + ")")
                .toList();
    }

    /** The same facts with every list in reverse order, to show that order does not matter. */
    public static Facts reversed(Facts facts) {
        Facts.Builder b = Facts.builder().asOf(facts.asOf());
        facts.parameters().forEach(b::parameter);
        for (List<?> l : List.of(facts.regions(), facts.monitoring(), facts.designations(), facts.applications(),
                facts.attestations(), facts.selections(), facts.progressReports(), facts.indicators(), facts.acceptance(),
                facts.workPlans(), facts.evaluations(), facts.consents(), facts.techTransactions(), facts.techParks(),
                facts.expertStations(), facts.commissionerGroups(), facts.calendar())) {
            List<Object> r = new java.util.ArrayList<>(l);
            java.util.Collections.reverse(r);
            r.forEach(b::add);
        }
        return b.build();
    }

    public static Stream<DynamicTest> from(PolicyEngine engine, Path... paths) {
        List<Scenario> scenarios = Scenarios.load(paths);
        if (scenarios.isEmpty()) {
            fail("no scenarios under " + List.of(paths));
        }
        var words = Scenarios.unknownWords(scenarios, engine.vocabulary());
        if (!words.isEmpty()) {
            fail(new io.github.countyrules.core.api.InvalidInputException(words).getMessage());
        }
        ScenarioRunner runner = new ScenarioRunner(engine);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), s.file() == null ? null : s.file().toUri(), () -> {
            ScenarioResult r = runner.run(s);
            if (!r.passed()) {
                fail(s.name() + "\n  " + String.join("\n  ", r.failures()));
            }
        }));
    }
}
