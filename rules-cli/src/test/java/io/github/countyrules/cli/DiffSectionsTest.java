package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.ReportDiff;
import io.github.countyrules.core.api.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code diff} over every section of the report, with real edits to copies of the shipped rule
 * folders: a combining rule that drops a criterion, a progress count that falls, and a parameter
 * whose effect is partly outcomes, partly wording.
 */
class DiffSectionsTest {
    private static final Path NATIONAL = Path.of("..", "examples", "data", "national-2025.yaml");
    private static final Path NINGXIA = Path.of("..", "examples", "data", "ningxia-2025.yaml");

    /** 640122 has every Ningxia county criterion met but NX-C4, on which no finding is on record. */
    private static final String NO_PLAN_FINDING = """
            asOf: 2025-06-30
            monitoring:
              - {region: "640122", year: 2022, grade: B, score: 60.0, published: 2023-05-10}
              - {region: "640122", year: 2023, grade: B, score: 61.0, published: 2024-05-10}
              - {region: "640122", year: 2024, grade: B, score: 62.0, published: 2025-05-10}
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2025, submitted: 2025-03-10}
            attestations:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, key: PARTY_GOVT_PRIORITY, value: true, date: 2025-06-10}
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, key: TYPICAL_EXPERIENCE, value: true, date: 2025-06-10}
            """;

    @TempDir
    Path dir;

    /** The shipped module's rule files and table, copied from the jar into {@code to}. */
    static Path copyOfShipped(String module, Path to) throws IOException {
        Files.createDirectories(to);
        Set<String> files = new TreeSet<>();
        for (RuleInfo r : Cli.engine().rules()) {
            if (r.module().equals(module)) {
                files.add(r.file());
            }
        }
        assumeTrue(!files.isEmpty(), "the " + module + " module has rules");
        String folder = files.iterator().next().substring(0, files.iterator().next().lastIndexOf('/'));
        files.add(folder + "/parameters.yaml");
        for (String f : files) {
            try (InputStream in = DiffSectionsTest.class.getClassLoader().getResourceAsStream(f)) {
                assertNotNull(in, f);
                Files.write(to.resolve(f.substring(f.lastIndexOf('/') + 1)), in.readAllBytes());
            }
        }
        return to;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), "the shipped " + file.getFileName() + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void droppingACriterionFromTheCombiningRuleNamesTheCombiningRule() throws IOException {
        Path folder = copyOfShipped("ningxia", dir.resolve("ningxia"));
        edit(folder.resolve("eligibility-county.drl"), "\"NX-C3\", \"NX-C4\"));", "\"NX-C3\"));");
        Path facts = dir.resolve("facts.yaml");
        Files.writeString(facts, NO_PLAN_FINDING);

        Cli.Result text = Cli.run("diff", "--rules", folder.toString(), facts.toString(), "--modules", "ningxia");
        Cli.Result json = Cli.run("diff", "--rules", folder.toString(), facts.toString(), "--modules", "ningxia", "--format", "json");

        assertEquals(0, text.code(), text::toString);
        assertTrue(text.out().contains("ningxia NX-C 自治区创新型县(区)申报条件须全部满足（eligibility-county.drl）：已修改"), text.out());
        assertTrue(text.out().contains("结果改变：无法确定 → 符合条件"), text.out());
        assertTrue(text.out().contains("起因规则：NX-C(规则已修改)"), text.out());
        assertTrue(text.out().contains("两侧理由相同：结果的改变来自组合这些理由的规则 NX-C"), text.out());
        assertFalse(text.out().contains("没有不同的理由"), text.out());
        JsonNode change = json.json().get("files").get(0).get("changes").get(0);
        assertEquals("outcome", change.get("sort").asText());
        assertEquals("NX-C", change.get("rulesEdited").get(0).asText());
        assertEquals("NX-C", json.json().get("rulesEdited").get(0).get("id").asText());
    }

