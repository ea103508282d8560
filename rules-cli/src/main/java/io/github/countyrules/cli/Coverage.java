package io.github.countyrules.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.scenario.ScenarioResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules the scenarios exercise: per module every rule and the scenarios that fired it, the
 * rules none fired, the POLICY-SPEC ids of the loaded modules that no rule implements yet, and rule
 * ids that are not in the spec (often a typo in {@code @id}). A rule no scenario fires is a rule
 * nobody has checked against the policy text.
 */
final class Coverage {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A rule and the scenarios ("name (file#i)") that fired it. */
    record Row(RuleInfo rule, List<String> scenarios) {
        int count() {
            return scenarios.size();
        }
    }

    final List<String> modules;
    final Map<String, List<Row>> byModule;
    final List<SpecIds.Entry> specWithoutRule;
    final List<RuleInfo> notInSpec;
    final int passed;
    final int failed;

    private Coverage(List<String> modules, Map<String, List<Row>> byModule, List<SpecIds.Entry> specWithoutRule,
                     List<RuleInfo> notInSpec, int passed, int failed) {
        this.modules = modules;
        this.byModule = byModule;
        this.specWithoutRule = specWithoutRule;
        this.notInSpec = notInSpec;
        this.passed = passed;
        this.failed = failed;
    }

    /**
     * @param modules the loaded modules; spec ids of other modules are not reported missing,
     *                since running one module alone is normal
     */
    static Coverage of(List<String> modules, List<RuleInfo> rules, List<ScenarioResult> results, List<SpecIds.Entry> spec) {
        Map<String, List<Row>> byModule = new LinkedHashMap<>();
        modules.stream().sorted().forEach(m -> byModule.put(m, new ArrayList<>()));
        for (RuleInfo r : rules) {
            String key = r.module() + "/" + r.name();
            List<String> by = results.stream().filter(x -> x.firedRules().contains(key))
                    .map(x -> x.scenario().name() + " (" + x.scenario().location() + ")").toList();
            byModule.computeIfAbsent(r.module(), m -> new ArrayList<>()).add(new Row(r, by));
        }
        Set<String> implemented = new TreeSet<>();
        rules.forEach(r -> implemented.add(r.id()));
        List<SpecIds.Entry> missing = spec.stream()
                .filter(e -> modules.contains(e.module()) && !implemented.contains(e.id())).toList();
        Set<String> specIds = new TreeSet<>();
        spec.forEach(e -> specIds.add(e.id()));
        List<RuleInfo> notInSpec = rules.stream().filter(r -> !specIds.contains(r.id())).toList();
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new Coverage(List.copyOf(modules), byModule, missing, notInSpec, passed, results.size() - passed);
    }

    List<Row> unfired() {
        return byModule.values().stream().flatMap(List::stream).filter(r -> r.count() == 0).toList();
    }

    int ruleCount() {
        return byModule.values().stream().mapToInt(List::size).sum();
    }

    void printText(PrintWriter out, Lang lang) {
        int scenarios = passed + failed;
        out.println(lang.t("规则覆盖（" + scenarios + " 个场景）", "Rule coverage (" + scenarios + " scenarios)"));
        int idWidth = byModule.values().stream().flatMap(List::stream).mapToInt(r -> Text.width(r.rule().id())).max().orElse(6);
        for (Map.Entry<String, List<Row>> m : byModule.entrySet()) {
            long fired = m.getValue().stream().filter(r -> r.count() > 0).count();
            out.println();
            out.println(lang.t("模块 " + m.getKey() + "：" + m.getValue().size() + " 条规则，" + fired + " 条被场景触发",
                    "module " + m.getKey() + ": " + m.getValue().size() + " rule(s), " + fired + " fired by a scenario"));
            for (Row r : m.getValue()) {
                out.println("  " + Text.pad(r.rule().id(), idWidth) + "  " + String.format("%4d", r.count()) + "  "
                        + r.rule().name() + "  [" + r.rule().clause() + "]");
            }
        }
        List<Row> unfired = unfired();
        out.println();
        out.println(lang.t("未被任何场景触发的规则（" + unfired.size() + "）", "Rules no scenario fired (" + unfired.size() + ")")
                + (unfired.isEmpty() ? lang.t("：无", ": none") : ":"));
        for (Row r : unfired) {
            out.println("  " + r.rule().module() + "  " + Text.pad(r.rule().id(), idWidth) + "  " + r.rule().name()
                    + (r.rule().file() == null ? "" : "  (" + r.rule().file() + ")"));
        }
        out.println();
        out.println(lang.t("POLICY-SPEC 中已加载模块尚无规则的编号（" + specWithoutRule.size() + "）",
                "POLICY-SPEC ids with no rule in the loaded modules (" + specWithoutRule.size() + ")")
                + (specWithoutRule.isEmpty() ? lang.t("：无", ": none") : ":"));
        for (SpecIds.Entry e : specWithoutRule) {
            out.println("  " + Text.pad(e.id(), idWidth) + "  " + e.module() + "  " + e.clause());
        }
        if (!notInSpec.isEmpty()) {
            out.println();
            out.println(lang.t("规则编号不在 POLICY-SPEC 中（" + notInSpec.size() + "）：",
                    "Rule ids not in POLICY-SPEC (" + notInSpec.size() + "):"));
            for (RuleInfo r : notInSpec) {
                out.println("  " + r.module() + "  " + Text.pad(r.id(), idWidth) + "  " + r.name());
            }
        }
    }

