package io.github.countyrules.server;

import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.spring.CountyRulesService;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rulebook page and the bundled example facts files the workbench offers. */
@RestController
public class WebPages {
    /** The example facts files shipped in the jar (copies of examples/data). */
    static final List<String> EXAMPLES = List.of("ningxia-2025.yaml", "national-2025.yaml", "gansu-2019.yaml");
    private final CountyRulesService service;

    public WebPages(CountyRulesService service) {
        this.service = service;
    }

    @Operation(summary = "A bundled example facts file (YAML)")
    @GetMapping(path = "/v1/examples/{name}", produces = "application/yaml;charset=UTF-8")
    public ResponseEntity<String> example(@PathVariable String name) throws IOException {
        if (!EXAMPLES.contains(name)) {
            throw ApiException.badField("name", name, "没有这个示例，可用：" + EXAMPLES, "no such example; there are " + EXAMPLES);
        }
        try (InputStream in = new ClassPathResource("examples/" + name).getInputStream()) {
            return ResponseEntity.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Operation(summary = "The rulebook: every rule by module with its clause and the parameters it reads (HTML)")
    @GetMapping(path = "/rulebook", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> rulebook() {
        var engine = service.engine();
        Map<String, ParameterInfo> params = engine.parameters(LocalDate.now()).stream()
                .collect(Collectors.toMap(ParameterInfo::name, Function.identity(), (a, b) -> a));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>规则手册 Rulebook</title>")
                .append("<link rel=\"stylesheet\" href=\"/workbench.css\"></head><body class=\"rulebook\">")
                .append("<h1>规则手册 <small>Rulebook</small></h1><p>规则集 Rule set ")
                .append(esc(engine.ruleSetInfo().version())).append(" · <code>")
                .append(esc(engine.ruleSetInfo().digest())).append("</code></p>");
        for (ModuleInfo m : engine.moduleInfos()) {
            h.append("<h2 id=\"").append(esc(m.name())).append("\">").append(esc(m.titleZh())).append(" <small>")
                    .append(esc(m.titleEn())).append("</small></h2><table><thead><tr><th>规则 Rule</th><th>条款 Clause</th>")
                    .append("<th>名称 Title</th><th>参数 Parameters</th><th>文件 File</th></tr></thead><tbody>");
            for (RuleInfo r : engine.rules()) {
                if (!r.module().equals(m.name())) {
                    continue;
                }
                h.append("<tr id=\"").append(esc(r.id())).append("\"><td>").append(esc(r.id())).append("</td><td>")
                        .append(esc(r.clause())).append("</td><td>").append(esc(r.name())).append("</td><td>");
                for (String p : r.parameters()) {
                    ParameterInfo pi = params.get(p);
                    h.append("<div><code>").append(esc(p)).append("</code> = ")
                            .append(esc(pi == null ? "?" : pi.value())).append("</div>");
                }
                h.append("</td><td>").append(esc(r.file())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</body></html>");
        return ResponseEntity.status(HttpStatus.OK).body(h.toString());
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
