package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code validate DIR} and {@code --rules DIR}, on a one-rule module of the test's own. */
class RuleFoldersTest {
    /** A rule of our own, so the test depends on no module still being written. */
    private static final String PROBE = """
            package io.github.countyrules.probe;

            import io.github.countyrules.core.model.*;
            import io.github.countyrules.core.rules.*;

            global Context ctx;

            rule "PR-1 every Ningxia county application is not applicable" @id("PR-1") @clause("TEST 1")
            when
              $a : Application( program == Program.of("NINGXIA_INNOVATIVE_COUNTY") )
            then
              Subject s = Subject.of($a.region(), $a.program(), Kind.ELIGIBILITY, $a.year());
              insertLogical(s);
              insertLogical(Verdict.of(s, Outcome.NOT_APPLICABLE));
            end
            """;

    @TempDir
    Path dir;

    private Path folder(String drl) throws IOException {
        Path f = Files.createDirectories(dir.resolve("probe"));
        Files.writeString(f.resolve("probe.drl"), drl);
        return f;
    }

    @Test
    void aCleanFolderValidates() throws IOException {
        Cli.Result r = Cli.run("validate", folder(PROBE).toString(), "--lang", "en");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.lastLine().contains("0 problem(s)"), r.out());
    }

    @Test
    void aSyntaxErrorIsReportedAsFileLineColumn() throws IOException {
        Path f = folder(PROBE.replace("\nwhen\n", "\nwhn\n"));

        Cli.Result r = Cli.run("validate", f.toString(), "--lang", "en");

        assertEquals(1, r.code(), r::toString);
        String drl = f.resolve("probe.drl").toString();
        assertTrue(r.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(drl) + ":\\d+:\\d+: .+")), r.out());
    }

    @Test
    void evaluateUsesTheRulesOfTheFolder() throws IOException {
        Path facts = Files.writeString(dir.resolve("facts.yaml"), """
                asOf: 2024-06-30
                applications:
                  - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
                """);

        // national is loaded only so that no shipped Ningxia rule answers the same question
        Cli.Result r = Cli.run("evaluate", facts.toString(), "--modules", "national", "--rules", folder(PROBE).toString(),
                "--format", "json");

        assertEquals(0, r.code(), r::toString);
        JsonNode json = r.json();
        assertTrue(json.get("ruleSet").get("modules").toString().contains("probe"), json.get("ruleSet").toString());
        JsonNode decision = null;
        for (JsonNode d : json.get("decisions")) {
            if (d.get("region").asText().equals("640122") && d.get("kind").asText().equals("ELIGIBILITY")) {
                decision = d;
            }
        }
        assertTrue(decision != null, json::toString);
        assertEquals("NOT_APPLICABLE", decision.get("outcome").asText());
    }

    @Test
    void aBrokenRulesFolderIsAnInputErrorWithItsProblems() throws IOException {
        Path f = folder(PROBE.replace("\nwhen\n", "\nwhn\n"));
        Path facts = Files.writeString(dir.resolve("facts.yaml"), "asOf: 2024-06-30\n");

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--rules", f.toString(), "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(f.resolve("probe.drl") + ":"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace");
    }
}
