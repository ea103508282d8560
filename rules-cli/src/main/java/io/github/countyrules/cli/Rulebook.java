package io.github.countyrules.cli;

import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.api.RuleSetInfo;
import io.github.countyrules.core.scenario.ScenarioResult;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rulebook: per module, per rule file (one clause group), the clause text the file quotes, the
 * rules that implement it, the parameters they read and the scenarios that exercise each rule; then
 * the POLICY-SPEC ids no rule implements yet and everything the files say is not modelled. Written
 * as Markdown and as one self-contained HTML page, for readers who check rules against the policy
 * text and never open a DRL file.
 */
final class Rulebook {
    /** A scenario that fired a rule. */
    record ScenarioRef(String name, String location, boolean passed) {
    }

    /** One DRL file: its path as the engine names it, the opening comment, the rules and the parameters they read. */
    record FileSection(String file, List<String> header, List<String> notModelled, List<RuleInfo> rules,
                       List<ParameterInfo> parameters) {
        String shortName() {
            if (file == null) {
                return "?";
            }
            int slash = file.lastIndexOf('/');
            return slash < 0 ? file : file.substring(slash + 1);
        }
    }

    /** A module: its files and the parameters of its table that no rule text names. */
    record ModuleSection(ModuleInfo info, List<FileSection> files, List<ParameterInfo> otherParameters) {
    }

    final RuleSetInfo ruleSet;
    final LocalDate asOf;
    final List<ModuleSection> modules;
    /** Parameters of no loaded module (the core's own). */
    final List<ParameterInfo> coreParameters;
    final List<SpecIds.Entry> specWithoutRule;
    final List<RuleInfo> notInSpec;
    /** "module/rule name" to the scenarios that fired it. */
    final Map<String, List<ScenarioRef>> firedBy;
    final List<Path> scenarioPaths;
    final int scenarios;
    final int scenariosFailed;

    private Rulebook(RuleSetInfo ruleSet, LocalDate asOf, List<ModuleSection> modules, List<ParameterInfo> coreParameters,
                     List<SpecIds.Entry> specWithoutRule, List<RuleInfo> notInSpec, Map<String, List<ScenarioRef>> firedBy,
                     List<Path> scenarioPaths, int scenarios, int scenariosFailed) {
        this.ruleSet = ruleSet;
        this.asOf = asOf;
        this.modules = modules;
        this.coreParameters = coreParameters;
        this.specWithoutRule = specWithoutRule;
        this.notInSpec = notInSpec;
        this.firedBy = firedBy;
        this.scenarioPaths = scenarioPaths;
        this.scenarios = scenarios;
        this.scenariosFailed = scenariosFailed;
    }

    /** The source text of a rule file, or null when it cannot be read. */
    interface Sources {
        String read(ModuleInfo module, String file);
    }

    static Rulebook of(RuleSetInfo ruleSet, LocalDate asOf, List<ModuleInfo> moduleInfos, List<RuleInfo> rules,
                       List<ParameterInfo> parameters, Sources sources, List<Path> scenarioPaths,
                       List<ScenarioResult> results, List<SpecIds.Entry> spec) {
        Map<String, ParameterInfo> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        Set<String> named = new TreeSet<>();
        List<ModuleSection> sections = new ArrayList<>();
        for (ModuleInfo m : moduleInfos) {
            List<RuleInfo> of = rules.stream().filter(r -> r.module().equals(m.name())).toList();
            // files in the order of their first rule id, so the book follows the spec's clause order
            Map<String, List<RuleInfo>> files = new LinkedHashMap<>();
            of.forEach(r -> files.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r));
            List<FileSection> fs = new ArrayList<>();
            for (Map.Entry<String, List<RuleInfo>> f : files.entrySet()) {
                String text = f.getKey() == null ? null : sources.read(m, f.getKey());
                List<String> header = text == null ? List.of() : DrlHeader.lines(text);
                Set<String> used = new TreeSet<>();
                f.getValue().forEach(r -> used.addAll(r.parameters()));
                named.addAll(used);
                List<ParameterInfo> ps = used.stream().map(byName::get).filter(java.util.Objects::nonNull).toList();
                fs.add(new FileSection(f.getKey(), header, DrlHeader.notModelled(header), f.getValue(), ps));
            }
            List<ParameterInfo> other = parameters.stream()
                    .filter(p -> p.module().equals(m.name()) && !named.contains(p.name())).toList();
            sections.add(new ModuleSection(m, fs, other));
        }
        Set<String> loaded = new TreeSet<>();
        moduleInfos.forEach(m -> loaded.add(m.name()));
        List<ParameterInfo> core = parameters.stream().filter(p -> !loaded.contains(p.module())).toList();