    @Test
    void aProgressCountThatFallsIsShown() throws IOException {
        assumeTrue(Files.isRegularFile(NATIONAL), "the national example is at " + NATIONAL);
        Path folder = copyOfShipped("national", dir.resolve("national"));
        // only passed or rectifying counties count towards the 2025 target
        edit(folder.resolve("programme-targets.drl"),
                "outcome in (NationalOutcome.UNDER_CONSTRUCTION, NationalOutcome.IN_PROGRESS, NationalOutcome.RECTIFICATION, NationalOutcome.PASSED)",
                "outcome in (NationalOutcome.RECTIFICATION, NationalOutcome.PASSED)");

        Cli.Result json = Cli.run("diff", "--rules", folder.toString(), NATIONAL.toString(), "--modules", "national", "--format", "json");
        Cli.Result text = Cli.run("diff", "--rules", folder.toString(), NATIONAL.toString(), "--modules", "national", "--exit-code");

        assertEquals(0, json.code(), json::toString);
        JsonNode p = json.json().get("files").get(0).get("progress").get(0);
        assertEquals("CN-K1", p.get("rule").asText());
        int before = p.get("before").get("count").asInt();
        int after = p.get("after").get("count").asInt();
        assertEquals(9, before, "the example counts 9 counties today");
        assertTrue(after < before, p::toString);
        assertTrue(text.out().contains("进度的变化："), text.out());
        assertTrue(text.out().contains("国家创新型县(市)（CN-K1）：9 / 100 → " + after + " / 100"), text.out());
        assertEquals(1, text.code(), "a progress change is a change for --exit-code: " + text);
    }

    @Test
    void outcomeChangesComeFirstAndWordingOnlyChangesLastGroupedByRule() throws IOException {
        assumeTrue(Files.isRegularFile(NINGXIA), "the Ningxia example is at " + NINGXIA);
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "ningxia.markedDeclineShare: 0.15\nningxia.minimumGrade: C\n");

        Cli.Result json = Cli.run("diff", "--parameters", params.toString(), NINGXIA.toString(), "--format", "json");
        Cli.Result text = Cli.run("diff", "--parameters", params.toString(), NINGXIA.toString(), "--lang", "en");

        assertEquals(0, json.code(), json::toString);
        List<String> sorts = new ArrayList<>();
        json.json().get("files").get(0).get("changes").forEach(c -> sorts.add(c.get("sort").asText()));
        assertTrue(sorts.contains("outcome") && sorts.contains("wording"), sorts::toString);
        List<String> ordered = new ArrayList<>(sorts);
        ordered.sort(java.util.Comparator.comparingInt(ReportDiff.SORTS::indexOf));
        assertEquals(ordered, sorts, "outcome changes first, wording-only last");
        // the parameters in force are a section of their own
        JsonNode inForce = json.json().get("files").get(0).get("parametersInForce");
        assertTrue(inForce.toString().contains("ningxia.markedDeclineShare"), inForce::toString);

        String out = text.out();
        int outcome = out.indexOf("outcome changed (");
        int wording = out.indexOf("only values or wording in the reasons changed (grouped by rule)");
        assertTrue(outcome > 0 && wording > outcome, out);
        // wording-only changes are grouped: one line per rule, not one block per decision
        assertTrue(out.substring(wording).contains("NX-D2: "), out.substring(wording));
        assertTrue(out.contains("parameters in force:"), out);
    }

    @Test
    void anUneditedCopyShowsNoRuleEditsAndKeepsEveryRolesWords() throws IOException {
        assumeTrue(Files.isRegularFile(NINGXIA), "the Ningxia example is at " + NINGXIA);
        Path folder = copyOfShipped("ningxia", dir.resolve("same"));

        Cli.Result json = Cli.run("diff", "--rules", folder.toString(), NINGXIA.toString(), "--modules", "ningxia", "--format", "json");
        Cli.Result text = Cli.run("evaluate", NINGXIA.toString(), "--rules", folder.toString(), "--modules", "ningxia", "--region", "640105");

        assertEquals(0, json.code(), json::toString);
        // compiled from DRL at load, the copy keeps @role and every other metadata entry
        assertEquals(0, json.json().get("rulesEdited").size(), json.json().get("rulesEdited")::toString);
        assertEquals(0, json.json().get("changes").asInt(), json::toString);
        assertTrue(text.out().contains("NX-L3 [NX-GUIDE 四(四)] 未触发："), text.out());
    }
}
