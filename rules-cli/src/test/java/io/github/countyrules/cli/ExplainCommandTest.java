package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.Explanation;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.RuleRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code explain}, {@code evaluate --region} and the status words of a rule's role. */
class ExplainCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "data", "ningxia-2025.yaml");

    /**
     * 640122 applies with class C: NX-C2b is not met and decides INELIGIBLE; the other criteria are
     * listed too. 640105 is under construction with its 2024 report in time, so NX-L3 (a trigger)
     * did not fire.
     */
    private static final String FACTS = """
            asOf: 2024-06-30
            monitoring:
              - {region: "640122", year: 2023, grade: C, score: 50.5, published: 2024-05-10}
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
            """;

    @TempDir
    Path dir;

    private Path facts() throws IOException {
        Path p = dir.resolve("facts.yaml");
        Files.writeString(p, FACTS);
        return p;
    }

    @Test
    void explainListsEveryCriterionAndMarksTheOneThatDecided() throws IOException {
        Cli.Result r = Cli.run("explain", facts().toString(), "--region", "640122", "--program", "NINGXIA_INNOVATIVE_COUNTY");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("不符合条件"), r.out());
        assertTrue(r.out().contains("决定结果的理由：NX-C2b 不满足"), r.out());
        assertTrue(r.out().contains("▶ NX-C2b"), r.out());
        // criteria that are met or unknown are listed as well: why-not shows the whole picture
        assertTrue(r.out().contains("- NX-C1 "), r.out());
        assertFalse(r.out().contains("NOT_MET"), r.out());
    }

    @Test
    void explainJsonCarriesRoleStatusTextAndDecisive() throws IOException {
        Cli.Result r = Cli.run("explain", facts().toString(), "--region", "640122", "--format", "json");

        assertEquals(0, r.code(), r::toString);
        JsonNode d = r.json().get("decisions").get(0);
        assertEquals("INELIGIBLE", d.get("outcome").asText());
        assertEquals("NX-C2b", d.get("decisive").get(0).asText());
        JsonNode c2b = null;
        for (JsonNode c : d.get("criteria")) {
            if (c.get("rule").asText().equals("NX-C2b")) {
                c2b = c;
            }
        }
        assertEquals("criterion", c2b.get("role").asText());
        assertEquals("NOT_MET", c2b.get("status").asText());
        assertEquals("不满足", c2b.get("statusText").get("zh").asText());
        assertTrue(c2b.get("decisive").asBoolean());
    }

    @Test
    void aTriggerThatDidNotFireReadsNotTriggeredNeverNotMet() {
        Explanation x = Cli.engine().explain(Facts.fromYaml(EXAMPLE), "640105", "NINGXIA_INNOVATIVE_COUNTY");

        Explanation.Criterion l3 = x.decisions().stream().flatMap(i -> i.criteria().stream())
                .filter(c -> c.reason().rule().equals("NX-L3")).findFirst().orElseThrow();
        assertEquals(RuleRole.TRIGGER, l3.role());
        assertEquals("未触发", l3.statusZh());
        assertFalse(l3.decisive(), "a report sent in time decides nothing");

        Cli.Result text = Cli.run("evaluate", EXAMPLE.toString(), "--region", "640105");
        assertEquals(0, text.code(), text::toString);
        assertTrue(text.out().contains("NX-L3 [NX-GUIDE 四(四)] 未触发："), text.out());
        assertFalse(text.out().contains("不满足 NOT_MET"), text.out());
        Cli.Result en = Cli.run("evaluate", EXAMPLE.toString(), "--region", "640105", "--lang", "en");
        assertTrue(en.out().contains("NX-L3 [NX-GUIDE 四(四)] NOT_MET (not triggered)"), en.out());
    }

    @Test
    void evaluateRegionKeepsOnlyThatRegionsDecisions() {
        Cli.Result all = Cli.run("evaluate", EXAMPLE.toString(), "--format", "json");
        Cli.Result one = Cli.run("evaluate", EXAMPLE.toString(), "--format", "json", "--region", "640105");

        assertEquals(0, one.code(), one::toString);
        assertTrue(all.json().get("decisions").size() > one.json().get("decisions").size());
        assertTrue(one.json().get("decisions").size() > 0);
        one.json().get("decisions").forEach(d -> assertEquals("640105", d.get("region").asText()));
        assertEquals(all.json().get("progress"), one.json().get("progress"), "the rest of the report stays");
    }

    @Test
    void anUnknownRegionOrProgrammeIsAnInputErrorNamingTheOption() throws IOException {
        Cli.Result region = Cli.run("explain", facts().toString(), "--region", "999999");
        assertEquals(2, region.code(), region::toString);
        assertTrue(region.err().contains("--region 999999"), region::toString);

        Cli.Result program = Cli.run("explain", facts().toString(), "--region", "640122", "--program", "GANSU_TECH_PARK", "--lang", "en");
        assertEquals(2, program.code(), program::toString);
        assertTrue(program.err().contains("--program GANSU_TECH_PARK"), program::toString);
        assertTrue(program.err().contains("NINGXIA_INNOVATIVE_COUNTY"), "names the programmes there are: " + program);

        Cli.Result evaluate = Cli.run("evaluate", facts().toString(), "--region", "99999x");
        assertEquals(2, evaluate.code(), evaluate::toString);
    }

    @Test
    void aLongMissingListIsSummarisedByFactAndCount() {
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            missing.add("techTransactions.2017[" + (620000 + (i / 50 + 1) * 100 + i % 50 + 1) + "]");
        }
        missing.add("techTransactions.2018[620121]");
        assertEquals("2017 年技术交易额：缺 130 个县；2018 年技术交易额：缺 1 个县", Labels.missing(missing, Lang.zh));
        assertEquals("2017 年监测评价等级、第 1 轮验收结果", Labels.missing(List.of("monitoring.2017.grade", "acceptance.1.result"), Lang.zh));
    }
}
