package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesCommandTest {
    @Test
    void jsonCatalogueListsEveryLoadedRuleWithIdModuleClauseAndTitle() {
        Cli.Result r = Cli.run("rules", "--format", "json");

        assertEquals(0, r.code(), r::toString);
        JsonNode json = r.json();
        assertEquals(Cli.engine().rules().size(), json.get("rules").size());
        for (JsonNode rule : json.get("rules")) {
            for (String field : new String[]{"id", "module", "clause", "title"}) {
                assertFalse(rule.get(field).asText().isBlank(), field + " of " + rule);
            }
            assertTrue(rule.get("title").asText().startsWith(rule.get("id").asText()), "rule names start with the id: " + rule);
            assertTrue(rule.get("parameters").isArray());
        }
        assertEquals(Cli.engine().modules().size(), json.get("ruleSet").get("modules").size());
    }

    @Test
    void parametersShowTheValueInForceAndWhy() {
        Cli.Result r = Cli.run("rules", "--parameters", "--format", "json", "--as-of", "2025-01-01");

        assertEquals(0, r.code(), r::toString);
        JsonNode json = r.json();
        assertEquals("2025-01-01", json.get("asOf").asText());
        JsonNode publication = null;
        for (JsonNode p : json.get("parameters")) {
            if (p.get("name").asText().equals("monitoring.defaultPublication")) {
                publication = p;
            }
        }
        assertTrue(publication != null, "the core's own parameter is listed: " + json);
        assertEquals("07-01", publication.get("value").asText());
        assertFalse(publication.get("why").get("zh").asText().isBlank());
        assertFalse(publication.get("clause").asText().isBlank());
    }

    @Test
    void textListingNamesEachModule() {
        Cli.Result zh = Cli.run("rules");
        Cli.Result en = Cli.run("rules", "--lang", "en", "--parameters");

        assertEquals(0, zh.code(), zh::toString);
        for (String m : Cli.engine().modules()) {
            assertTrue(zh.out().contains("模块 " + m), zh.out());
        }
        assertEquals(0, en.code(), en::toString);
        assertTrue(en.out().contains("monitoring.defaultPublication = 07-01"), en.out());
    }

    @Test
    void modulesAreListedWithTheirTitles() {
        Cli.Result zh = Cli.run("rules");
        Cli.Result json = Cli.run("rules", "--format", "json");

        assertEquals(0, json.code(), json::toString);
        assertEquals(Cli.engine().moduleInfos().size(), json.json().get("modules").size());
        for (io.github.countyrules.core.api.ModuleInfo m : Cli.engine().moduleInfos()) {
            assertTrue(zh.out().contains("模块 " + m.name() + " " + m.titleZh()), zh.out());
            boolean listed = false;
            for (JsonNode o : json.json().get("modules")) {
                listed |= o.get("name").asText().equals(m.name()) && o.get("title").get("en").asText().equals(m.titleEn());
            }
            assertTrue(listed, m::toString);
        }
    }

    @Test
    void aBadDateIsAUsageError() {
        Cli.Result r = Cli.run("rules", "--parameters", "--as-of", "2025-02-30");

        assertEquals(2, r.code(), r::toString);
    }
}
