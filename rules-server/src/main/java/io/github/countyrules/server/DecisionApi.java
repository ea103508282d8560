package io.github.countyrules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.ReloadResult;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.ReportDiff;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.api.RuleLoadException;
import io.github.countyrules.core.api.RuleProblem;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.scenario.Scenario;
import io.github.countyrules.core.scenario.ScenarioResult;
import io.github.countyrules.core.scenario.ScenarioRunner;
import io.github.countyrules.core.scenario.Scenarios;
import io.github.countyrules.spring.CountyRulesProperties;
import io.github.countyrules.spring.CountyRulesService;
import io.github.countyrules.spring.ParameterValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The versioned REST API ({@code /v1}); docs/server.md. */
@RestController
@RequestMapping(path = "/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class DecisionApi {
    private static final String FACTS_DOC = "A facts file (YAML or JSON), as for policy-rules evaluate / 事实文件(YAML 或 JSON)";
    private final CountyRulesService service;
    private final Evaluations evaluations;
    private final ServerLimits limits;
    private final CountyRulesProperties props;

    public DecisionApi(CountyRulesService service, Evaluations evaluations, ServerLimits limits, CountyRulesProperties props) {
        this.service = service;
        this.evaluations = evaluations;
        this.limits = limits;
        this.props = props;
    }

    private PolicyEngine engine() {
        return service.engine();
    }

    @Operation(summary = "Evaluate facts: the report, the same JSON as policy-rules evaluate --format json",
            requestBody = @RequestBody(description = FACTS_DOC, required = true, content = {
                    @Content(mediaType = "application/yaml"), @Content(mediaType = "application/json")}))
    @PostMapping(path = "/evaluate", consumes = MediaType.ALL_VALUE)
    public String evaluate(HttpServletRequest req,
                               @Parameter(description = "zh (default) or en: the language of error titles") @RequestParam(required = false) String lang,
                               @Parameter(description = "only this region's decisions (six-digit code)") @RequestParam(required = false) String region,
                               @Parameter(description = "only these provinces' decisions: two-digit codes, comma-separated") @RequestParam(required = false) String scope) {
        lang(lang);
        Evaluations.region(region);
        List<String> sc = Evaluations.scope(scope);
        Evaluations.Body body = evaluations.body(req);
        Facts facts = evaluations.facts(body.text());
        Report r = evaluations.evaluate(facts, body.digest());
        if ((region == null || region.isBlank()) && sc.isEmpty()) {
            return r.toJson(); // byte for byte what policy-rules evaluate --format json prints
        }
        return Evaluations.indented(Evaluations.narrowed(r, region, sc));
    }

    @Operation(summary = "Explain one region: every decision with every criterion (reason), met, unmet or unknown",
            requestBody = @RequestBody(description = FACTS_DOC, required = true, content = {
                    @Content(mediaType = "application/yaml"), @Content(mediaType = "application/json")}))
    @PostMapping(path = "/explain", consumes = MediaType.ALL_VALUE)
    public ObjectNode explain(HttpServletRequest req, @RequestParam String region, @RequestParam(required = false) String lang) {
        lang(lang);
        if (region.isBlank()) {
            throw ApiException.badField("region", region, "应为六位行政区划代码(如 640122)", "expected a six-digit region code (e.g. 640122)");
        }
        Evaluations.region(region);
        Evaluations.Body body = evaluations.body(req);
        Facts facts = evaluations.facts(body.text());
        Report r = evaluations.evaluate(facts, body.digest());
        ObjectNode tree = Evaluations.narrowed(r, region, List.of());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("region", region);
        List<Decision> ds = r.decisionsFor(region);
        out.put("regionName", ds.isEmpty() ? (facts.region(region) == null ? null : facts.region(region).name()) : ds.get(0).regionName());
        out.set("asOf", tree.get("asOf"));
        out.set("ruleSet", tree.get("ruleSet"));
        out.set("decisions", tree.get("decisions"));
        ArrayNode criteria = out.putArray("criteria");
        for (JsonNode d : tree.get("decisions")) {
            for (JsonNode reason : d.get("reasons")) {
                ObjectNode c = criteria.addObject();
                c.put("program", d.path("program").isNull() ? null : d.path("program").asText());
                c.put("kind", d.path("kind").asText());
                c.setAll((ObjectNode) reason);
            }
        }
        return out;
    }

    @Operation(summary = "Which decisions flip: the facts under parameter overrides or a second rule folder, against the rules in force",
            requestBody = @RequestBody(description = "{facts: <facts object or text>, parameters: {name: value}, rulesFolder: <server path; needs the reload token>}",
                    required = true, content = {@Content(mediaType = "application/json"), @Content(mediaType = "application/yaml")}))
    @PostMapping(path = "/diff", consumes = MediaType.ALL_VALUE)
    public ObjectNode diff(HttpServletRequest req, @RequestParam(required = false) String lang,
                           @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        lang(lang);
        Evaluations.Body body = evaluations.body(req);
        JsonNode root = Evaluations.tree(body.text());
        if (root == null || !root.isObject()) {
            throw ApiException.badField("(body)", null, "应为对象 {facts, parameters, rulesFolder}", "expected an object {facts, parameters, rulesFolder}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("facts", "parameters", "rulesFolder").contains(k)) {
                throw ApiException.badField(k, null, "未知的字段(可用 facts、parameters、rulesFolder)", "unknown field (facts, parameters, rulesFolder are known)");
            }
        }
        JsonNode f = root.get("facts");
        if (f == null || f.isNull()) {
            throw ApiException.badField("facts", null, "缺少事实(对象或 YAML 文本)", "facts are missing (an object or YAML text)");
        }
        String factsText = f.isTextual() ? f.asText() : f.toString();
        JsonNode params = root.path("parameters");
        JsonNode folder = root.path("rulesFolder");
        if (!params.isMissingNode() && !params.isObject()) {
            throw ApiException.badField("parameters", params.toString(), "应为参数名到取值的映射", "expected a mapping of parameter names to values");
        }
        boolean hasParams = params.isObject() && params.size() > 0;
        boolean hasFolder = folder.isTextual() && !folder.asText().isBlank();
        if (hasParams == hasFolder) {
            throw ApiException.badField("parameters", null, "应给出 parameters 或 rulesFolder 之一", "give either parameters or rulesFolder, one of the two");
        }
        Facts before = evaluations.facts(factsText);
        Report rb = evaluations.evaluate(before, body.digest());
        Report ra;
        if (hasParams) {
            JsonNode tree = Evaluations.tree(factsText);
            ObjectNode t = (ObjectNode) tree;
            ObjectNode merged = t.has("parameters") && t.get("parameters").isObject() ? (ObjectNode) t.get("parameters") : t.putObject("parameters");
            params.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
            Facts after;
            try {
                after = Facts.fromYaml(t.toString());
            } catch (io.github.countyrules.core.api.InvalidInputException e) {
                throw Evaluations.refused(e.errors());
            }
            ra = evaluations.evaluate(after, body.digest());
        } else {
            requireToken(auth, "rulesFolder");
            Path dir = Path.of(folder.asText());
            if (!Files.isDirectory(dir)) {
                throw ApiException.badField("rulesFolder", folder.asText(), "服务器上没有这个目录", "no such folder on the server");
            }
            PolicyEngine other;
            try {
                PolicyEngine.Builder b = PolicyEngine.builder().classLoader(DecisionApi.class.getClassLoader());
                if (!props.getModules().isEmpty()) {
                    b.modules(props.getModules());
                }
                props.getRulesFolders().forEach(b::rulesFrom);
                b.rulesFrom(dir);
                props.getParameters().forEach((k, v) -> b.parameter(k, ParameterValues.parse(v)));
                other = b.build();
            } catch (RuleLoadException e) {
                throw ruleProblems(e.problems());
            }
            ra = evaluations.run(() -> other.evaluate(before));
        }
        ReportDiff d = ReportDiff.between(rb, ra);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("before", rb.ruleSet().digest());
        out.put("after", ra.ruleSet().digest());
        ArrayNode ch = out.putArray("changes");
        for (ReportDiff.Change c : d.changes()) {
            ObjectNode o = ch.addObject();
            o.put("region", c.key().region());
            Decision any = c.before() != null ? c.before() : c.after();
            o.put("regionName", any.regionName());
            o.put("program", c.key().program() == null ? null : c.key().program().name());
            o.put("kind", c.key().kind().name());
            if (c.key().year() != null) {
                o.put("year", c.key().year());
            }
            o.put("what", c.what());
            o.set("before", side(c.before()));
            o.set("after", side(c.after()));
        }
        ObjectNode per = out.putObject("perRule");
        d.perRule().forEach(per::put);
        return out;
    }

    private static JsonNode side(Decision d) {
        if (d == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("outcome", d.outcome().name());
        ArrayNode rs = o.putArray("reasons");
        for (Reason r : d.reasons()) {
            ObjectNode ro = rs.addObject();
            ro.put("rule", r.rule());
            ro.put("clause", r.clause());
            ro.put("status", r.status().name());
            ro.putObject("message").put("zh", r.zh()).put("en", r.en());
        }
        return o;
    }

    @Operation(summary = "Run scenarios (a scenario file: a list of {name, facts, expect}) against the rules in force",
            requestBody = @RequestBody(description = "A scenario file (YAML or JSON) / 场景文件", required = true,
                    content = {@Content(mediaType = "application/yaml"), @Content(mediaType = "application/json")}))
    @PostMapping(path = "/scenarios/run", consumes = MediaType.ALL_VALUE)
    public ObjectNode scenarios(HttpServletRequest req, @RequestParam(required = false) String lang) {
        lang(lang);
        Evaluations.Body body = evaluations.body(req);
        Path tmp = null;
        try {
            tmp = Files.createTempFile("scenarios-", ".yaml");
            Files.writeString(tmp, body.text(), StandardCharsets.UTF_8);
            Path file = tmp;
            List<Scenario> list;
            try {
                list = Scenarios.load(file);
            } catch (io.github.countyrules.core.api.InvalidInputException e) {
                throw Evaluations.refused(e.errors());
            }
            int facts = list.stream().mapToInt(s -> s.facts() == null ? 0 : CountyRulesService.factCount(s.facts())).sum();
            if (facts > limits.getMaxFacts()) {
                throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "事实过多", "Too many facts",
                        "场景共含 " + facts + " 条事实，上限为 " + limits.getMaxFacts(), "the scenarios hold " + facts
                        + " facts; the limit is " + limits.getMaxFacts());
            }
            List<ScenarioResult> results = evaluations.run(() -> new ScenarioRunner(engine()).run(list));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("ruleSet", engine().ruleSetInfo().digest());
            int passed = 0;
            ArrayNode arr = out.putArray("scenarios");
            for (ScenarioResult r : results) {
                ObjectNode o = arr.addObject();
                o.put("name", r.scenario().name());
                o.put("index", r.scenario().index());
                o.put("passed", r.passed());
                ArrayNode fs = o.putArray("failures");
                r.failures().forEach(fs::add);
                passed += r.passed() ? 1 : 0;
            }
            out.put("passed", passed);
            out.put("failed", results.size() - passed);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    @Operation(summary = "The rule modules loaded")
    @GetMapping("/modules")
    public List<ModuleInfo> modules() {
        return engine().moduleInfos();
    }

    @Operation(summary = "Every rule: id, module, clause, title, file, the parameters it reads")
    @GetMapping("/rules")
    public List<RuleInfo> rules() {
        return engine().rules();
    }

    @Operation(summary = "One rule with its DRL text (when and then), as the rule files hold it")
    @GetMapping("/rules/{id}")
    public Map<String, Object> rule(@org.springframework.web.bind.annotation.PathVariable String id) {
        RuleInfo r = engine().rules().stream().filter(x -> id.equals(x.id())).findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "没有这条规则", "No such rule",
                        "没有编号为 " + id + " 的规则(规则列表见 /v1/rules)", "no rule has the id " + id + " (see /v1/rules)"));
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", r.id());
        out.put("module", r.module());
        out.put("clause", r.clause());
        out.put("name", r.name());
        out.put("file", r.file());
        out.put("parameters", r.parameters());
        out.put("text", ruleText(r));
        return out;
    }

    /** The rule's block in its DRL file (from the jar, or from a configured rule folder), or null when not found. */
    private String ruleText(RuleInfo r) {
        String drl = null;
        try (var in = DecisionApi.class.getClassLoader().getResourceAsStream(r.file())) {
            if (in != null) {
                drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            drl = null;
        }
        for (Path f : props.getRulesFolders()) {
            Path p = Path.of(r.file()).isAbsolute() ? Path.of(r.file()) : f.resolve(r.file());
            if (drl == null && Files.isRegularFile(p)) {
                try {
                    drl = Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    drl = null;
                }
            }
        }
        if (drl == null) {
            return null;
        }
        int at = drl.indexOf("rule \"" + r.name() + "\"");
        if (at < 0) {
            return null;
        }
        int end = drl.indexOf("\nend", at);
        return end < 0 ? drl.substring(at) : drl.substring(at, end + 4);
    }

    @Operation(summary = "The parameters and their values in force at a date (default: today); ask at several dates for their history")
    @GetMapping("/parameters")
    public Map<String, Object> parameters(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                          @RequestParam(required = false) String lang) {
        lang(lang);
        LocalDate d = date == null ? LocalDate.now() : date;
        List<ParameterInfo> ps = engine().parameters(d);
        return Map.of("date", d.toString(), "parameters", ps);
    }

    @Operation(summary = "Bundled example facts files")
    @GetMapping("/examples")
    public List<String> examples() {
        return WebPages.EXAMPLES;
    }

    @Operation(summary = "Reload the rule folders (bearer token county-rules.server.reload-token); 422 with file:line problems, the old rules keep serving")
    @PostMapping(path = "/reload", consumes = MediaType.ALL_VALUE)
    public Map<String, Object> reload(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                      @RequestParam(required = false) String lang) {
        lang(lang);
        requireToken(auth, "reload");
        ReloadResult r = service.reload("api");
        if (!r.switched()) {
            throw ruleProblems(r.problems());
        }
        return Map.of("switched", true, "ruleSet", engine().ruleSetInfo());
    }

    private ApiException ruleProblems(List<RuleProblem> problems) {
        List<InputError> errs = new ArrayList<>();
        for (RuleProblem p : problems) {
            errs.add(new InputError(p.file() + ":" + p.line() + ":" + p.column(), null, p.zh(), p.en()));
        }
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "规则文件有问题，仍沿用原规则", "Rule files have problems; the previous rules keep serving",
                problems.size() + " 处问题，见 errors(文件:行:列)", problems.size() + " problem(s), listed under errors (file:line:column)",
                errs, Map.of("ruleSet", engine().ruleSetInfo().digest()));
    }

    private void requireToken(String auth, String what) {
        String token = limits.getReloadToken();
        if (token.isBlank()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "未启用", "Disabled",
                    what + " 已停用：服务器未配置 county-rules.server.reload-token", what + " is disabled: the server has no county-rules.server.reload-token");
        }
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "未授权", "Unauthorized",
                    given.isEmpty() ? "缺少 Authorization: Bearer <令牌>" : "令牌无效",
                    given.isEmpty() ? "missing Authorization: Bearer <token>" : "the token is not valid");
        }
    }

    static void lang(String lang) {
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw ApiException.badField("lang", lang, "应为 zh 或 en", "expected zh or en");
        }
    }
}
