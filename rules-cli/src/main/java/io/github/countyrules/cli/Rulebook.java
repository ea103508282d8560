package io.github.countyrules.cli;

import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.api.RuleRole;
import io.github.countyrules.core.api.RuleSetInfo;
import io.github.countyrules.core.scenario.Expectation;
import io.github.countyrules.core.scenario.ScenarioResult;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rulebook, for policy officers who check rules against the policy text and never open a DRL
 * file: per module, per group of clauses (one rule file), the clause text the file quotes; then
 * each rule with its clause, its role, its conditions in plain words, the parameters it reads with
 * their values and dated history, and the scenarios that exercise it. Everything is generated from
 * the rules themselves: a rule's {@code @conditionZh}/{@code @conditionEn} metadata when it has
 * them, otherwise its title, the combination its DRL writes ({@code Verdict.allMustHold(...)}), the
 * kinds of fact its conditions read and the parameters its text names. The Chinese book holds no
 * English: the developer notes of the file comments are left out, codes are shown by their labels,
 * and scenarios are named by what they expect. Written as Markdown and as one self-contained HTML
 * page with unique ids.
 */
final class Rulebook {
    /** A scenario that fired a rule: its English name, what it expects in Chinese, where it is, and whether it passed. */
    record ScenarioRef(String name, String zh, String file, int index, boolean passed, Set<String> expectsRule) {
        String label(Lang lang) {
            return lang == Lang.zh ? zh : name;
        }

        String location(Lang lang) {
            return lang.t(file + " 第 " + (index + 1) + " 个", file + "#" + index);
        }
    }

    /** The rules of one id in a file (a combining rule such as NX-D may be written as several rules). */
    record RuleGroup(String id, List<RuleInfo> rules) {
    }

    /** One DRL file: its opening comment, the rules by id and the parameters they read. */
    record FileSection(String file, List<String> header, List<RuleGroup> groups, List<ParameterInfo> parameters) {
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
    /** "module/rule name" to the scenarios that fired it. */
    final Map<String, List<ScenarioRef>> firedBy;
    final Map<String, ParameterInfo> parametersByName;
    final List<Path> scenarioPaths;
    final int scenarios;
    final int scenariosFailed;

