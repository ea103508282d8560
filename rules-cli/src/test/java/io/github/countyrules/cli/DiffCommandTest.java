package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.rules.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code diff}: the decisions that change when a threshold changes, checked against an independent
 * decision-by-decision comparison of the two engines' reports.
 */
class DiffCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "data", "ningxia-2025.yaml");

    @TempDir
    static Path shared;

    /** A copy of the shipped Ningxia folder whose minimum monitoring class is C instead of B. */
    private static Path gradeC;

    @TempDir
    Path dir;

    @BeforeAll
    static void copyTheNingxiaFolder() throws IOException {
        assumeTrue(Files.isRegularFile(EXAMPLE), "the example facts are at " + EXAMPLE.toAbsolutePath());
        gradeC = copyOfShippedNingxia(shared.resolve("ningxia"));
        Path table = gradeC.resolve("parameters.yaml");
        String text = Files.readString(table);
        // the one value under ningxia.minimumGrade: B becomes C
        int at = text.indexOf("ningxia.minimumGrade:");
        int value = text.indexOf("value: B}", at);
        assertTrue(at >= 0 && value > at, "ningxia.minimumGrade is B in the shipped table:\n" + text);
        Files.writeString(table, text.substring(0, value) + "value: C}" + text.substring(value + "value: B}".length()));
    }

    /**
     * The rule files and table exactly as the shipped jar has them (not the source tree, which may
     * be ahead of the installed jar), so "before" and "after" differ only by the edit.
     */
    static Path copyOfShippedNingxia(Path to) throws IOException {
        Files.createDirectories(to);
        Set<String> files = new TreeSet<>();
        for (RuleInfo r : Cli.engine().rules()) {
            if (r.module().equals("ningxia")) {
                files.add(r.file());
            }
        }
        assumeTrue(!files.isEmpty(), "the Ningxia module has rules");
        String folder = files.iterator().next().substring(0, files.iterator().next().lastIndexOf('/'));
        files.add(folder + "/parameters.yaml");
        for (String f : files) {
            try (InputStream in = DiffCommandTest.class.getClassLoader().getResourceAsStream(f)) {
                assertNotNull(in, f);
                Files.write(to.resolve(f.substring(f.lastIndexOf('/') + 1)), in.readAllBytes());
            }
        }
        return to;
    }

    /** A decision's identity: region, programme, kind, year and, for alerts, which alert. */
    private static String key(String region, String program, String kind, Integer year, String alert) {
        return region + "|" + program + "|" + kind + "|" + year + "|" + alert;
    }

    private static String key(Decision d) {
        return key(d.region(), d.program() == null ? null : d.program().name(), d.kind().name(), d.year(),
                d.kind() == Kind.ALERT ? d.outcome().name() : null);
    }

    private static boolean sameReasons(Decision a, Decision b) {
        if (a.reasons().size() != b.reasons().size()) {
            return false;
        }
        for (int i = 0; i < a.reasons().size(); i++) {
            Reason x = a.reasons().get(i);
            Reason y = b.reasons().get(i);
            if (!(x.rule().equals(y.rule()) && x.status() == y.status() && x.facts().equals(y.facts())
                    && x.parameters().equals(y.parameters()) && Objects.equals(x.zh(), y.zh()) && Objects.equals(x.en(), y.en()))) {
                return false;
            }
        }
        return true;
    }

    /** The keys of the decisions that differ between two reports, compared one by one. */
    private static Set<String> changedKeys(Report before, Report after) {
        Map<String, Decision> a = new HashMap<>();
        Map<String, Decision> b = new HashMap<>();
        before.decisions().forEach(d -> a.put(key(d), d));
        after.decisions().forEach(d -> b.put(key(d), d));
        Set<String> out = new TreeSet<>();
        for (String k : a.keySet()) {
            Decision x = a.get(k);
            Decision y = b.get(k);
            if (y == null || x.outcome() != y.outcome() || !sameReasons(x, y)) {
                out.add(k);
            }
        }
        for (String k : b.keySet()) {
            if (!a.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static Set<String> keysOf(JsonNode diff) {
        Set<String> out = new TreeSet<>();
        for (JsonNode file : diff.get("files")) {
            for (JsonNode c : file.get("changes")) {
                out.add(key(c.get("region").asText(), c.get("program").isNull() ? null : c.get("program").asText(),
                        c.get("kind").asText(), c.has("year") ? c.get("year").asInt() : null,
                        c.has("alert") ? c.get("alert").asText() : null));
            }
        }
        return out;
    }

    private static JsonNode change(JsonNode diff, String region, String kind) {
        for (JsonNode c : diff.get("files").get(0).get("changes")) {
            if (c.get("region").asText().equals(region) && c.get("kind").asText().equals(kind)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aThresholdChangedInARulesFolderListsExactlyTheDecisionsThatChange() {
        // Given the shipped rules and a copy whose minimum class is C, over the 2025 Ningxia example
        Facts facts = Facts.fromYaml(EXAMPLE);
        Report before = Cli.engine().evaluate(facts);
        Report after = PolicyEngine.builder().rulesFrom(gradeC).build().evaluate(facts);
        Set<String> expected = changedKeys(before, after);

        // When
        Cli.Result r = Cli.run("diff", "--rules", gradeC.toString(), EXAMPLE.toString(), "--format", "json");

        // Then exactly those decisions are listed
        assertEquals(0, r.code(), r::toString);
        JsonNode json = r.json();
        assertFalse(expected.isEmpty(), "lowering the bar to class C changes something");
        assertEquals(expected, keysOf(json));
        assertEquals(expected.size(), json.get("changes").asInt());

        // 平罗县's latest class is C: ineligible with B as the bar, eligible with C, and NX-C2b says why on each side
        assertTrue(before.decision("640221", Program.of("NINGXIA_INNOVATIVE_COUNTY"), Kind.ELIGIBILITY)
                .map(d -> d.outcome() == Outcome.INELIGIBLE).orElse(false), "the example's class C county is ineligible today");
        JsonNode pingluo = change(json, "640221", "ELIGIBILITY");
        assertNotNull(pingluo, json::toPrettyString);
        assertEquals("outcome", pingluo.get("change").asText());
        assertEquals("INELIGIBLE", pingluo.get("before").get("outcome").asText());
        assertEquals("ELIGIBLE", pingluo.get("after").get("outcome").asText());
        assertTrue(pingluo.get("rulesChanged").toString().contains("NX-C2b"), pingluo::toPrettyString);
        assertTrue(json.get("perRule").get("NX-C2b").asInt() >= 1, json.get("perRule")::toString);

        // and a decision the grade does not touch is not listed: a construction status in Ningxia
        Decision status = before.decisions().stream()
                .filter(d -> d.program() == Program.of("NINGXIA_INNOVATIVE_COUNTY") && d.kind() == Kind.STATUS)
                .findFirst().orElseThrow();
        assertFalse(keysOf(json).contains(key(status)), status::toString);
    }

    @Test
    void exitCodeOneMeansChangesOnlyWithTheOption() throws IOException {
        Path same = Files.writeString(dir.resolve("same.yaml"), "ningxia.minimumGrade: B\n");
        Path lower = Files.writeString(dir.resolve("lower.yaml"), "parameters:\n  ningxia.minimumGrade: C\n");

        Cli.Result changed = Cli.run("diff", "--parameters", lower.toString(), EXAMPLE.toString(), "--exit-code", "--format", "json");
        Cli.Result unchanged = Cli.run("diff", "--parameters", same.toString(), "--parameters", same.toString(),
                EXAMPLE.toString(), "--exit-code", "--lang", "en");

        assertEquals(1, changed.code(), changed::toString);
        assertNotNull(change(changed.json(), "640221", "ELIGIBILITY"), changed::toString);
        assertEquals(0, unchanged.code(), unchanged::toString);
        assertTrue(unchanged.lastLine().contains(" 0 decision(s) changed"), unchanged::toString);
    }

    @Test
    void aParameterFileGivesTheSameChangesAsTheEditedFolder() throws IOException {
        Path lower = Files.writeString(dir.resolve("lower.yaml"), "ningxia.minimumGrade: C\n");

        Cli.Result byFile = Cli.run("diff", "--parameters", lower.toString(), EXAMPLE.toString(), "--format", "json");
        Cli.Result byFolder = Cli.run("diff", "--rules", gradeC.toString(), EXAMPLE.toString(), "--format", "json");

        assertEquals(0, byFile.code(), byFile::toString);
        assertEquals(keysOf(byFolder.json()), keysOf(byFile.json()));
        assertEquals("C", byFile.json().get("after").get("parameters").get("ningxia.minimumGrade").asText());
    }

    @Test
    void textNamesTheChangedDecisionWithBothOutcomes() {
        Cli.Result r = Cli.run("diff", "--rules", gradeC.toString(), EXAMPLE.toString(), "--lang", "en");

        assertEquals(0, r.code(), r::toString);
        String block = r.out().substring(r.out().indexOf("640221"));
        assertTrue(block.contains("INELIGIBLE → ELIGIBLE"), r::toString);
        assertTrue(block.contains("NX-C2b"), r::toString);
    }

    @Test
    void aRulesFolderThatDoesNotCompileIsAnInputErrorWithFileLineColumn() throws IOException {
        Path broken = copyOfShippedNingxia(dir.resolve("broken"));
        Path drl;
        try (var files = Files.list(broken)) {
            drl = files.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(drl, Files.readString(drl).replaceFirst("\nwhen\n", "\nwhn\n"));

        Cli.Result r = Cli.run("diff", "--rules", gradeC.toString(), "--rules", broken.toString(), EXAMPLE.toString(), "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(drl + ":") && l.matches(".*:\\d+:\\d+: .*")), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aRefusedParameterFileNamesEachBadParameter() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "ningxia.minimumGrad: C\nningxia.constructionYears: 0\n");

        Cli.Result r = Cli.run("diff", "--parameters", bad.toString(), EXAMPLE.toString(), "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("parameters.ningxia.minimumGrad"), r::toString);
        assertTrue(r.err().contains("parameters.ningxia.constructionYears"), r::toString);
    }

    @Test
    void inputMistakesExitTwo() throws IOException {
        Path list = Files.writeString(dir.resolve("list.yaml"), "- ningxia.minimumGrade\n");
        Path badFacts = Files.writeString(dir.resolve("facts.yaml"), "asOf: 2025-02-30\n");
        Path ok = Files.writeString(dir.resolve("ok.yaml"), "ningxia.minimumGrade: C\n");

        Cli.Result nothing = Cli.run("diff", EXAMPLE.toString());
        Cli.Result notAMap = Cli.run("diff", "--parameters", list.toString(), EXAMPLE.toString());
        Cli.Result refused = Cli.run("diff", "--parameters", ok.toString(), badFacts.toString(), "--format", "json");
        Cli.Result threeSides = Cli.run("diff", "--parameters", ok.toString(), "--parameters", ok.toString(),
                "--parameters", ok.toString(), EXAMPLE.toString());

        assertEquals(2, nothing.code(), nothing::toString);
        assertEquals(2, notAMap.code(), notAMap::toString);
        assertEquals(2, refused.code(), refused::toString);
        assertTrue(refused.json().get("errors").get(0).get("path").asText().contains("asOf"), refused::toString);
        assertEquals(2, threeSides.code(), threeSides::toString);
    }

    @Test
    void aCopiedFolderWithoutModuleYamlKeepsTheShippedTitle() {
        String shipped = Cli.engine().moduleInfos().stream().filter(m -> m.name().equals("ningxia"))
                .findFirst().orElseThrow().titleEn();

        Cli.Result r = Cli.run("rules", "--modules", "ningxia", "--rules", gradeC.toString(), "--format", "json");

        assertEquals(0, r.code(), r::toString);
        JsonNode module = r.json().get("modules").get(0);
        assertEquals(gradeC.toString(), module.get("origin").asText());
        assertEquals(shipped, module.get("title").get("en").asText());
    }
}
