package io.github.countyrules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The REST API over real HTTP on a loopback port. */
class DecisionApiHttpTest extends ServerTestBase {
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    PolicyEngine engine;
    @Autowired
    ServerLimits limits;

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        JsonNode p = json(r);
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.path("titleZh").asText().isBlank());
        assertFalse(p.path("detailEn").asText().isBlank());
        assertFalse(r.body().contains("\tat "), "no stack trace");
        assertFalse(r.body().contains("Exception"), "no exception names: " + r.body());
    }

    @Test
    void yaml_facts_give_byte_for_byte_the_report_the_cli_prints() throws Exception {
        String facts = example("ningxia-2025.yaml");
        HttpResponse<String> r = post("/v1/evaluate", "application/yaml", facts);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        // what EvaluateCommand does for --format json: Facts.fromYaml(file), evaluate, toJson
        String cli = engine.evaluate(Facts.fromYaml(Files.readString(java.nio.file.Path.of("..", "examples", "data", "ningxia-2025.yaml")))).toJson();
        assertEquals(cli, r.body());
        JsonNode rep = json(r);
        assertTrue(rep.get("decisions").size() > 10);
        // the file is about Ningxia: only Ningxia is judged (POLICY-SPEC §0 "Scope")
        rep.get("decisions").forEach(d -> assertTrue(d.get("region").asText().startsWith("64"), d.toString()));
        assertTrue(r.body().contains("灵武市"), "UTF-8 Chinese survives");
    }

    @Test
    void json_facts_are_accepted_and_region_and_scope_narrow_the_decisions() throws Exception {
        String facts = """
                {"asOf": "2025-06-30",
                 "monitoring": [{"region": "640122", "year": 2023, "grade": "B", "score": 61.5, "published": "2024-06-15"},
                                {"region": "640122", "year": 2024, "grade": "B", "score": 63.0, "published": "2025-06-15"}],
                 "applications": [{"region": "640122", "program": "NINGXIA_INNOVATIVE_COUNTY", "year": 2025, "submitted": "2025-03-10"}]}
                """;
        HttpResponse<String> r = post("/v1/evaluate?region=640122&lang=en", "application/json", facts);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode ds = json(r).get("decisions");
        assertTrue(ds.size() >= 1);
        ds.forEach(d -> assertEquals("640122", d.get("region").asText()));
        int all = json(post("/v1/evaluate", "application/json", facts)).get("decisions").size();
        JsonNode ningxia = json(post("/v1/evaluate?scope=64", "application/json", facts)).get("decisions");
        JsonNode rest = json(post("/v1/evaluate?scope=11,12,13,14,15,21,22,23,31,32,33,34,35,36,37,41,42,43,44,45,46,50,51,52,53,54,61,62,63,65", "application/json", facts)).get("decisions");
        assertTrue(ningxia.size() >= 1);
        ningxia.forEach(d -> assertTrue(d.get("region").asText().startsWith("64"), d.toString()));
        rest.forEach(d -> assertFalse(d.get("region").asText().startsWith("64"), d.toString()));
        assertEquals(all, ningxia.size() + rest.size());
        assertProblem(post("/v1/evaluate?scope=6", "application/json", facts), 400);
        assertProblem(post("/v1/evaluate?region=64x", "application/json", facts), 400);
    }

    @Test
    void bad_facts_are_refused_with_every_error_by_path_in_chinese_and_english() throws Exception {
        HttpResponse<String> r = post("/v1/evaluate", "application/yaml", """
                asOf: 2025-06-30
                monitoring:
                  - {region: "640122", year: 2023, grade: Q, score: 61.5}
                """);
        assertProblem(r, 400);
        JsonNode e = json(r).get("errors").get(0);
        assertEquals("monitoring[0].grade", e.get("path").asText());
        assertEquals("Q", e.get("value").asText());
        assertFalse(e.at("/message/zh").asText().isBlank());
        assertFalse(e.at("/message/en").asText().isBlank());
        assertFalse(json(r).has("decisions"), "nothing partial");
        assertProblem(post("/v1/evaluate", "application/yaml", "asOf: [1, 2\n"), 400);
        assertProblem(post("/v1/evaluate", "application/yaml", ""), 400);
        assertProblem(post("/v1/evaluate?lang=fr", "application/yaml", "asOf: 2025-06-30\n"), 400);
    }

    @Test
    void unsupported_media_types_and_oversized_bodies_and_too_many_facts_get_415_and_413() throws Exception {
        assertProblem(post("/v1/evaluate", "text/plain", "asOf: 2025-06-30\n"), 415);
        assertProblem(post("/v1/evaluate", null, "asOf: 2025-06-30\n"), 415);
        String big = "asOf: 2025-06-30\n# " + "x".repeat(600 * 1024) + "\n";
        HttpResponse<String> tooBig = post("/v1/evaluate", "application/yaml", big);
        assertProblem(tooBig, 413);
        assertEquals("(body)", json(tooBig).at("/errors/0/path").asText());
        StringBuilder many = new StringBuilder("asOf: 2025-06-30\nmonitoring:\n");
        for (int i = 0; i < 5001; i++) {
            many.append("  - {region: \"640122\", year: ").append(1000 + i).append(", grade: B}\n");
        }
        HttpResponse<String> tooMany = post("/v1/evaluate", "application/yaml", many.toString());
        assertEquals(413, tooMany.statusCode(), tooMany.body().substring(0, Math.min(400, tooMany.body().length())));
        assertProblem(tooMany, 413);
        assertTrue(json(tooMany).get("detailEn").asText().contains("5001 facts"), json(tooMany).get("detailEn").asText());
    }

    @Test
    void an_evaluation_past_the_time_limit_answers_503_with_retry_after_and_the_server_keeps_serving() throws Exception {
        Duration before = limits.getEvaluationTimeout();
        limits.setEvaluationTimeout(Duration.ofMillis(1));
        HttpResponse<String> r;
        try {
            r = post("/v1/evaluate", "application/yaml", example("gansu-2019.yaml"));
        } finally {
            limits.setEvaluationTimeout(before);
        }
        assertProblem(r, 503);
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
        assertEquals(200, post("/v1/evaluate", "application/yaml", example("gansu-2019.yaml")).statusCode());
    }

    @Test
    void explain_gives_one_region_with_every_criterion() throws Exception {
        HttpResponse<String> r = post("/v1/explain?region=640181", "application/yaml", example("ningxia-2025.yaml"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode x = json(r);
        assertEquals("灵武市", x.get("regionName").asText());
        assertTrue(x.get("criteria").size() >= 3);
        x.get("decisions").forEach(d -> assertEquals("640181", d.get("region").asText()));
        x.get("criteria").forEach(c -> assertTrue(c.get("status").asText().matches("MET|NOT_MET|UNKNOWN"), c.toString()));
        assertProblem(post("/v1/explain", "application/yaml", example("ningxia-2025.yaml")), 400);
    }

    @Test
    void diff_shows_the_decisions_a_parameter_change_flips() throws Exception {
        String body = JSON.createObjectNode().put("facts", example("ningxia-2025.yaml"))
                .set("parameters", JSON.createObjectNode().put("ningxia.minimumGrade", "C")).toString();
        HttpResponse<String> r = post("/v1/diff", "application/json", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = json(r);
        // 平罗县 (640221) is INELIGIBLE as class C; with C accepted it is no longer refused on grade
        boolean pingluo = false;
        for (JsonNode c : d.get("changes")) {
            if (c.get("region").asText().equals("640221") && c.get("kind").asText().equals("ELIGIBILITY")) {
                pingluo = true;
                assertEquals("INELIGIBLE", c.at("/before/outcome").asText());
                assertNotEquals("INELIGIBLE", c.at("/after/outcome").asText());
            }
        }
        assertTrue(pingluo, r.body());
        assertNotEquals(d.get("before").asText(), d.get("after").asText());
        assertProblem(post("/v1/diff", "application/json", "{\"facts\": \"asOf: 2025-06-30\", \"parameters\": {\"no.such\": 1}}"), 400);
        assertProblem(post("/v1/diff", "application/json", "{\"facts\": \"asOf: 2025-06-30\", \"extra\": 1}"), 400);
        // a second rule folder reads the server's disk: only with the token
        assertProblem(post("/v1/diff", "application/json", "{\"facts\": \"asOf: 2025-06-30\", \"rulesFolder\": \"/tmp\"}"), 401);
    }

    @Test
    void scenarios_run_and_report_passes_and_failures() throws Exception {
        String scenarios = Files.readString(java.nio.file.Path.of("..", "rules-ningxia", "src", "test", "scenarios", "dynamic-management.yaml"));
        HttpResponse<String> r = post("/v1/scenarios/run", "application/yaml", scenarios);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode x = json(r);
        assertTrue(x.get("passed").asInt() >= 2, r.body());
        assertEquals(0, x.get("failed").asInt(), r.body());
        String wrong = """
                - name: expects the wrong outcome
                  facts:
                    asOf: 2025-06-30
                    monitoring:
                      - {region: "640122", year: 2024, grade: B, score: 63.0, published: 2025-06-15}
                  expect:
                    - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, kind: ELIGIBILITY, outcome: ELIGIBLE}
                """;
        JsonNode w = json(post("/v1/scenarios/run", "application/yaml", wrong));
        assertEquals(1, w.get("failed").asInt(), w.toString());
        assertFalse(w.at("/scenarios/0/failures/0").asText().isBlank());
    }

    @Test
    void catalogues_rulebook_openapi_swagger_health_info_and_metrics_answer() throws Exception {
        JsonNode modules = json(get("/v1/modules"));
        assertTrue(modules.toString().contains("\"ningxia\""));
        JsonNode rules = json(get("/v1/rules"));
        assertTrue(rules.toString().contains("\"NX-C2b\"") || rules.toString().contains("NX-C2"), "Ningxia rules listed");
        JsonNode rule = json(get("/v1/rules/NX-C2b"));
        assertEquals("ningxia", rule.get("module").asText());
        assertTrue(rule.get("text").asText().contains("@id(\"NX-C2b\")") && rule.get("text").asText().endsWith("end"), rule.toString());
        assertProblem(get("/v1/rules/NO-SUCH"), 404);
        JsonNode params = json(get("/v1/parameters?date=2023-01-01"));
        assertEquals("2023-01-01", params.get("date").asText());
        assertTrue(params.get("parameters").toString().contains("ningxia.minimumGrade"));
        assertProblem(get("/v1/parameters?date=yesterday"), 400);
        HttpResponse<String> book = get("/rulebook");
        assertEquals(200, book.statusCode());
        assertTrue(book.body().contains("规则手册") && book.body().contains("NX-"));
        HttpResponse<String> api = get("/v3/api-docs");
        assertEquals(200, api.statusCode());
        assertTrue(json(api).get("openapi").asText().startsWith("3."));
        assertTrue(json(api).at("/paths").has("/v1/evaluate"));
        assertEquals(200, HTTP.send(java.net.http.HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        JsonNode health = json(get("/actuator/health"));
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.at("/components/countyRules/details/digest").asText().startsWith("sha256:"));
        assertEquals(engine.ruleSetInfo().digest(), json(get("/actuator/info")).at("/county-rules/digest").asText());
        post("/v1/evaluate", "application/yaml", example("national-2025.yaml"));
        JsonNode m = json(get("/actuator/metrics/county.rules.evaluations"));
        assertTrue(m.at("/measurements/0/value").asDouble() >= 1, m.toString());
        assertEquals(200, get("/actuator/metrics/county.rules.decisions").statusCode());
        assertEquals(200, get("/actuator/metrics/county.rules.reloads").statusCode());
        assertProblem(get("/v1/nothing-here"), 404);
        assertProblem(get("/v1/evaluate"), 405);
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void reload_needs_the_token_and_a_broken_folder_answers_422_while_the_old_rules_keep_serving() throws Exception {
        assertProblem(post("/v1/reload", null, ""), 401);
        assertProblem(post("/v1/reload", null, "", "Authorization", "Bearer wrong"), 401);
        String digest = engine.ruleSetInfo().digest();
        java.nio.file.Path drl = DEMO.resolve("demo.drl");
        try {
            Files.writeString(drl, demoDrl("1900") + "\nrule \"DEMO-2\" @id(\"DEMO-2\") @clause(\"DEMO 2\")\nwhen\n  $a : Application( nosuchfield == 1 )\nthen\nend\n",
                    StandardCharsets.UTF_8);
            HttpResponse<String> r = post("/v1/reload", null, "", "Authorization", "Bearer " + TOKEN);
            assertProblem(r, 422);
            String where = json(r).at("/errors/0/path").asText();
            assertTrue(where.matches(".*demo\\.drl:\\d+:\\d+"), where);
            assertEquals(digest, engine.ruleSetInfo().digest(), "the old rules keep serving");
            assertEquals(200, post("/v1/evaluate", "application/yaml", example("gansu-2019.yaml")).statusCode());
            JsonNode health = json(get("/actuator/health"));
            assertFalse(health.at("/components/countyRules/details/lastReload/switched").asBoolean());
        } finally {
            Files.writeString(drl, demoDrl("1901"), StandardCharsets.UTF_8);
        }
        HttpResponse<String> ok = post("/v1/reload", null, "", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, ok.statusCode(), ok.body());
        assertNotEquals(digest, engine.ruleSetInfo().digest(), "the corrected folder is in force");
    }

    @Test
    void a_client_that_stops_sending_does_not_stop_the_server() throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream o = s.getOutputStream();
            o.write(("POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: 1000\r\n\r\nasOf: 2025")
                    .getBytes(StandardCharsets.US_ASCII));
            o.flush();
            // the half-sent request holds a connection; others are served meanwhile
            assertEquals(200, post("/v1/evaluate", "application/yaml", example("gansu-2019.yaml")).statusCode());
        }
    }
}