    private Rulebook(RuleSetInfo ruleSet, LocalDate asOf, List<ModuleSection> modules, List<ParameterInfo> coreParameters,
                     List<SpecIds.Entry> specWithoutRule, Map<String, List<ScenarioRef>> firedBy,
                     Map<String, ParameterInfo> parametersByName, List<Path> scenarioPaths, int scenarios, int scenariosFailed) {
        this.ruleSet = ruleSet;
        this.asOf = asOf;
        this.modules = modules;
        this.coreParameters = coreParameters;
        this.specWithoutRule = specWithoutRule;
        this.firedBy = firedBy;
        this.parametersByName = parametersByName;
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
            // files in the order of their first rule id, so the book follows the clauses' order
            Map<String, List<RuleInfo>> files = new LinkedHashMap<>();
            of.forEach(r -> files.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r));
            List<FileSection> fs = new ArrayList<>();
            for (Map.Entry<String, List<RuleInfo>> f : files.entrySet()) {
                String text = f.getKey() == null ? null : sources.read(m, f.getKey());
                List<String> header = text == null ? List.of() : DrlHeader.lines(text);
                Map<String, List<RuleInfo>> byId = new LinkedHashMap<>();
                f.getValue().forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
                List<RuleGroup> groups = byId.entrySet().stream().map(e -> new RuleGroup(e.getKey(), e.getValue())).toList();
                Set<String> used = new TreeSet<>();
                f.getValue().forEach(r -> used.addAll(r.parameters()));
                named.addAll(used);
                List<ParameterInfo> ps = used.stream().map(byName::get).filter(Objects::nonNull).toList();
                fs.add(new FileSection(f.getKey(), header, groups, ps));
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

        Map<String, List<ScenarioRef>> firedBy = new LinkedHashMap<>();
        int failed = 0;
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                failed++;
            }
            String file = r.scenario().file() == null ? "(inline)" : r.scenario().file().getFileName().toString();
            Set<String> expected = new TreeSet<>();
            r.scenario().expect().forEach(e -> expected.addAll(e.reasons()));
            ScenarioRef ref = new ScenarioRef(r.scenario().name(), expects(r), file, r.scenario().index(), r.passed(), expected);
            r.firedRules().forEach(k -> firedBy.computeIfAbsent(k, x -> new ArrayList<>()).add(ref));
        }
        return new Rulebook(ruleSet, asOf, sections, core, missing, firedBy, byName, scenarioPaths, results.size(), failed);
    }

    /** What a scenario expects, in Chinese: "西夏区(640105) 自治区创新型县(区) 建设状态 → 取消建设资格". */
    private static String expects(ScenarioResult r) {
        for (Expectation e : r.scenario().expect()) {
            if (e.absent() || e.outcome() == null) {
                continue;
            }
            String name = null;
            if (r.scenario().facts() != null && r.scenario().facts().region(e.region()) != null) {
                name = r.scenario().facts().region(e.region()).name();
            }
            StringBuilder b = new StringBuilder();
            b.append(name == null ? e.region() : name + "(" + e.region() + ")");
            if (e.program() != null) {
                b.append(' ').append(Words.program(e.program(), Lang.zh));
            }
            b.append(' ').append(Words.kind(e.kind(), Lang.zh));
            if (e.year() != null) {
                b.append(' ').append(e.year()).append(" 年");
            }
            b.append(" → ").append(Words.outcome(e.outcome(), Lang.zh));
            int more = (int) r.scenario().expect().stream().filter(x -> !x.absent() && x.outcome() != null).count() - 1;
            return more > 0 ? b + " 等 " + (more + 1) + " 项" : b.toString();
        }
        if (!r.scenario().expectErrors().isEmpty()) {
            return "输入有误时的拒绝与提示";
        }
        return "应不出现的决定";
    }

    List<ScenarioRef> scenariosOf(RuleGroup g) {
        Map<String, ScenarioRef> out = new LinkedHashMap<>();
        for (RuleInfo r : g.rules()) {
            for (ScenarioRef s : firedBy.getOrDefault(r.module() + "/" + r.name(), List.of())) {
                out.putIfAbsent(s.file() + "#" + s.index(), s);
            }
        }
        return List.copyOf(out.values());
    }

    // ---------------------------------------------------------------- the document

    /** A block of the document; both renderers print the same blocks. Texts are plain (renderers escape). */
    sealed interface Block permits Heading, Para, Quote, Items, Table {
    }

    record Heading(int level, String id, String text) implements Block {
    }

    /** A paragraph; {@code label} (may be null) is printed in bold before the text. */
    record Para(String label, String text, boolean muted) implements Block {
    }

    record Quote(List<String> lines) implements Block {
    }

    /** A list; each item may link to an id (href null: plain). */
    record Items(List<String[]> items) implements Block {
    }

    record Table(List<String> head, List<List<String>> rows, List<Boolean> codeColumn) implements Block {
    }

    /** Ids handed out once each: a second use of the same id gets "-2", "-3", ... */
    private static final class Ids {
        private final Map<String, Integer> used = new HashMap<>();

        String of(String kind, String... parts) {
            String base = anchor(kind, parts);
            int n = used.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "-" + n;
        }
    }

    List<Block> document(Lang lang) {
        List<Block> doc = new ArrayList<>();
        Ids ids = new Ids();
        // ids first, so the contents can link to them
        Map<Object, String> idOf = new java.util.IdentityHashMap<>();
        for (ModuleSection m : modules) {
            idOf.put(m, ids.of("m", m.info().name()));
            for (FileSection f : m.files()) {
                idOf.put(f, ids.of("f", m.info().name(), f.shortName().replaceFirst("\\.drl$", "")));
                for (RuleGroup g : f.groups()) {
                    idOf.put(g, ids.of("r", m.info().name(), g.id() == null ? "rule" : g.id()));
                }
            }
        }
        String coreId = ids.of("core-parameters");
        String specId = ids.of("spec-without-rule");
        String notModelledId = ids.of("not-modelled");

        doc.add(new Heading(1, ids.of("top"), lang.t("规则手册", "Rulebook")));
        doc.add(new Para(null, lang.t("规则集：", "Rule set: ") + String.join(lang.t("、", ", "), modules.stream()
                .map(m -> Rulebook.title(m.info(), lang)).toList()) + lang.t(" · 版本 ", " · version ") + ruleSet.version(), true));
        doc.add(new Para(null, lang.t("参数取值：" + asOf + " 生效的值", "Parameter values: those in force on " + asOf), true));
        doc.add(new Para(null, scenarioLine(lang), true));
        doc.add(new Para(null, lang.t("每条规则列出：所依据的条款原文、作用(判断条件、触发情形或提醒检查)、用平实语言写出的条件、所用参数(当前取值及历次取值)和检验它的场景。",
                "Each rule shows the clause it implements, its role (criterion, trigger or alert check), its conditions in plain words, "
                        + "the parameters it reads (value in force and dated history) and the scenarios that check it."), false));

        doc.add(new Heading(2, ids.of("contents"), lang.t("目录", "Contents")));
        List<String[]> toc = new ArrayList<>();
        for (ModuleSection m : modules) {
            toc.add(new String[]{title(m.info(), lang), idOf.get(m), "0"});
            for (FileSection f : m.files()) {
                toc.add(new String[]{groupTitle(f, lang), idOf.get(f), "1"});
            }
        }
        if (!coreParameters.isEmpty()) {
            toc.add(new String[]{lang.t("各模块共用的参数", "Parameters shared by every module"), coreId, "0"});
        }
        toc.add(new String[]{lang.t("尚无规则实现的条款编号", "Clause ids with no rule yet"), specId, "0"});
        toc.add(new String[]{lang.t("未建模的内容", "Not modelled"), notModelledId, "0"});
        doc.add(new Items(toc));

        for (ModuleSection m : modules) {
            long ruleCount = m.files().stream().mapToLong(f -> f.groups().size()).sum();
            doc.add(new Heading(2, idOf.get(m), title(m.info(), lang)));
            doc.add(new Para(null, origin(m.info(), lang) + " · " + lang.t(ruleCount + " 条规则", ruleCount + " rule(s)"), true));
            for (FileSection f : m.files()) {
                doc.add(new Heading(3, idOf.get(f), groupTitle(f, lang)));
                List<String> clause = clauseText(f.header());
                if (clause.isEmpty()) {
                    doc.add(new Para(null, lang.t("(规则文件没有引用条款原文)", "(the rule file quotes no clause text)"), true));
                } else {
                    doc.add(new Para(lang.t("条款原文", "Clause text"), "", false));
                    doc.add(new Quote(clause));
                }
                for (RuleGroup g : f.groups()) {
                    rule(doc, idOf.get(g), g, f, lang);
                }
            }
            if (!m.otherParameters().isEmpty()) {
                doc.add(new Heading(3, ids.of("p", m.info().name()), lang.t("本模块的其他参数", "Other parameters of this module")));
                doc.add(new Para(null, lang.t("这些参数不直接写在规则的条件中，由规则所调用的计算读取。",
                        "No rule names these parameters in its text; the calculations the rules call read them."), true));
                doc.add(parameterTable(m.otherParameters(), lang));
            }
        }
        if (!coreParameters.isEmpty()) {
            doc.add(new Heading(2, coreId, lang.t("各模块共用的参数", "Parameters shared by every module")));
            doc.add(parameterTable(coreParameters, lang));
        }
        doc.add(new Heading(2, specId, lang.t("尚无规则实现的条款编号", "Clause ids with no rule yet")));
        if (specWithoutRule.isEmpty()) {
            doc.add(new Para(null, lang.t("无：已加载模块的每个条款编号都有规则。", "None: every clause id of the loaded modules has a rule."), false));
        } else {
            List<List<String>> rows = new ArrayList<>();
            specWithoutRule.forEach(e -> rows.add(List.of(e.id(), e.clause())));
            doc.add(new Table(List.of(lang.t("编号", "id"), lang.t("条款", "clause")), rows, List.of(false, false)));
        }
        doc.add(new Heading(2, notModelledId, lang.t("未建模的内容", "Not modelled")));
        List<String[]> notes = new ArrayList<>();
        int hidden = 0;
        for (ModuleSection m : modules) {
            for (FileSection f : m.files()) {
                for (String note : DrlHeader.notModelled(f.header())) {
                    if (lang == Lang.zh && !chinese(note)) {
                        hidden++;
                        continue;
                    }
                    notes.add(new String[]{groupTitle(f, lang) + lang.t("：", ": ") + note, null, "0"});
                }
            }
        }
        if (!notes.isEmpty()) {
            doc.add(new Items(notes));
        }
        if (hidden > 0) {
            doc.add(new Para(null, "另有 " + hidden + " 条未建模内容的说明以英文写在规则文件中，见英文版手册(--lang en)。", true));
        } else if (notes.isEmpty()) {
            doc.add(new Para(null, lang.t("(规则文件没有说明未建模的内容)", "(no rule file names anything not modelled)"), true));
        }
        return doc;
    }

    /** One rule: heading, clause, role, conditions, facts read, parameters, scenarios. */
    private void rule(List<Block> doc, String id, RuleGroup g, FileSection f, Lang lang) {
        RuleInfo first = g.rules().get(0);
        doc.add(new Heading(4, id, (g.id() == null ? "" : g.id() + " ") + titleOf(first)));
        Set<String> clauses = new LinkedHashSet<>();
        g.rules().forEach(r -> clauses.add(r.clause()));
        doc.add(new Para(lang.t("条款", "Clause"), String.join(lang.t("；", "; "), clauses), false));
        List<String> quoted = linesNaming(f.header(), g.id());
        if (!quoted.isEmpty()) {
            doc.add(new Quote(quoted));
        }
        RuleRole role = g.rules().stream().filter(RuleInfo::declaresRole).map(RuleInfo::role).findFirst().orElse(RuleRole.CRITERION);
        boolean alertOnly = g.rules().stream().allMatch(r -> r.source().contains("Subject.alert("));
        if (alertOnly && g.rules().stream().noneMatch(RuleInfo::declaresRole)) {
            role = RuleRole.ALERT;
        }
        doc.add(new Para(lang.t("作用", "Role"), roleText(role, lang), false));
        List<String> conditions = conditions(g, lang).stream().map(c -> withValues(c, lang)).toList();
        if (conditions.size() == 1) {
            doc.add(new Para(lang.t("条件", "Conditions"), conditions.get(0), false));
        } else {
            doc.add(new Para(lang.t("条件", "Conditions"), "", false));
            doc.add(new Items(conditions.stream().map(c -> new String[]{c, null, "0"}).toList()));
        }
        Set<String> reads = new LinkedHashSet<>();
        g.rules().forEach(r -> reads.addAll(factsRead(r, lang)));
        if (!reads.isEmpty()) {
            doc.add(new Para(lang.t("依据的事实", "Facts read"), String.join(lang.t("、", ", "), reads), false));
        }
        Set<String> params = new TreeSet<>();
        g.rules().forEach(r -> params.addAll(r.parameters()));
        List<ParameterInfo> ps = params.stream().map(parametersByName::get).filter(Objects::nonNull).toList();
        if (!ps.isEmpty()) {
            doc.add(new Para(lang.t("参数", "Parameters"), "", false));
            doc.add(parameterTable(ps, lang));
        }
        if (scenarioPaths.isEmpty()) {
            return;
        }
        List<ScenarioRef> refs = scenariosOf(g);
        // the scenarios that name the rule among the reasons they expect check it; the others only pass through it
        Set<String> checking = new java.util.HashSet<>();
        for (ScenarioRef s : refs) {
            if (s.expectsRule() != null && g.id() != null && s.expectsRule().contains(g.id())) {
                checking.add(s.file() + "#" + s.index());
            }
        }
        refs = new ArrayList<>(refs);
        refs.sort(java.util.Comparator.comparing((ScenarioRef s) -> !checking.contains(s.file() + "#" + s.index())));
        if (refs.isEmpty()) {
            doc.add(new Para(lang.t("检验它的场景", "Scenarios that check it"), lang.t("没有场景触发这条规则", "no scenario fires this rule"), false));
            return;
        }
        doc.add(new Para(lang.t("检验它的场景", "Scenarios that check it"), lang.t(refs.size() + " 个场景触发这条规则，其中 " + checking.size()
                + " 个在预期中写明了它", refs.size() + " scenario(s) fire this rule, " + checking.size() + " of them name it in what they expect"), false));
        List<String[]> items = new ArrayList<>();
        int shown = 0;
        for (ScenarioRef s : refs) {
            if (++shown > MAX_SCENARIOS) {
                items.add(new String[]{lang.t("另有 " + (refs.size() - MAX_SCENARIOS) + " 个场景", "and " + (refs.size() - MAX_SCENARIOS) + " more"), null, "0"});
                break;
            }
            items.add(new String[]{s.label(lang) + lang.t("（", " (") + s.location(lang)
                    + (s.passed() ? "" : lang.t("，未通过", ", failed")) + lang.t("）", ")"), null, "0"});
        }
        doc.add(new Items(items));
    }

    /** A parameter named in a written condition gets its value in force beside it: "ningxia.reportDue(现为 03-31)". */
    private String withValues(String text, Lang lang) {
        String out = text;
        for (ParameterInfo p : parametersByName.values()) {
            if (out.contains(p.name())) {
                out = out.replace(p.name(), p.name() + lang.t("(现为 " + Labels.value(p.value(), lang) + ")", " (now " + p.value() + ")"));
            }
        }
        return out;
    }

    private static final int MAX_SCENARIOS = 8;

    private static String roleText(RuleRole role, Lang lang) {
        return switch (role) {
            case CRITERION -> lang.t("判断条件：结论为“满足”“不满足”或“无法判断”(缺少数据)", "criterion: met, not met, or unknown (data missing)");
            case TRIGGER -> lang.t("触发情形：结论为“触发”“未触发”或“无法判断”(缺少数据)；触发即发生了条款所说的情形",
                    "trigger: triggered, not triggered, or unknown (data missing); triggered means what the clause describes happened");
            case ALERT -> lang.t("提醒检查：结论为“需提醒”或“无需提醒”", "alert check: alert or no alert");
        };
    }

    private static final Pattern ALL_MUST_HOLD = Pattern.compile(
            "Verdict\\.allMustHold\\(\\s*\\w+\\s*,\\s*Outcome\\.(\\w+)\\s*,\\s*Outcome\\.(\\w+)\\s*((?:,\\s*\"[^\"]+\"\\s*)*)\\)");
    private static final Pattern FIXED = Pattern.compile("Verdict\\.of\\(\\s*\\w+\\s*,\\s*Outcome\\.(\\w+)\\s*\\)");

    /**
     * The conditions in plain words: {@code @conditionZh}/{@code @conditionEn} when the rule has
     * them; otherwise the rule's title, and what its DRL concludes (a combination of criteria or a
     * fixed outcome).
     */
    private static List<String> conditions(RuleGroup g, Lang lang) {
        List<String> out = new ArrayList<>();
        for (RuleInfo r : g.rules()) {
            String written = r.metadata().get(lang == Lang.zh ? "conditionZh" : "conditionEn");
            StringBuilder b = new StringBuilder();
            // a rule of several (NX-D is written as three) is named, so each part can be told apart
            String lead = g.rules().size() > 1 ? r.name() : titleOf(r);
            if (written != null && !written.isBlank()) {
                b.append(g.rules().size() > 1 ? lead + lang.t("：", ": ") : "").append(written.strip());
            } else {
                b.append(lead);
            }
            Matcher all = ALL_MUST_HOLD.matcher(r.source());
            if (all.find()) {
                List<String> ids = new ArrayList<>();
                Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(all.group(3));
                while (q.find()) {
                    ids.add(q.group(1));
                }
                String which = ids.isEmpty() ? lang.t("本事项的各项条件", "every criterion of the question")
                        : String.join(lang.t("、", ", "), ids);
                b.append(lang.t("。须全部满足：" + which + "；全部满足为“" + Labels.code(all.group(1), lang) + "”，任一项不满足为“"
                                + Labels.code(all.group(2), lang) + "”，其余情况(有无法判断的)为“" + Labels.code("UNDETERMINED", lang) + "”",
                        ". All must hold: " + which + "; all met gives " + all.group(1) + ", any not met " + all.group(2)
                                + ", otherwise (some unknown) UNDETERMINED"));
            } else {
                Matcher fixed = FIXED.matcher(r.source());
                if (fixed.find()) {
                    b.append(lang.t("。结论：“" + Labels.code(fixed.group(1), lang) + "”", ". Concludes: " + fixed.group(1)));
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    private static final Pattern PATTERN_TYPE = Pattern.compile("(?<![\\w.$])([A-Z][A-Za-z0-9]+)\\s*\\(");

    /** The kinds of fact a rule's conditions read, by their labels (names without a label are left out in Chinese). */
    private static List<String> factsRead(RuleInfo r, Lang lang) {
        String src = r.source();
        int when = src.indexOf("\nwhen");
        int then = src.indexOf("\nthen");
        if (when < 0 || then < when) {
            return List.of();
        }
        String conditions = src.substring(when, then).replaceAll("(?m)//[^\\n]*", "");
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PATTERN_TYPE.matcher(conditions);
        while (m.find()) {
            String type = m.group(1);
            String zh = Labels.type(type);
            if (zh == null && !Character.isUpperCase(type.charAt(0))) {
                continue;
            }
            if (lang == Lang.zh) {
                if (zh != null) {
                    out.add(zh);
                }
            } else if (zh != null) {
                out.add(type);
            }
        }
        return List.copyOf(out);
    }

    /** The rule's title: its name without the leading id. */
    static String titleOf(RuleInfo r) {
        String n = r.name();
        return r.id() != null && n.startsWith(r.id() + " ") ? n.substring(r.id().length() + 1) : n;
    }

    /** A clause group's title: the clauses its rules cite, and in English also the file. */
    private static String groupTitle(FileSection f, Lang lang) {
        Set<String> clauses = new LinkedHashSet<>();
        for (RuleGroup g : f.groups()) {
            for (RuleInfo r : g.rules()) {
                for (String c : r.clause().split("[,，;；]\\s*")) {
                    clauses.add(c.strip());
                }
            }
        }
        List<String> first = clauses.stream().limit(3).toList();
        String ids = f.groups().size() == 1 ? f.groups().get(0).id()
                : f.groups().get(0).id() + lang.t(" 至 ", " to ") + f.groups().get(f.groups().size() - 1).id();
        return ids + lang.t("：", ": ") + String.join(lang.t("、", ", "), first) + (clauses.size() > 3 ? lang.t(" 等", " …") : "");
    }

    /** The header's paragraphs in Chinese (the source's name and the quoted clauses), line by line; English notes are the developers'. */
    static List<String> clauseText(List<String> header) {
        List<String> out = new ArrayList<>();
        List<String> para = new ArrayList<>();
        for (String l : header) {
            if (l.isBlank()) {
                flush(para, out);
                continue;
            }
            para.add(l);
        }
        flush(para, out);
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static final Pattern ENGLISH_ASIDE = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]+(?:[ ,;:'\"-]+[A-Za-z]+){2,}");

    private static final Pattern ENGLISH_RUN = Pattern.compile("[,;:]?\\s*[A-Za-z]+(?:[ ,;:'-]+[A-Za-z]+){2,}[ ,;:]*");

    private static void flush(List<String> para, List<String> out) {
        if (!para.isEmpty() && chinese(String.join("", para))) {
            if (!out.isEmpty()) {
                out.add("");
            }
            // an English aside in Chinese text (it may run over lines) is a note for developers, not the policy's text
            String joined = ENGLISH_ASIDE.matcher(String.join("\n", para)).replaceAll(m -> chinese(m.group(1))
                    || !ENGLISH_WORDS.matcher(m.group(1)).find() ? Matcher.quoteReplacement(m.group()) : "");
            for (String line : joined.split("\n", -1)) {
                if (!chinese(line) && ENGLISH_WORDS.matcher(line).find()) {
                    continue;
                }
                // what is left of English in a Chinese line ("…》, restating the procedure of") is a note too
                out.add(ENGLISH_RUN.matcher(line).replaceAll("").stripTrailing());
            }
        }
        para.clear();
    }

    /** Lines of the header that name this rule id ("CN-K1 到2025年…"), when the file quotes clause by rule. */
    private static List<String> linesNaming(List<String> header, String id) {
        if (id == null) {
            return List.of();
        }
        Pattern p = Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w])");
        return clauseText(header).stream().filter(l -> p.matcher(l).find() && chinese(l)).map(String::strip).toList();
    }

    /** Whether a text is mostly Chinese: more CJK characters than ASCII letters. */
    static boolean chinese(String s) {
        long cjk = s.codePoints().filter(c -> (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)).count();
        long ascii = s.codePoints().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
        return cjk > 0 && cjk * 2 >= ascii;
    }

    private Table parameterTable(List<ParameterInfo> ps, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        for (ParameterInfo p : ps) {
            List<String> history = new ArrayList<>();
            for (ParameterInfo.DatedValue v : p.history()) {
                String value = Labels.value(v.value(), lang);
                history.add(v.from() == null ? lang.t("最初：", "from the start: ") + value : lang.t("自 " + v.from() + " 起：", "from " + v.from() + ": ") + value);
            }
            rows.add(List.of(p.name(), Labels.value(p.value(), lang), Labels.code(p.type(), lang),
                    String.join(lang.t("；", "; "), history), Objects.toString(p.clause(), ""), lang.t(Labels.value(p.zh(), lang), p.en())));
        }
        return new Table(List.of(lang.t("参数", "parameter"), lang.t("当前取值", "value in force"), lang.t("类型", "type"),
                lang.t("历次取值", "dated values"), lang.t("条款", "clause"), lang.t("含义与理由", "meaning and why")), rows,
                List.of(true, false, false, false, false, false));
    }

    private String scenarioLine(Lang lang) {
        if (scenarioPaths.isEmpty()) {
            return lang.t("场景：未运行", "Scenarios: none run");
        }
        return lang.t("场景：共 " + scenarios + " 个，" + (scenarios - scenariosFailed) + " 个通过，" + scenariosFailed + " 个未通过",
                "Scenarios: " + scenarios + " (" + (scenarios - scenariosFailed) + " passed, " + scenariosFailed + " failed)");
    }

    static String title(ModuleInfo m, Lang lang) {
        return ModuleTitles.of(m, lang);
    }

    static String origin(ModuleInfo m, Lang lang) {
        return "classpath".equals(m.origin()) ? lang.t("随附的规则", "the shipped rules")
                : lang.t("规则目录 ", "rules folder ") + m.origin();
    }

    static String anchor(String kind, String... parts) {
        StringBuilder b = new StringBuilder(kind);
        for (String p : parts) {
            b.append('-').append(p.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- Markdown

    String toMarkdown(Lang lang) {
        StringBuilder b = new StringBuilder(64 * 1024);
        for (Block block : document(lang)) {
            if (block instanceof Heading h) {
                    if (h.level() > 1) {
                        b.append("<a id=\"").append(h.id()).append("\"></a>\n\n");
                    }
                    b.append("#".repeat(h.level())).append(' ').append(md(h.text())).append("\n\n");
            } else if (block instanceof Para p) {
                    if (p.label() != null) {
                        b.append("**").append(md(p.label())).append("**").append(p.text().isEmpty() ? "" : lang.t("：", ": "));
                    }
                    b.append(p.muted() ? "*" + md(p.text()) + "*" : md(p.text())).append("\n\n");
            } else if (block instanceof Quote q) {
                    for (String line : q.lines()) {
                        b.append(line.isBlank() ? ">" : "> " + quoteLine(line) + "  ").append('\n');
                    }
                    b.append('\n');
            } else if (block instanceof Items it) {
                    for (String[] i : it.items()) {
                        b.append("  ".repeat(Integer.parseInt(i[2]))).append("- ");
                        b.append(i[1] == null ? md(i[0]) : "[" + md(i[0]) + "](#" + i[1] + ")").append('\n');
                    }
                    b.append('\n');
            } else if (block instanceof Table t) {
                    b.append("| ").append(String.join(" | ", t.head().stream().map(Rulebook::cell).toList())).append(" |\n|")
                            .append("---|".repeat(t.head().size())).append('\n');
                    for (List<String> row : t.rows()) {
                        b.append("| ").append(String.join(" | ", row.stream().map(Rulebook::cell).toList())).append(" |\n");
                    }
                    b.append('\n');
            }
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

    private static String quoteLine(String line) {
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        String t = md(line.stripLeading());
        if (t.startsWith("#") || t.startsWith("+ ") || t.startsWith("- ") || t.matches("\\d+\\. .*")) {
            t = "\\" + t;
        }
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
                .append("body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",system-ui,sans-serif;")
                .append("margin:2rem auto;color:#222;max-width:72rem;padding:0 1rem;line-height:1.6}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.92em}\n")
                .append("th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
                .append("th{background:#f4f4f4;white-space:nowrap}\n.muted{color:#666;font-size:.9em}\n")
                .append("blockquote{margin:.4rem 0 1rem;padding:.6rem 1rem;border-left:4px solid #b8c4d6;background:#f7f9fc;white-space:pre-wrap}\n")
                .append("code{font-size:.9em;background:#f2f2f2;padding:0 .2rem}\n")
                .append("h2{border-bottom:2px solid #ccc;margin-top:2.5rem}\nh3{margin-top:2rem;color:#234}\n")
                .append("h4{margin:1.8rem 0 .4rem;padding:.3rem .6rem;background:#eef3f8;border-radius:4px}\n")
                .append("p{margin:.3rem 0}\nul{margin:.2rem 0 .8rem}\n")
                .append("</style>\n</head>\n<body>\n");
        for (Block block : document(lang)) {
            if (block instanceof Heading x) {
                h.append("<h").append(x.level()).append(" id=\"").append(x.id()).append("\">")
                        .append(esc(x.text())).append("</h").append(x.level()).append(">\n");
            } else if (block instanceof Para p) {
                    h.append(p.muted() ? "<p class=\"muted\">" : "<p>");
                    if (p.label() != null) {
                        h.append("<b>").append(esc(p.label())).append("</b>").append(p.text().isEmpty() ? "" : esc(lang.t("：", ": ")));
                    }
                    h.append(esc(p.text())).append("</p>\n");
            } else if (block instanceof Quote q) {
                h.append("<blockquote>").append(esc(String.join("\n", q.lines()))).append("</blockquote>\n");
            } else if (block instanceof Items it) {
                    h.append("<ul>\n");
                    int depth = 0;
                    boolean open = false;
                    for (String[] i : it.items()) {
                        int d = Integer.parseInt(i[2]);
                        if (d > depth) {
                            h.append("<ul>");
                        } else if (d < depth) {
                            h.append("</li></ul></li>\n");
                        } else if (open) {
                            h.append("</li>\n");
                        }
                        depth = d;
                        open = true;
                        h.append("<li>").append(i[1] == null ? esc(i[0]) : "<a href=\"#" + i[1] + "\">" + esc(i[0]) + "</a>");
                    }
                    if (depth > 0) {
                        h.append("</li></ul>");
                    }
                    if (open) {
                        h.append("</li>\n");
                    }
                    h.append("</ul>\n");
            } else if (block instanceof Table t) {
                    h.append("<table>\n<tr>");
                    t.head().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
                    h.append("</tr>\n");
                    for (List<String> row : t.rows()) {
                        h.append("<tr>");
                        for (int i = 0; i < row.size(); i++) {
                            boolean code = t.codeColumn().get(i);
                            h.append("<td>").append(code ? "<code>" : "").append(esc(row.get(i))).append(code ? "</code>" : "").append("</td>");
                        }
                        h.append("</tr>\n");
                    }
                    h.append("</table>\n");
            }
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String esc(String s) {
        return Coverage.esc(s);
    }
}
