package io.github.countyrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.api.RuleSetInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code policy-rules rules}: the catalogue of loaded rules, or with {@code --parameters} the named
 * parameters and their values: what policy staff read before changing an interpretation.
 */
@Command(name = "rules", sortOptions = false,
        description = {"List the loaded rules (id, module, clause, title, parameters used), or their parameters.",
                "列出已加载的规则(编号、模块、条款、标题、所用参数)，或列出参数。"})
final class RulesCommand implements Callable<Integer>, LangAware {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--parameters",
            description = "List the parameters instead: name, module, type, clause, value, why / 改为列出参数：名称、模块、类型、条款、取值、理由")
    boolean parameters;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date the parameter values are in force at (default: today) / 参数取值的生效日期(默认今天)")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json / text(默认)或 json")
    Format format = Format.text;

    @Mixin
    LangOption langOption;

    @Mixin
    ModulesOption modulesOption;

    @Override
    public Lang lang() {
        return langOption == null ? Lang.zh : langOption.lang;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = lang();
        PolicyEngine engine = Engines.build(modulesOption);
        // a listing, not a decision: "today" is the useful default, and --as-of pins it
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        if (format == Format.json) {
            ObjectNode root = JSON.createObjectNode();
            ruleSet(root.putObject("ruleSet"), engine.ruleSetInfo());
            ArrayNode mods = root.putArray("modules");
            for (ModuleInfo m : engine.moduleInfos()) {
                ObjectNode o = mods.addObject();
                o.put("name", m.name());
                o.putObject("title").put("zh", ModuleTitles.of(m, Lang.zh)).put("en", ModuleTitles.of(m, Lang.en));
                o.put("origin", m.origin());
                ArrayNode pv = o.putArray("provinces");
                m.provinces().stream().sorted().forEach(pv::add);
            }
            if (parameters) {
                root.put("asOf", date.toString());
                ArrayNode ps = root.putArray("parameters");
                for (ParameterInfo p : engine.parameters(date)) {
                    ObjectNode o = ps.addObject();
                    o.put("name", p.name());
                    o.put("module", p.module());
                    o.put("type", p.type());
                    o.put("clause", p.clause());
                    o.put("value", p.value());
                    ObjectNode why = o.putObject("why");
                    why.put("zh", p.zh());
                    why.put("en", p.en());
                }
            } else {
                ArrayNode rs = root.putArray("rules");
                for (RuleInfo r : engine.rules()) {
                    ObjectNode o = rs.addObject();
                    o.put("id", r.id());
                    o.put("module", r.module());
                    o.put("clause", r.clause());
                    o.put("title", r.name());
                    o.put("file", r.file());
                    ArrayNode used = o.putArray("parameters");
                    r.parameters().forEach(used::add);
                }
            }
            out.println(JSON.writeValueAsString(root));
        } else if (parameters) {
            printParameters(engine.parameters(date), date, lang, out);
        } else {
            printRules(engine, lang, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void ruleSet(ObjectNode o, RuleSetInfo info) {
        ArrayNode mods = o.putArray("modules");
        info.modules().forEach(mods::add);
        o.put("version", info.version());
        o.put("digest", info.digest());
    }

    private static void printRules(PolicyEngine engine, Lang lang, PrintWriter out) {
        List<RuleInfo> rules = engine.rules();
        int idW = rules.stream().mapToInt(r -> Text.width(r.id())).max().orElse(6);
        int clauseW = rules.stream().mapToInt(r -> Text.width(r.clause())).max().orElse(10);
        for (ModuleInfo info : engine.moduleInfos()) {
            String module = info.name();
            List<RuleInfo> of = rules.stream().filter(r -> r.module().equals(module)).toList();
            String titled = ModuleTitles.titled(info, lang) ? " " + ModuleTitles.of(info, lang) : "";
            String origin = "classpath".equals(info.origin()) ? "" : lang.t("，来自规则目录 " + info.origin(),
                    ", from rules folder " + info.origin());
            out.println(lang.t("模块 " + module + titled + "（" + of.size() + " 条规则" + origin + "）",
                    "module " + module + titled + " (" + of.size() + " rules" + origin + ")"));
            if (of.isEmpty()) {
                out.println(lang.t("  (尚无规则)", "  (no rules yet)"));
            }
            for (RuleInfo r : of) {
                out.println("  " + Text.pad(r.id(), idW) + "  " + Text.pad(r.clause(), clauseW) + "  " + r.name());
                if (!r.parameters().isEmpty()) {
                    out.println("  " + " ".repeat(idW + clauseW + 4) + lang.t("参数：", "parameters: ")
                            + String.join(", ", r.parameters()));
                }
            }
            out.println();
        }
        out.println(lang.t("共 " + rules.size() + " 条规则，模块：", rules.size() + " rule(s) in modules: ")
                + String.join(", ", engine.modules()));
    }

    private static void printParameters(List<ParameterInfo> params, LocalDate date, Lang lang, PrintWriter out) {
        out.println(lang.t(date + " 生效的参数取值(事实文件可在 parameters: 下覆盖)",
                "Parameter values in force on " + date + " (a facts file may override them under parameters:)"));
        out.println();
        for (ParameterInfo p : params) {
            out.println(p.name() + " = " + p.value());
            out.println("    " + lang.t("模块 ", "module ") + p.module() + " · " + lang.t("类型 ", "type ") + p.type()
                    + " · " + lang.t("条款 ", "clause ") + p.clause());
            out.println("    " + lang.t("理由：", "why: ") + lang.t(p.zh(), p.en()));
        }
        out.println();
        out.println(lang.t("共 " + params.size() + " 个参数", params.size() + " parameter(s)"));
    }
}
