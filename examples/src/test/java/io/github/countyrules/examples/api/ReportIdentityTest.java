package io.github.countyrules.examples.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.scenario.ScenarioTests;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a report says about itself and its input: the digest of the facts next to the rule-set
 * digest, reasons' facts typed in JSON, and a bad parameter override refused as input.
 */
class ReportIdentityTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules("ningxia").build();
    private static final Path DATA = Path.of("data/ningxia-2025.yaml");

    @Test
    void theInputDigestIsTheSameForTheSameFactsInAnyOrderAndDiffersForOtherFacts() {
        Facts facts = Facts.fromYaml(DATA);
        Report report = ENGINE.evaluate(facts);
        Report reversed = ENGINE.evaluate(ScenarioTests.reversed(facts));

        assertTrue(report.inputDigest().matches("sha256:[0-9a-f]{64}"), report.inputDigest());
        assertEquals(report.inputDigest(), reversed.inputDigest(), "order of the facts does not matter");

        Facts other = facts.toBuilder().asOf(facts.asOf().plusDays(1)).build();
        assertNotEquals(report.inputDigest(), ENGINE.evaluate(other).inputDigest(), "another as-of date is other input");

        Facts withOverride = facts.toBuilder().parameter("ningxia.markedDeclineShare", "0.15").build();
        assertNotEquals(report.inputDigest(), ENGINE.evaluate(withOverride).inputDigest(), "an override is input");
    }

    @Test
    void theJsonReportCarriesTheInputDigestNextToTheRuleSetDigest() throws Exception {
        Report report = ENGINE.evaluate(Facts.fromYaml(DATA));
        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertEquals(report.inputDigest(), json.get("inputDigest").asText());
        assertTrue(json.get("ruleSet").get("digest").asText().startsWith("sha256:"));
    }

    @Test
    void reasonsFactsKeepTheirTypesInJsonAndTheirTextInJava() throws Exception {
        Report report = ENGINE.evaluate(Facts.fromYaml(DATA));
        JsonNode json = new ObjectMapper().readTree(report.toJson());

        int numbers = 0;
        int dates = 0;
        int i = 0;
        for (JsonNode d : json.get("decisions")) {
            Reason[] reasons = report.decisions().get(i++).reasons().toArray(Reason[]::new);
            int j = 0;
            for (JsonNode r : d.get("reasons")) {
                Reason reason = reasons[j++];
                for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) r.get("facts")::fields) {
                    String text = reason.facts().get(f.getKey());
                    JsonNode v = f.getValue();
                    Object typed = reason.factValues().get(f.getKey());
                    if (typed instanceof Number) {
                        assertTrue(v.isNumber(), f.getKey() + " is a number in JSON: " + v);
                        assertEquals(0, new java.math.BigDecimal(text).compareTo(v.decimalValue()), f.getKey());
                        numbers++;
                    } else if (typed instanceof Boolean b) {
                        assertTrue(v.isBoolean(), f.getKey() + ": " + v);
                        assertEquals(b, v.booleanValue());
                    } else if (typed == null) {
                        assertTrue(v.isNull(), f.getKey() + ": " + v);
                        assertEquals("-", text, "the text report shows an absent value as -");
                    } else {
                        assertTrue(v.isTextual(), f.getKey() + ": " + v);
                        assertEquals(text, v.asText());
                        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                            dates++;
                        }
                    }
                }
            }
        }
        assertTrue(numbers > 0, "the Ningxia data set has scores and shares among the reasons' facts");
        assertTrue(dates > 0, "and dates, as ISO text");
    }

    @Test
    void aBadParameterOverrideInTheBuilderIsInvalidInputNamingTheParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyEngine.builder().modules("ningxia")
                .parameter("ningxia.markedDeclineShare", "a lot").parameter("ningxia.noSuchThing", 1).build());

        List<String> paths = e.errors().stream().map(InputError::path).toList();
        assertTrue(paths.contains("parameters.ningxia.markedDeclineShare"), paths.toString());
        assertTrue(paths.contains("parameters.ningxia.noSuchThing"), paths.toString());
        InputError bad = e.errors().stream().filter(x -> x.path().equals("parameters.ningxia.markedDeclineShare")).findFirst().orElseThrow();
        assertEquals("a lot", bad.value());
        assertFalse(bad.zh().isBlank());
        assertFalse(bad.en().isBlank());
    }
}
