package io.github.countyrules.gansu;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleProblem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped rule files as policy staff load them from a folder (classic compiler and checks). */
class GansuRuleFilesTest {

    @Test
    void theShippedRuleFolderPassesTheChecksOfPolicyRulesValidate() {
        // Given the rule folder as shipped
        Path folder = Path.of("src/main/resources/io/github/countyrules/gansu");
        // When it is checked the way `policy-rules validate` and `--rules DIR` check it
        List<RuleProblem> problems = PolicyEngine.validate(folder);
        // Then there is nothing to report
        assertEquals(List.of(), problems);
    }
}
