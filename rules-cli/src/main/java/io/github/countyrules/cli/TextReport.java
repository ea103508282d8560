package io.github.countyrules.cli;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleRole;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.rules.Progress;
import io.github.countyrules.core.rules.Reason;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A report for people: per region its decisions, and under each decision the reasons with the
 * rule, clause, status, message, and the facts and parameters the rule used. Those last two are
 * what let a reader check a decision against the policy text without reading the rules.
 */
final class TextReport {
    private TextReport() {
    }

    static void print(Report r, List<ModuleInfo> modules, Lang lang, PrintWriter out) {
        print(r, modules, reason -> RuleRole.of(null, reason.subject() != null && reason.subject().kind() == Kind.ALERT), lang, out);
    }

    /** The report; {@code roles} gives each reason's role (RuleRole.lookup of the engine's rules), which picks its status words. */
    static void print(Report r, List<ModuleInfo> modules, Function<Reason, RuleRole> roles, Lang lang, PrintWriter out) {
        out.println(lang.t("评估日期 ", "As of ") + r.asOf());
        out.println(lang.t("规则集 ", "Rule set ") + String.join(", ", r.ruleSet().modules())
                + " · " + lang.t("版本 ", "version ") + r.ruleSet().version() + " · " + r.ruleSet().digest());
        modules(modules, lang, out);
        String region = null;
        int regions = 0;
        for (Decision d : r.decisions()) {
            if (!d.region().equals(region)) {
                region = d.region();
                regions++;
                out.println();
                out.println(d.region() + " " + Objects.toString(d.regionName(), ""));
            }
            decision(d, roles, lang, out, "  ");
        }
        if (r.decisions().isEmpty()) {
            out.println();
            out.println(lang.t("(没有任何决定：这些事实不涉及已加载模块的规则)",
                    "(no decisions: the facts concern none of the loaded modules' rules)"));
        }
        if (!r.progress().isEmpty()) {
            out.println();
            out.println(lang.t("进度", "Progress"));
            for (Progress p : r.progress()) {
                out.println("  " + Words.program(p.program(), lang) + lang.t("：", ": ") + p.count() + " / " + p.target()
                        + lang.t("（" + p.rule() + "）", " (" + p.rule() + ")"));
            }
        }
        if (!r.warnings().isEmpty()) {
            out.println();
            out.println(lang.t("警告", "Warnings"));
            for (String w : r.warnings()) {
                out.println("  - " + w);
            }
        }
        out.println();
        out.println(lang.t(regions + " 个地区，" + r.decisions().size() + " 项决定",
                regions + " region(s), " + r.decisions().size() + " decision(s)"));
    }

    /**
     * The loaded modules with their titles, and where a module came from a rules folder, that
     * folder: the first thing to check when a decision is not what the shipped rules would say.
     */
    static void modules(List<ModuleInfo> modules, Lang lang, PrintWriter out) {
        int w = modules.stream().mapToInt(m -> Text.width(m.name())).max().orElse(8);
        for (ModuleInfo m : modules) {
            String title = ModuleTitles.of(m, lang);
            boolean titled = ModuleTitles.titled(m, lang);
            String origin = "classpath".equals(m.origin()) ? "" : lang.t("（来自规则目录 " + m.origin() + "）",
                    " (from rules folder " + m.origin() + ")");
            out.println(("  " + Text.pad(m.name(), w) + (titled ? "  " + title : "") + origin).stripTrailing());
        }
    }

    /** One decision and its reasons, indented by {@code indent}, with the status words of a criterion (or alert). */
    static void decision(Decision d, Lang lang, PrintWriter out, String indent) {
        decision(d, reason -> RuleRole.of(null, reason.subject() != null && reason.subject().kind() == Kind.ALERT), lang, out, indent);
    }

    /** One decision and its reasons, indented by {@code indent}; each status in the words of its rule's role. */
    static void decision(Decision d, Function<Reason, RuleRole> roles, Lang lang, PrintWriter out, String indent) {
        StringBuilder head = new StringBuilder(indent)
                .append(Words.program(d.program(), lang)).append(" · ")
                .append(Words.kind(d.kind(), lang));
        if (d.year() != null) {
            head.append(" · ").append(d.year()).append(lang.t(" 年", ""));
        }
        head.append(" → ").append(Words.outcome(d.outcome(), lang));
        out.println(head);
        String in = indent + "    ";
        for (Reason r : d.reasons()) {
            reason(r, roles.apply(r), lang, out, indent + "  - ", in);
        }
    }

    /** One reason: rule, clause, status in its role's words, message, then the facts, parameters and what is missing. */
    static void reason(Reason r, RuleRole role, Lang lang, PrintWriter out, String first, String in) {
        out.println(first + r.rule() + " [" + r.clause() + "] " + Words.status(role, r.status(), lang) + lang.t("：", ": ")
                + lang.t(r.zh(), r.en()));
        List<String> facts = Labels.facts(r.facts(), lang);
        if (!facts.isEmpty()) {
            out.println(in + lang.t("事实：", "facts: ") + String.join(lang.t("；", "; "), facts));
        }
        values(lang.t("参数", "parameters"), r.parameters(), lang, out, in);
        if (!r.missing().isEmpty()) {
            out.println(in + lang.t("缺少：", "missing: ") + Labels.missing(r.missing(), lang));
        }
    }

    private static void values(String label, Map<String, String> values, Lang lang, PrintWriter out, String indent) {
        if (values.isEmpty()) {
            return;
        }
        List<String> parts = values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList();
        out.println(indent + label + lang.t("：", ": ") + String.join(lang.t("；", "; "), parts));
    }
}
