package io.github.countyrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** JSON read by the JSON parser, YAML by the YAML parser, one tree; lines of values; did-you-mean. */
class YamlReadingTest {
    private static final String YAML = """
            asOf: 2024-06-30
            monitoring:
              - {region: "640122", year: 2023, grade: B, score: 61.50, published: 2024-06-15}
            """;
    private static final String JSON = """
            {"asOf": "2024-06-30",
             "monitoring": [{"region": "640122", "year": 2023, "grade": "B", "score": 61.50, "published": "2024-06-15"}]}
            """;

    @Test
    void jsonAndYamlOfTheSameFactsGiveTheSameTreeAndFacts() {
        Errors err = new Errors();
        JsonNode y = Yaml.parse(YAML, err);
        JsonNode j = Yaml.parse(JSON, err);
        assertTrue(err.isEmpty(), err.list().toString());
        assertEquals(y, j);
        assertEquals(0, new BigDecimal("61.5").compareTo(j.get("monitoring").get(0).get("score").decimalValue()),
                "decimals stay exact");
        assertTrue(j.get("monitoring").get(0).get("score").isBigDecimal());
        assertEquals(Facts.fromYaml(YAML).monitoring(), Facts.fromYaml(JSON).monitoring());
    }

    @Test
    void yamlFlowStyleThatOpensLikeJsonIsStillReadAsYaml() {
        Errors err = new Errors();
        JsonNode n = Yaml.parse("{asOf: 2024-06-30, monitoring: []}\n", err);
        assertTrue(err.isEmpty(), err.list().toString());
        assertEquals("2024-06-30", n.get("asOf").asText());
    }

    @Test
    void jsonKeepsTheRefusals() {
        Errors dup = new Errors();
        assertNull(Yaml.parse("{\"asOf\": \"2024-06-30\", \"asOf\": \"2024-07-01\"}", dup));
        assertTrue(dup.list().get(0).en().contains("Duplicate"), dup.list().toString());

        Errors deep = new Errors();
        assertNull(Yaml.parse("[".repeat(Limits.MAX_DEPTH + 5) + "]".repeat(Limits.MAX_DEPTH + 5), deep));
        assertTrue(deep.list().get(0).en().contains("nested too deeply"), deep.list().toString());

        Errors two = new Errors();
        assertNull(Yaml.parse("{\"asOf\": \"2024-06-30\"} {\"asOf\": \"2024-07-01\"}", two));
        assertFalse(two.isEmpty());
    }

    @Test
    void jsonErrorsNameTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml("{\n\"asOf\": \"2024-06-30\",\n\"monitoring\": [\n}\n"));
        assertTrue(e.errors().get(0).path().startsWith("(file):"), e.errors().toString());
    }

    @Test
    void theLineOfEveryValueIsKeptByPath(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("f.yaml"), YAML + "applications:\n  - region: \"640122\"\n    year: 2024\n");
        Path json = Files.writeString(dir.resolve("f.json"), JSON);
        Errors err = new Errors();
        Yaml.Located y = Yaml.readLocated(yaml, err);
        Yaml.Located j = Yaml.readLocated(json, err);

        assertEquals(1, y.lineOf("asOf"));
        assertEquals(3, y.lineOf("monitoring[0]"));
        assertEquals(3, y.lineOf("monitoring[0].grade"));
        assertEquals(6, y.lineOf("applications[0].year"));
        assertEquals(5, y.lineOf("applications[0].nothing"), "the nearest enclosing value");
        assertEquals(2, j.lineOf("monitoring[0].grade"));
    }

    @Test
    void didYouMeanFindsTheCloseWordOrNone() {
        List<String> outcomes = List.of("ELIGIBLE", "INELIGIBLE", "UNDETERMINED", "DISQUALIFIED");
        assertEquals("ELIGIBLE", Errors.nearest("ELIGIBEL", outcomes));
        assertEquals("ELIGIBLE", Errors.nearest("eligible", outcomes));
        assertEquals("DISQUALIFIED", Errors.nearest("DISQUALIFED", outcomes));
        assertEquals("B", Errors.nearest("b", List.of("A", "B", "C", "D")));
        assertNull(Errors.nearest("MAYBE", outcomes));
        assertNull(Errors.nearest("ELIGIBLE", outcomes), "a known word needs no suggestion");

        Errors err = new Errors();
        err.unknownWord("x", "ELIGIBEL", outcomes);
        assertTrue(err.list().get(0).en().contains("did you mean ELIGIBLE?"), err.list().toString());
        assertTrue(err.list().get(0).zh().contains("是否应为 ELIGIBLE？"), err.list().toString());
    }
}
