package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCommandTest {
    /** Passes whatever rules exist: the facts are refused, and the scenario expects exactly that. */
    private static final String PASSING = """
            name: A month 13 is refused
            facts:
              asOf: 2024-06-30
              monitoring:
                - {region: "640122", year: 2023, grade: B, score: 61.5, published: 2024-13-01}
            expectErrors: ["monitoring[0].published"]
            """;

    /** Fails whatever rules exist: POLICY-SPEC 1.1 never makes a class-C county ELIGIBLE. */
    private static final String FAILING = """
            name: A class C county is wrongly expected eligible
            facts:
              asOf: 2024-06-30
              monitoring:
                - {region: "640122", year: 2023, grade: C, score: 50.5, published: 2024-05-10}
              applications:
                - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
            expect:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, kind: ELIGIBILITY, outcome: ELIGIBLE}
            """;

    @TempDir
    Path dir;

    private Path scenarios(String... files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(folder.resolve("s" + i + ".yaml"), files[i]);
        }
        return folder;
    }

    @Test
    void aFailingScenarioIsReportedAndTheRunClosesWithTheCount() throws IOException {
        Path folder = scenarios(PASSING, FAILING);

        Cli.Result r = Cli.run("test", folder.toString(), "--lang", "en");

        assertEquals(1, r.code(), r::toString);
        assertEquals("1 passed, 1 failed", r.lastLine(), r::toString);
        assertTrue(r.out().contains("A class C county is wrongly expected eligible"), r.out());
        // one line: file:line of the expectation, region, decision, expected, got
        assertTrue(r.out().contains("s1.yaml:9  640122  ELIGIBILITY NINGXIA_INNOVATIVE_COUNTY: expected ELIGIBLE, got INELIGIBLE"),
                r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("FAIL  ")).count(), r.out());
        assertFalse(r.out().contains("A month 13 is refused"), "passing scenarios are quiet without -v");
        assertFalse(r.out().contains("NX-C2b"), "no reasons dumped without --verbose: " + r.out());
    }

    @Test
    void verboseAddsTheDecisionsThatCameOutOnce() throws IOException {
        Path folder = scenarios(PASSING, FAILING);

        Cli.Result r = Cli.run("test", folder.toString(), "--lang", "en", "--verbose");

        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("actual decisions for 640122"), r.out());
        assertTrue(r.out().contains("NX-C2b"), "the reasons, with --verbose: " + r.out());
        assertEquals(1, r.out().lines().filter(l -> l.contains("actual decisions for")).count(), r.out());
        assertTrue(r.out().contains("PASS  "), r.out());
    }

    @Test
    void inChineseTheFailureLineIsChinese() throws IOException {
        Path folder = scenarios(PASSING, FAILING);

        Cli.Result r = Cli.run("test", folder.toString(), "--verbose");

        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("失败  "), r.out());
        assertTrue(r.out().contains("640122  ELIGIBILITY NINGXIA_INNOVATIVE_COUNTY：期望 ELIGIBLE，实际 INELIGIBLE"), r.out());
        assertTrue(r.out().contains("实际决定 640122"), r.out());
        // the scenario names of this test are English; the rest of the output is not
        String ours = r.out().replace("A class C county is wrongly expected eligible", "").replace("A month 13 is refused", "");
        for (String english : new String[]{"FAIL", "expected", " got ", "actual decisions", "PASS"}) {
            assertFalse(ours.contains(english), "'" + english + "' in Chinese mode: " + r.out());
        }
    }

    @Test
    void aMissingReasonIsOneLineNamingTheRule() throws IOException {
        Path folder = scenarios(FAILING.replace("outcome: ELIGIBLE}", "outcome: INELIGIBLE, reasons: [\"NX-C2b:MET\", \"NX-C2b\"]}"));

        Cli.Result r = Cli.run("test", folder.toString(), "--lang", "en");

        assertEquals("0 passed, 1 failed", r.lastLine(), r::toString);
        assertTrue(r.out().contains("s0.yaml:9  640122  NX-C2b: expected MET, got NOT_MET"), r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("FAIL  ")).count(), "the reason that is there is no failure: " + r.out());
    }

    @Test
    void anUnknownWordInAScenarioGetsADidYouMeanAndItsLine() throws IOException {
        Path folder = scenarios(FAILING.replace("outcome: ELIGIBLE}", "outcome: ELIGIBEL}"));

        Cli.Result r = Cli.run("test", folder.toString(), "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("s0.yaml:9:expect[0].outcome"), r.err());
        assertTrue(r.err().contains("did you mean ELIGIBLE?"), r.err());
    }

    @Test
    void anUnknownWordInTheFactsGetsADidYouMeanAndTheLineOfTheFact() throws IOException {
        Path folder = scenarios(FAILING.replace("grade: C,", "grade: c,"));

        Cli.Result en = Cli.run("test", folder.toString(), "--lang", "en");
        Cli.Result zh = Cli.run("test", folder.toString());

        assertEquals("0 passed, 1 failed", en.lastLine(), en::toString);
        assertTrue(en.out().contains("s0.yaml:5  -  fact monitoring[0].grade: expected accepted, got refused (c)"), en.out());
        assertTrue(en.out().contains("did you mean C?"), en.out());
        assertTrue(zh.out().contains("s0.yaml:5  -  事实 monitoring[0].grade：期望 被接受，实际 被拒绝（c）"), zh.out());
        assertTrue(zh.out().contains("是否应为 C？"), zh.out());
    }

    @Test
    void factsFromAFactsFileArePointedAtInThatFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(folder.resolve("facts.yaml"), """
                asOf: 2024-06-30
                monitoring:
                  - region: "640122"
                    year: 2023
                    grade: BB
                """);
        Files.writeString(folder.resolve("s.yaml"), """
                name: facts from a file
                factsFile: facts.yaml
                expect:
                  - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, kind: ELIGIBILITY, outcome: ELIGIBLE}
                """);

        Cli.Result r = Cli.run("test", folder.resolve("s.yaml").toString(), "--lang", "en");

        assertEquals("0 passed, 1 failed", r.lastLine(), r::toString);
        assertTrue(r.out().contains("facts.yaml:5  -  fact monitoring[0].grade"), r.out());
    }

    @Test
    void theClosingLineIsTheSameInChinese() throws IOException {
        Path folder = scenarios(PASSING, FAILING);

        Cli.Result r = Cli.run("test", folder.toString());

        assertEquals(1, r.code(), r::toString);
        assertEquals("1 passed, 1 failed", r.lastLine(), r::toString);
    }

    @Test
    void allPassingExitsZero() throws IOException {
        Path folder = scenarios(PASSING);

        Cli.Result r = Cli.run("test", folder.resolve("s0.yaml").toString(), "-v");

        assertEquals(0, r.code(), r::toString);
        assertEquals("1 passed, 0 failed", r.lastLine());
        assertTrue(r.out().contains("s0.yaml:1  A month 13 is refused"), r.out());
    }

    @Test
    void aMalformedScenarioFileExits2NamingTheField() throws IOException {
        Path folder = scenarios("""
                name: no expectations and a typo
                facts: {asOf: 2024-06-30}
                expcet: []
                """);

        Cli.Result r = Cli.run("test", folder.toString(), "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("expcet"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aFolderWithoutScenariosExits2() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Cli.Result r = Cli.run("test", empty.toString());

        assertEquals(2, r.code(), r::toString);
    }

    @Test
    void coverageFilesListEveryLoadedRuleAndTheSpecIdsWithoutOne() throws IOException {
        Path folder = scenarios(PASSING, FAILING);
        Path out = dir.resolve("cov");

        Cli.Result r = Cli.run("test", folder.toString(), "--modules", "ningxia", "--coverage", "--coverage-out",
                out.toString(), "--lang", "en");

        assertEquals(1, r.code(), r::toString);
        assertEquals("1 passed, 1 failed", r.lastLine(), "coverage comes before the closing line");
        JsonNode json = new ObjectMapper().readTree(out.resolve("coverage.json").toFile());
        assertEquals(2, json.get("scenarios").get("total").asInt());
        assertEquals(1, json.get("scenarios").get("failed").asInt());

        PolicyEngine ningxia = PolicyEngine.builder().modules("ningxia").build();
        int listed = 0;
        for (JsonNode m : json.get("modules")) {
            assertEquals("ningxia", m.get("module").asText());
            listed += m.get("rules").size();
        }
        assertEquals(ningxia.rules().size(), listed, "every loaded rule is listed");

        Set<String> implemented = ningxia.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        Set<String> expectedMissing = SpecIds.load(ningxia).stream()
                .filter(e -> e.module().equals("ningxia") && !implemented.contains(e.id()))
                .map(SpecIds.Entry::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>();
        json.get("specWithoutRule").forEach(e -> missing.add(e.get("id").asText()));
        assertEquals(expectedMissing, missing, "only ids of the loaded module, and only those with no rule");

        String html = Files.readString(out.resolve("coverage.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src="), "self-contained");
    }

    @Test
    void failUncoveredExits1WhenALoadedRuleHasNoScenario() throws IOException {
        // the refused-facts scenario fires no rule at all, so every loaded rule is uncovered
        Path folder = scenarios(PASSING);

        Cli.Result r = Cli.run("test", folder.toString(), "--fail-uncovered", "--lang", "en");

        boolean anyRule = !Cli.engine().rules().isEmpty();
        assertEquals(anyRule ? 1 : 0, r.code(), r::toString);
        assertEquals("1 passed, 0 failed", r.lastLine());
    }

    @Test
    void aFailureWritingCoverageIsOneLineAndExit3() throws IOException {
        Path folder = scenarios(PASSING);
        Path notADir = Files.writeString(dir.resolve("file.txt"), "x");

        Cli.Result r = Cli.run("test", folder.toString(), "--coverage-out", notADir.toString(), "--lang", "en");

        assertEquals(3, r.code(), r::toString);
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("policy-rules: ")).count(), r.err());
        assertTrue(r.err().contains("--debug"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertTrue(r.out().isEmpty() || !r.out().contains(" passed, "), "no closing line after a failure: " + r.out());
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path folder = scenarios(PASSING);
        Path notADir = Files.writeString(dir.resolve("file.txt"), "x");

        Cli.Result r = Cli.run("test", folder.toString(), "--coverage-out", notADir.toString(), "--debug");

        assertEquals(3, r.code(), r::toString);
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