        Set<String> implemented = new TreeSet<>();
        rules.forEach(r -> implemented.add(r.id()));
        List<SpecIds.Entry> missing = spec.stream()
                .filter(e -> loaded.contains(e.module()) && !implemented.contains(e.id())).toList();
        Set<String> specIds = new TreeSet<>();
        spec.forEach(e -> specIds.add(e.id()));
        List<RuleInfo> notInSpec = rules.stream().filter(r -> !specIds.contains(r.id())).toList();

        Map<String, List<ScenarioRef>> firedBy = new LinkedHashMap<>();
        int failed = 0;
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                failed++;
            }
            String where = (r.scenario().file() == null ? "(inline)" : r.scenario().file().getFileName().toString())
                    + "#" + r.scenario().index();
            ScenarioRef ref = new ScenarioRef(r.scenario().name(), where, r.passed());
            r.firedRules().forEach(k -> firedBy.computeIfAbsent(k, x -> new ArrayList<>()).add(ref));
        }
        return new Rulebook(ruleSet, asOf, sections, core, missing, notInSpec, firedBy, scenarioPaths, results.size(), failed);
    }

    List<ScenarioRef> scenariosOf(RuleInfo r) {
        return firedBy.getOrDefault(r.module() + "/" + r.name(), List.of());
    }

    static String title(ModuleInfo m, Lang lang) {
        return ModuleTitles.of(m, lang);
    }

    static String origin(ModuleInfo m, Lang lang) {
        return "classpath".equals(m.origin()) ? lang.t("随附的规则模块(jar)", "the shipped rule module (jar)")
                : lang.t("规则目录 ", "rules folder ") + m.origin();
    }

    // ---------------------------------------------------------------- Markdown

    String toMarkdown(Lang lang) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("# ").append(lang.t("规则手册", "Rulebook")).append("\n\n");
        b.append(lang.t("规则集：", "Rule set: ")).append(String.join(", ", ruleSet.modules())).append(" · ")
                .append(lang.t("版本 ", "version ")).append(ruleSet.version()).append(" · `").append(ruleSet.digest())
                .append("`  \n");
        b.append(lang.t("参数取值：" + asOf + " 生效的值", "Parameter values: those in force on " + asOf)).append("  \n");
        b.append(scenarioLine(lang)).append("\n\n");
        b.append("## ").append(lang.t("目录", "Contents")).append("\n\n");
        for (ModuleSection m : modules) {
            b.append("- [").append(md(title(m.info(), lang))).append(" (").append(m.info().name()).append(")](#")
                    .append(anchor("m", m.info().name())).append(")\n");
            for (FileSection f : m.files()) {
                b.append("  - [").append(md(f.shortName())).append("](#").append(anchor("f", m.info().name(), f.shortName()))
                        .append(")\n");
            }
        }
        if (!coreParameters.isEmpty()) {
            b.append("- [").append(lang.t("核心参数", "Core parameters")).append("](#core-parameters)\n");
        }
        b.append("- [").append(lang.t("POLICY-SPEC 中尚无规则的编号", "POLICY-SPEC ids with no rule")).append("](#spec-without-rule)\n");
        b.append("- [").append(lang.t("未建模的内容", "Not modelled")).append("](#not-modelled)\n\n");

        for (ModuleSection m : modules) {
            long ruleCount = m.files().stream().mapToLong(f -> f.rules().size()).sum();
            b.append("<a id=\"").append(anchor("m", m.info().name())).append("\"></a>\n\n");
            b.append("## ").append(md(title(m.info(), lang))).append(" (").append(m.info().name()).append(")\n\n");
            b.append(lang.t("来源：", "From: ")).append(md(origin(m.info(), lang))).append(" · ")
                    .append(lang.t(ruleCount + " 条规则", ruleCount + " rule(s)"));
            if (!m.info().provinces().isEmpty()) {
                b.append(" · ").append(lang.t("省级代码 ", "provinces ")).append(String.join(", ", new TreeSet<>(m.info().provinces())));
            }
            b.append("\n\n");
            for (FileSection f : m.files()) {
                fileMarkdown(b, m, f, lang);
            }
            if (!m.otherParameters().isEmpty()) {
                b.append("### ").append(lang.t("本模块的其他参数", "Other parameters of this module")).append("\n\n");
                b.append(lang.t("规则文本中没有直接写出这些参数的名称(由辅助代码读取，或尚未使用)。\n\n",
                        "No rule text names these parameters (helper code reads them, or nothing uses them yet).\n\n"));
                parameterTable(b, m.otherParameters(), lang);
            }
        }
        if (!coreParameters.isEmpty()) {
            b.append("<a id=\"core-parameters\"></a>\n\n## ").append(lang.t("核心参数", "Core parameters")).append("\n\n");
            b.append(lang.t("由引擎本身定义，各模块共用。\n\n", "Defined by the engine itself, shared by every module.\n\n"));
            parameterTable(b, coreParameters, lang);
        }
        b.append("<a id=\"spec-without-rule\"></a>\n\n## ")
                .append(lang.t("POLICY-SPEC 中尚无规则的编号", "POLICY-SPEC ids with no rule")).append("\n\n");
        if (specWithoutRule.isEmpty()) {
            b.append(lang.t("无：已加载模块的每个规范编号都有规则。\n\n", "None: every spec id of the loaded modules has a rule.\n\n"));
        } else {
            b.append("| id | ").append(lang.t("模块", "module")).append(" | ").append(lang.t("条款", "clause")).append(" |\n|---|---|---|\n");
            for (SpecIds.Entry e : specWithoutRule) {
                b.append("| ").append(cell(e.id())).append(" | ").append(cell(e.module())).append(" | ").append(cell(e.clause())).append(" |\n");
            }
            b.append('\n');
        }
        if (!notInSpec.isEmpty()) {
            b.append("### ").append(lang.t("不在 POLICY-SPEC 中的规则编号", "Rule ids not in POLICY-SPEC")).append("\n\n");
            notInSpec.forEach(r -> b.append("- ").append(md(r.module() + " " + r.id() + ": " + r.name())).append('\n'));
            b.append('\n');
        }
        b.append("<a id=\"not-modelled\"></a>\n\n## ").append(lang.t("未建模的内容", "Not modelled")).append("\n\n");
        b.append(lang.t("各规则文件开头注释中说明的未建模内容及原因(原文照录)。\n\n",
                "What each rule file's opening comment says is not modelled, and why (quoted as written).\n\n"));
        boolean any = false;
        for (ModuleSection m : modules) {
            for (FileSection f : m.files()) {
                for (String note : f.notModelled()) {
                    any = true;
                    b.append("- **").append(m.info().name()).append(" / ").append(md(f.shortName())).append("**: ")
                            .append(md(note)).append('\n');
                }
            }
        }
        b.append(any ? "\n" : lang.t("(没有文件说明未建模的内容)\n", "(no file names anything not modelled)\n"));
        return b.toString();
    }

    private String scenarioLine(Lang lang) {
        if (scenarioPaths.isEmpty()) {
            return lang.t("场景：未运行(没有给出 --scenarios，也不在仓库中)", "Scenarios: none run (no --scenarios given and not in the repository)");
        }
        List<String> paths = scenarioPaths.stream().map(Path::toString).toList();
        return lang.t("场景：" + scenarios + " 个(" + (scenarios - scenariosFailed) + " 个通过，" + scenariosFailed + " 个失败)，来自 "
                        + String.join(", ", paths),
                "Scenarios: " + scenarios + " (" + (scenarios - scenariosFailed) + " passed, " + scenariosFailed + " failed), from "
                        + String.join(", ", paths));
    }

    private void fileMarkdown(StringBuilder b, ModuleSection m, FileSection f, Lang lang) {
        b.append("<a id=\"").append(anchor("f", m.info().name(), f.shortName())).append("\"></a>\n\n");
        b.append("### ").append(md(f.shortName())).append("\n\n");
        if (f.file() != null) {
            b.append('`').append(f.file()).append("`\n\n");
        }
        if (f.header().isEmpty()) {
            b.append(lang.t("(文件开头没有注释)\n\n", "(the file opens with no comment)\n\n"));
        } else {
            for (String line : f.header()) {
                // a line break at each line of the comment: the clauses are quoted line by line
                b.append(line.isBlank() ? ">" : "> " + quoteLine(line) + "  ").append('\n');
            }
            b.append('\n');
        }
        b.append("| id | ").append(lang.t("规则", "rule")).append(" | ").append(lang.t("条款", "clause")).append(" | ")
                .append(lang.t("参数", "parameters")).append(" | ").append(lang.t("场景数", "scenarios")).append(" |\n")
                .append("|---|---|---|---|---|\n");
        for (RuleInfo r : f.rules()) {
            b.append("| ").append(cell(r.id())).append(" | ").append(cell(r.name())).append(" | ").append(cell(r.clause()))
                    .append(" | ").append(cell(String.join(", ", r.parameters()))).append(" | ")
                    .append(scenariosOf(r).size()).append(" |\n");
        }
        b.append('\n');
        if (!scenarioPaths.isEmpty()) {
            b.append("**").append(lang.t("覆盖各规则的场景", "Scenarios that fire each rule")).append("**\n\n");
            for (RuleInfo r : f.rules()) {
                List<ScenarioRef> refs = scenariosOf(r);
                b.append("- ").append(md(r.name())).append(lang.t("（" + refs.size() + " 个）：", " (" + refs.size() + "): "));
                if (refs.isEmpty()) {
                    b.append(lang.t("**没有场景触发这条规则**", "**no scenario fires this rule**"));
                }
                for (int i = 0; i < refs.size(); i++) {
                    ScenarioRef s = refs.get(i);
                    b.append(i == 0 ? "" : lang.t("；", "; ")).append(md(s.name())).append(" (").append(md(s.location()))
                            .append(s.passed() ? "" : lang.t("，失败", ", failed")).append(')');
                }
                b.append('\n');
            }
            b.append('\n');
        }
        if (!f.parameters().isEmpty()) {
            b.append("**").append(lang.t("参数", "Parameters")).append("**\n\n");
            parameterTable(b, f.parameters(), lang);
        }
    }

    private void parameterTable(StringBuilder b, List<ParameterInfo> ps, Lang lang) {
        b.append("| ").append(lang.t("参数", "parameter")).append(" | ").append(lang.t("取值", "value")).append(" | ")
                .append(lang.t("类型", "type")).append(" | ").append(lang.t("条款", "clause")).append(" | ")
                .append(lang.t("理由", "why")).append(" |\n|---|---|---|---|---|\n");
        for (ParameterInfo p : ps) {
            b.append("| ").append(cell(p.name())).append(" | ").append(cell(p.value())).append(" | ").append(cell(p.type()))
                    .append(" | ").append(cell(p.clause())).append(" | ").append(cell(lang.t(p.zh(), p.en()))).append(" |\n");
        }
        b.append('\n');
    }

    static String anchor(String kind, String... parts) {
        StringBuilder b = new StringBuilder(kind);
        for (String p : parts) {
            b.append('-').append(p.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    /** Text safe in Markdown: the characters that would start emphasis, code, links or HTML are escaped. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A quoted comment line: escaped, and a leading mark that Markdown would read as a heading or list kept literal. */
    private static String quoteLine(String line) {
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        String t = md(line.stripLeading());
        if (t.startsWith("#") || t.startsWith("+ ") || t.startsWith("- ") || t.matches("\\d+\\. .*")) {
            t = "\\" + t;
        }
        // leading spaces collapse in Markdown; non-breaking ones keep the clause indentation
        return "\u00A0".repeat(lead.length()) + t;
    }

    private static String cell(String s) {
        return md(s == null ? "" : s).replace("\n", " ");
    }

    // ---------------------------------------------------------------- HTML

    /** One page with its style inline and no scripts or links, so it can be mailed or archived as is. */
    String toHtml(Lang lang) {
        StringBuilder h = new StringBuilder(128 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.zh ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(lang.t("规则手册", "Rulebook"))).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;")
                .append("margin:2rem auto;color:#222;max-width:72rem;padding:0 1rem;line-height:1.5}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.5rem 0 1.2rem}\n")
                .append("th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#f4f4f4}\ntd.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("tr.none td{background:#fff0f0}\n.muted{color:#666;font-size:.9em}\n")
                .append("blockquote{margin:.5rem 0 1rem;padding:.6rem 1rem;border-left:4px solid #b8c4d6;background:#f7f9fc;")
                .append("white-space:pre-wrap;font-family:inherit}\n")
                .append("code{font-size:.9em;background:#f2f2f2;padding:0 .2rem}\nh2{border-bottom:2px solid #ccc;margin-top:2.5rem}\n")
                .append("h3{margin-top:2rem}\nli.failed{color:#a00}\nsummary{cursor:pointer}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(lang.t("规则手册", "Rulebook"))).append("</h1>\n<p class=\"muted\">")
                .append(esc(lang.t("规则集：", "Rule set: "))).append(esc(String.join(", ", ruleSet.modules()))).append(" · ")
                .append(esc(lang.t("版本 ", "version "))).append(esc(ruleSet.version())).append(" · <code>")
                .append(esc(ruleSet.digest())).append("</code><br>")
                .append(esc(lang.t("参数取值：" + asOf + " 生效的值", "Parameter values: those in force on " + asOf))).append("<br>")
                .append(esc(scenarioLine(lang))).append("</p>\n");
        h.append("<h2>").append(esc(lang.t("目录", "Contents"))).append("</h2>\n<ul>\n");
        for (ModuleSection m : modules) {
            h.append("<li><a href=\"#").append(anchor("m", m.info().name())).append("\">").append(esc(title(m.info(), lang)))
                    .append(" (").append(esc(m.info().name())).append(")</a><ul>");
            for (FileSection f : m.files()) {
                h.append("<li><a href=\"#").append(anchor("f", m.info().name(), f.shortName())).append("\">")
                        .append(esc(f.shortName())).append("</a></li>");
            }
            h.append("</ul></li>\n");
        }
        if (!coreParameters.isEmpty()) {
            h.append("<li><a href=\"#core-parameters\">").append(esc(lang.t("核心参数", "Core parameters"))).append("</a></li>\n");
        }
        h.append("<li><a href=\"#spec-without-rule\">").append(esc(lang.t("POLICY-SPEC 中尚无规则的编号", "POLICY-SPEC ids with no rule")))
                .append("</a></li>\n<li><a href=\"#not-modelled\">").append(esc(lang.t("未建模的内容", "Not modelled")))
                .append("</a></li>\n</ul>\n");

        for (ModuleSection m : modules) {
            long ruleCount = m.files().stream().mapToLong(f -> f.rules().size()).sum();
            h.append("<h2 id=\"").append(anchor("m", m.info().name())).append("\">").append(esc(title(m.info(), lang)))
                    .append(" (").append(esc(m.info().name())).append(")</h2>\n<p class=\"muted\">")
                    .append(esc(lang.t("来源：", "From: ") + origin(m.info(), lang))).append(" · ")
                    .append(esc(lang.t(ruleCount + " 条规则", ruleCount + " rule(s)"))).append("</p>\n");
            for (FileSection f : m.files()) {
                fileHtml(h, m, f, lang);
            }
            if (!m.otherParameters().isEmpty()) {
                h.append("<h3>").append(esc(lang.t("本模块的其他参数", "Other parameters of this module"))).append("</h3>\n<p>")
                        .append(esc(lang.t("规则文本中没有直接写出这些参数的名称(由辅助代码读取，或尚未使用)。",
                                "No rule text names these parameters (helper code reads them, or nothing uses them yet).")))
                        .append("</p>\n");
                parameterTableHtml(h, m.otherParameters(), lang);
            }
        }
        if (!coreParameters.isEmpty()) {
            h.append("<h2 id=\"core-parameters\">").append(esc(lang.t("核心参数", "Core parameters"))).append("</h2>\n<p>")
                    .append(esc(lang.t("由引擎本身定义，各模块共用。", "Defined by the engine itself, shared by every module.")))
                    .append("</p>\n");
            parameterTableHtml(h, coreParameters, lang);
        }
        h.append("<h2 id=\"spec-without-rule\">").append(esc(lang.t("POLICY-SPEC 中尚无规则的编号", "POLICY-SPEC ids with no rule")))
                .append("</h2>\n");
        if (specWithoutRule.isEmpty()) {
            h.append("<p>").append(esc(lang.t("无：已加载模块的每个规范编号都有规则。", "None: every spec id of the loaded modules has a rule.")))
                    .append("</p>\n");
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
            h.append("<h3>").append(esc(lang.t("不在 POLICY-SPEC 中的规则编号", "Rule ids not in POLICY-SPEC"))).append("</h3>\n<ul>\n");
            notInSpec.forEach(r -> h.append("<li>").append(esc(r.module() + " " + r.id() + ": " + r.name())).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<h2 id=\"not-modelled\">").append(esc(lang.t("未建模的内容", "Not modelled"))).append("</h2>\n<p>")
                .append(esc(lang.t("各规则文件开头注释中说明的未建模内容及原因(原文照录)。",
                        "What each rule file's opening comment says is not modelled, and why (quoted as written).")))
                .append("</p>\n<ul>\n");
        for (ModuleSection m : modules) {
            for (FileSection f : m.files()) {
                for (String note : f.notModelled()) {
                    h.append("<li><b>").append(esc(m.info().name() + " / " + f.shortName())).append("</b>: ")
                            .append(esc(note)).append("</li>\n");
                }
            }
        }
        h.append("</ul>\n</body>\n</html>\n");
        return h.toString();
    }

    private void fileHtml(StringBuilder h, ModuleSection m, FileSection f, Lang lang) {
        h.append("<h3 id=\"").append(anchor("f", m.info().name(), f.shortName())).append("\">").append(esc(f.shortName()))
                .append("</h3>\n");
        if (f.file() != null) {
            h.append("<p class=\"muted\"><code>").append(esc(f.file())).append("</code></p>\n");
        }
        if (f.header().isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(lang.t("(文件开头没有注释)", "(the file opens with no comment)"))).append("</p>\n");
        } else {
            h.append("<blockquote>").append(esc(String.join("\n", f.header()))).append("</blockquote>\n");
        }
        h.append("<table>\n<tr><th>id</th><th>").append(esc(lang.t("规则", "rule"))).append("</th><th>")
                .append(esc(lang.t("条款", "clause"))).append("</th><th>").append(esc(lang.t("参数", "parameters")))
                .append("</th><th>").append(esc(lang.t("覆盖的场景", "scenarios that fire it"))).append("</th></tr>\n");
        for (RuleInfo r : f.rules()) {
            List<ScenarioRef> refs = scenariosOf(r);
            h.append(refs.isEmpty() && !scenarioPaths.isEmpty() ? "<tr class=\"none\">" : "<tr>")
                    .append("<td id=\"").append(anchor("r", m.info().name(), r.name())).append("\">").append(esc(r.id()))
                    .append("</td><td>").append(esc(r.name())).append("</td><td>").append(esc(r.clause())).append("</td><td>")
                    .append(esc(String.join(", ", r.parameters()))).append("</td><td>");
            if (scenarioPaths.isEmpty()) {
                h.append("<span class=\"muted\">—</span>");
            } else if (refs.isEmpty()) {
                h.append(esc(lang.t("没有场景触发这条规则", "no scenario fires this rule")));
            } else {
                h.append("<details><summary>").append(esc(lang.t(refs.size() + " 个场景", refs.size() + " scenario(s)")))
                        .append("</summary><ul>");
                for (ScenarioRef s : refs) {
                    h.append(s.passed() ? "<li>" : "<li class=\"failed\">").append(esc(s.name()))
                            .append(" <span class=\"muted\">").append(esc(s.location()))
                            .append(s.passed() ? "" : esc(lang.t("，失败", ", failed"))).append("</span></li>");
                }
                h.append("</ul></details>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!f.parameters().isEmpty()) {
            parameterTableHtml(h, f.parameters(), lang);
        }
    }

    private static void parameterTableHtml(StringBuilder h, List<ParameterInfo> ps, Lang lang) {
        h.append("<table>\n<tr><th>").append(esc(lang.t("参数", "parameter"))).append("</th><th>")
                .append(esc(lang.t("取值", "value"))).append("</th><th>").append(esc(lang.t("类型", "type"))).append("</th><th>")
                .append(esc(lang.t("条款", "clause"))).append("</th><th>").append(esc(lang.t("理由", "why"))).append("</th></tr>\n");
        for (ParameterInfo p : ps) {
            h.append("<tr><td><code>").append(esc(p.name())).append("</code></td><td>").append(esc(p.value())).append("</td><td>")
                    .append(esc(p.type())).append("</td><td>").append(esc(p.clause())).append("</td><td>")
                    .append(esc(lang.t(p.zh(), p.en()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String esc(String s) {
        return Coverage.esc(s);
    }
}
