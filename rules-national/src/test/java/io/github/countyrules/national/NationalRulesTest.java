package io.github.countyrules.national;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.scenario.ScenarioTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The national module alone: every scenario under src/test/scenarios, and rule metadata. */
class NationalRulesTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules("national").build();

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return ScenarioTests.from(ENGINE, Path.of("src/test/scenarios"));
    }

    @Test
    void everyRuleCarriesIdAndClause() {
        assertFalse(ENGINE.rules().isEmpty(), "the module has rules");
        for (RuleInfo r : ENGINE.rules()) {
            assertNotNull(r.id(), () -> r.name() + " lacks @id");
            assertNotNull(r.clause(), () -> r.name() + " lacks @clause");
        }
    }
}
