package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EvaluateCommandTest {
    /**
     * A Ningxia county whose latest monitoring class is C applies: NX-C2b is NOT_MET, and POLICY-SPEC
     * 1.1 makes any NOT_MET criterion INELIGIBLE whatever the other criteria say.
     */
    private static final String CLASS_C_COUNTY = """
            asOf: 2024-06-30
            monitoring:
              - {region: "640122", year: 2023, grade: C, score: 50.5, published: 2024-05-10}
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
            """;

    /** Three mistakes of different kinds, each of which must be reported with its path. */
    private static final String THREE_MISTAKES = """
            asOf: 2024-06-30
            colour: blue
            monitoring:
              - {region: "640122", year: 2023, grade: C, score: 50.5, published: 2024-13-45}
            applications:
              - {region: "999999", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** The decision of a region, programme and kind in a JSON report; fails when there is none. */
    private static JsonNode find(JsonNode report, String region, String program, String kind) {
        for (JsonNode d : report.get("decisions")) {
            if (d.get("region").asText().equals(region) && d.get("program").asText().equals(program)
                    && d.get("kind").asText().equals(kind)) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " decision for " + region + " in " + program + ": " + report);
    }

    @Test
    void jsonReportNamesTheAsOfDateAndRuleSet() throws IOException {
        Path facts = write("empty.yaml", "asOf: 2025-06-30\n");

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--format", "json");

        assertEquals(0, r.code(), r::toString);
        JsonNode json = r.json();
        assertEquals("2025-06-30", json.get("asOf").asText());
        assertEquals(Cli.engine().modules().size(), json.get("ruleSet").get("modules").size());
        assertTrue(json.get("ruleSet").get("digest").asText().startsWith("sha256:"));
        assertEquals(0, json.get("errors").size());
        assertTrue(json.get("decisions").isArray());
    }

    @Test
    void theTextHeaderNamesEachModuleWithItsTitle() throws IOException {
        Path facts = write("empty.yaml", "asOf: 2025-06-30\n");

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--lang", "en");

        assertEquals(0, r.code(), r::toString);
        for (io.github.countyrules.core.api.ModuleInfo m : Cli.engine().moduleInfos()) {
            assertTrue(r.out().contains(m.titleEn()), r.out());
        }
    }

    @Test
    void jsonReportCarriesTheDecisionAndItsReason() throws IOException {
        assumeTrue(Cli.hasRules("ningxia"), "the Ningxia module has no rules yet");
        Path facts = write("class-c.yaml", CLASS_C_COUNTY);

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--format", "json", "--modules", "ningxia");

        assertEquals(0, r.code(), r::toString);
        JsonNode decision = find(r.json(), "640122", "NINGXIA_INNOVATIVE_COUNTY", "ELIGIBILITY");
        assertEquals("INELIGIBLE", decision.get("outcome").asText());
        assertEquals(2024, decision.get("year").asInt());
        JsonNode reason = null;
        for (JsonNode x : decision.get("reasons")) {
            if (x.get("rule").asText().equals("NX-C2b")) {
                reason = x;
            }
        }
        assertTrue(reason != null, "NX-C2b among the reasons: " + decision);
        assertEquals("NOT_MET", reason.get("status").asText());
        assertFalse(reason.get("message").get("zh").asText().isBlank());
        assertFalse(reason.get("message").get("en").asText().isBlank());
    }

    @Test
    void aPassedFirstAcceptanceComesOutPassed() throws IOException {
        assumeTrue(Cli.hasRules("national"), "the national module has no rules yet");
        // CN-A2: all four steps of the first acceptance on record, result PASS -> PASSED
        Path facts = write("passed.yaml", """
                asOf: 2022-12-31
                designations:
                  - {region: "640323", program: NATIONAL_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION,
                     since: 2018-01-01, theme: LIVELIHOOD}
                acceptance:
                  - {region: "640323", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: SUMMARY_SUBMITTED, date: 2022-04-10}
                  - {region: "640323", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: VIDEO_DEFENCE, date: 2022-05-20}
                  - {region: "640323", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: ONSITE_REVIEW, date: 2022-06-15}
                  - {region: "640323", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: RESULT_PUBLISHED,
                     date: 2022-08-30, result: PASS}
                """);

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--format", "json", "--modules", "national");

        assertEquals(0, r.code(), r::toString);
        JsonNode status = find(r.json(), "640323", "NATIONAL_INNOVATIVE_COUNTY", "STATUS");
        assertEquals("PASSED", status.get("outcome").asText());
        assertEquals("盐池县", status.get("regionName").asText(), "the shipped division table names the county");
        boolean a2 = false;
        for (JsonNode reason : status.get("reasons")) {
            a2 |= reason.get("rule").asText().equals("CN-A2");
        }
        assertTrue(a2, "CN-A2 among the reasons: " + status);
        assertEquals(List.of("national"), List.of(r.json().get("ruleSet").get("modules").get(0).asText()));
        assertEquals(1, r.json().get("ruleSet").get("modules").size(), "--modules loads only that module");
    }

    @Test
    void textReportShowsRegionDecisionAndReasonInEitherLanguage() throws IOException {
        assumeTrue(Cli.hasRules("ningxia"), "the Ningxia module has no rules yet");
        Path facts = write("class-c.yaml", CLASS_C_COUNTY);

        Cli.Result zh = Cli.run("evaluate", facts.toString(), "--modules", "ningxia");
        Cli.Result en = Cli.run("evaluate", facts.toString(), "--modules", "ningxia", "--lang", "en");

        assertEquals(0, zh.code(), zh::toString);
        assertEquals(0, en.code(), en::toString);
        for (String out : List.of(zh.out(), en.out())) {
            assertTrue(out.contains("640122"), out);
            assertTrue(out.contains("NX-C2b"), out);
        }
        assertTrue(zh.out().contains("不符合条件"), zh.out());
        assertTrue(en.out().contains("INELIGIBLE"), en.out());
        assertFalse(en.out().contains("不符合条件"), en.out());
        // the Chinese text names outcomes, programmes and statuses in words, never by their codes
        for (String code : List.of("INELIGIBLE", "NOT_MET", "NINGXIA_INNOVATIVE_COUNTY", "ELIGIBILITY")) {
            assertFalse(zh.out().contains(code), code + " in the Chinese text:\n" + zh.out());
        }
        assertTrue(zh.out().contains("NX-C2b [NX-GUIDE 三(二)2] 不满足："), zh.out());
        assertTrue(zh.out().contains("2023 年监测评价等级 = C"), "fact names and values in words: " + zh.out());
    }

    @Test
    void everyInputErrorIsListedInTheJsonReportWithExit2() throws IOException {
        Path facts = write("bad.yaml", THREE_MISTAKES);

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--format", "json");

        assertEquals(2, r.code(), r::toString);
        JsonNode json = r.json();
        assertEquals(0, json.get("decisions").size());
        List<String> paths = new ArrayList<>();
        json.get("errors").forEach(e -> paths.add(e.get("path").asText()));
        assertTrue(paths.containsAll(List.of("colour", "monitoring[0].published", "applications[0].region")), paths::toString);
        for (JsonNode e : json.get("errors")) {
            assertFalse(e.get("message").get("zh").asText().isBlank());
            assertFalse(e.get("message").get("en").asText().isBlank());
        }
    }

    @Test
    void textInputErrorsNamePathMessageAndValueWithoutAStackTrace() throws IOException {
        Path facts = write("bad.yaml", THREE_MISTAKES);

        Cli.Result en = Cli.run("evaluate", facts.toString(), "--lang", "en");
        Cli.Result zh = Cli.run("evaluate", facts.toString());

        assertEquals(2, en.code(), en::toString);
        assertEquals(2, zh.code(), zh::toString);
        assertTrue(en.err().lines().anyMatch(l -> l.startsWith("monitoring[0].published: ") && l.endsWith("(found: 2024-13-45)")),
                en.err());
        assertTrue(en.err().lines().anyMatch(l -> l.startsWith("applications[0].region: ") && l.endsWith("(found: 999999)")),
                en.err());
        assertTrue(en.err().lines().anyMatch(l -> l.startsWith("colour: ")), en.err());
        assertTrue(zh.err().contains("2024-13-45") && zh.err().contains("实际值"), zh.err());
        assertFalse(en.err().contains("\tat "), "no stack trace");
        assertTrue(en.out().isEmpty(), "no report on stdout: " + en.out());
    }

    @Test
    void anUnknownParameterIsAnInputErrorFoundAtEvaluation() throws IOException {
        // parameters are checked by the engine, not the reader: the second way input is refused
        Path facts = write("param.yaml", """
                asOf: 2025-06-30
                parameters:
                  no.such.parameter: 3
                """);

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--format", "json");

        assertEquals(2, r.code(), r::toString);
        JsonNode json = r.json();
        assertEquals("2025-06-30", json.get("asOf").asText());
        assertEquals("parameters.no.such.parameter", json.get("errors").get(0).get("path").asText());
    }

    @Test
    void aMissingFactsFileIsAnInputError() {
        Cli.Result r = Cli.run("evaluate", dir.resolve("nowhere.yaml").toString(), "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("nowhere.yaml"), r.err());
    }

    @Test
    void anUnknownModuleIsAUsageError() throws IOException {
        Path facts = write("empty.yaml", "asOf: 2025-06-30\n");

        Cli.Result r = Cli.run("evaluate", facts.toString(), "--modules", "tibet", "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("tibet"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void usageErrorsExit2WithPicocliMessage() {
        Cli.Result noFile = Cli.run("evaluate");
        Cli.Result badFormat = Cli.run("evaluate", "x.yaml", "--format", "xml");
        Cli.Result noCommand = Cli.run();
        Cli.Result unknown = Cli.run("evaluate", "x.yaml", "--colour");

        assertEquals(2, noFile.code(), noFile::toString);
        assertTrue(noFile.err().contains("FACTS"), noFile.err());
        assertEquals(2, badFormat.code(), badFormat::toString);
        assertTrue(badFormat.err().contains("xml"), badFormat.err());
        assertEquals(2, noCommand.code(), noCommand::toString);
        assertEquals(2, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("--colour"), unknown.err());
    }

    @Test
    void helpAndVersionWorkOnEveryCommand() {
        for (String cmd : List.of("evaluate", "test", "rules")) {
            Cli.Result help = Cli.run(cmd, "--help");
            Cli.Result version = Cli.run(cmd, "--version");
            assertEquals(0, help.code(), help::toString);
            assertTrue(help.out().contains("policy-rules " + cmd), help.out());
            assertEquals(0, version.code(), version::toString);
            assertTrue(version.out().startsWith("policy-rules "), version.out());
        }
        Cli.Result top = Cli.run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("evaluate") && top.out().contains("test") && top.out().contains("rules"), top.out());
    }
}
