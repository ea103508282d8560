package io.github.countyrules.ningxia;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleProblem;
import io.github.countyrules.core.scenario.ScenarioTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped rule files as policy staff load them from a folder: the checks of
 * {@code policy-rules validate}, and every scenario again with the rules compiled from the folder
 * at load (classic compiler) instead of the precompiled executable model, so an edit made in the
 * folder behaves as the shipped rules do.
 */
class NingxiaRuleFilesTest {
    private static final Path FOLDER = Path.of("src/main/resources/io/github/countyrules/ningxia");

    @Test
    void theShippedRuleFolderPassesTheChecksOfPolicyRulesValidate() {
        // Given the rule folder as shipped, When it is checked, Then there is nothing to report
        List<RuleProblem> problems = PolicyEngine.validate(FOLDER);
        assertEquals(List.of(), problems);
    }

    @TestFactory
    Stream<DynamicTest> scenariosWithTheRulesCompiledFromTheFolder() {
        PolicyEngine fromFolder = PolicyEngine.builder().modules("ningxia").rulesFrom(FOLDER).build();
        return ScenarioTests.from(fromFolder, Path.of("src/test/scenarios"));
    }
}