    ObjectNode toJsonTree() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode sc = root.putObject("scenarios");
        sc.put("total", passed + failed);
        sc.put("passed", passed);
        sc.put("failed", failed);
        ArrayNode mods = root.putArray("modules");
        for (Map.Entry<String, List<Row>> m : byModule.entrySet()) {
            ObjectNode mo = mods.addObject();
            mo.put("module", m.getKey());
            ArrayNode rs = mo.putArray("rules");
            for (Row r : m.getValue()) {
                ObjectNode ro = rule(rs.addObject(), r.rule());
                ro.put("scenarios", r.count());
                ArrayNode by = ro.putArray("firedBy");
                r.scenarios().forEach(by::add);
            }
        }
        ArrayNode un = root.putArray("unfired");
        unfired().forEach(r -> rule(un.addObject(), r.rule()));
        ArrayNode miss = root.putArray("specWithoutRule");
        for (SpecIds.Entry e : specWithoutRule) {
            ObjectNode o = miss.addObject();
            o.put("id", e.id());
            o.put("module", e.module());
            o.put("clause", e.clause());
        }
        ArrayNode nis = root.putArray("notInSpec");
        notInSpec.forEach(r -> rule(nis.addObject(), r));
        return root;
    }

    private static ObjectNode rule(ObjectNode o, RuleInfo r) {
        o.put("id", r.id());
        o.put("module", r.module());
        o.put("name", r.name());
        o.put("clause", r.clause());
        o.put("file", r.file());
        return o;
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(toJsonTree());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One page with its style inline and no scripts or links, so it can be mailed or archived by CI as is. */
    String toHtml(Lang lang) {
        StringBuilder h = new StringBuilder(16_384);
        int scenarios = passed + failed;
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.zh ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(lang.t("规则覆盖", "Rule coverage")))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;")
                .append("margin:2rem;color:#222;max-width:70rem}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}\n")
                .append("th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#f4f4f4}\ntd.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("tr.none td{background:#fff0f0}\n.muted{color:#777;font-size:.9em}\n")
                .append(".sum span{display:inline-block;margin-right:1.5rem}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(lang.t("规则覆盖", "Rule coverage"))).append("</h1>\n");
        int total = ruleCount();
        long firedCount = total - unfired().size();
        h.append("<p class=\"sum\"><span>").append(esc(lang.t("场景", "Scenarios"))).append(": ").append(scenarios)
                .append(" (").append(passed).append(lang.t(" 通过, ", " passed, ")).append(failed)
                .append(lang.t(" 失败", " failed")).append(")</span><span>")
                .append(esc(lang.t("规则", "Rules"))).append(": ").append(firedCount).append(" / ").append(total)
                .append(esc(lang.t(" 被触发", " fired"))).append("</span><span>")
                .append(esc(lang.t("模块", "Modules"))).append(": ").append(esc(String.join(", ", modules)))
                .append("</span></p>\n");
        for (Map.Entry<String, List<Row>> m : byModule.entrySet()) {
            h.append("<h2>").append(esc(m.getKey())).append("</h2>\n<table>\n<tr><th>id</th><th>")
                    .append(esc(lang.t("规则", "rule"))).append("</th><th>").append(esc(lang.t("条款", "clause")))
                    .append("</th><th>").append(esc(lang.t("场景数", "scenarios"))).append("</th><th>")
                    .append(esc(lang.t("触发它的场景", "fired by"))).append("</th></tr>\n");
            for (Row r : m.getValue()) {
                h.append(r.count() == 0 ? "<tr class=\"none\">" : "<tr>")
                        .append("<td>").append(esc(r.rule().id())).append("</td><td>").append(esc(r.rule().name()))
                        .append(r.rule().file() == null ? "" : "<br><span class=\"muted\">" + esc(r.rule().file()) + "</span>")
                        .append("</td><td>").append(esc(r.rule().clause())).append("</td><td class=\"n\">")
                        .append(r.count()).append("</td><td class=\"muted\">");
                for (int i = 0; i < r.scenarios().size(); i++) {
                    h.append(i == 0 ? "" : "<br>").append(esc(r.scenarios().get(i)));
                }
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>").append(esc(lang.t("POLICY-SPEC 中尚无规则的编号", "POLICY-SPEC ids with no rule"))).append("</h2>\n");
        if (specWithoutRule.isEmpty()) {
            h.append("<p>").append(esc(lang.t("无。", "None."))).append("</p>\n");
        } else {
            h.append("<table>\n<tr><th>id</th><th>").append(esc(lang.t("模块", "module"))).append("</th><th>")
                    .append(esc(lang.t("条款", "clause"))).append("</th></tr>\n");
            for (SpecIds.Entry e : specWithoutRule) {
                h.append("<tr class=\"none\"><td>").append(esc(e.id())).append("</td><td>").append(esc(e.module()))
                        .append("</td><td>").append(esc(e.clause())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!notInSpec.isEmpty()) {
            h.append("<h2>").append(esc(lang.t("不在 POLICY-SPEC 中的规则编号", "Rule ids not in POLICY-SPEC")))
                    .append("</h2>\n<ul>\n");
            for (RuleInfo r : notInSpec) {
                h.append("<li>").append(esc(r.module() + " " + r.id() + ": " + r.name())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
