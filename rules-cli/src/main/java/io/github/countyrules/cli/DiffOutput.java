package io.github.countyrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.ReportDiff;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.api.RuleRole;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.rules.RuleIds;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What {@code diff} prints. Per facts file: the parameters in force, the progress lines and the
 * warnings that differ, then the changed decisions in the order a reader needs them (outcome
 * changes, decisions added or removed, reason statuses, and wording-only changes last, grouped by
 * rule), each naming the rules it is owed to; then per rule how many changed decisions involve it.
 * The comparison itself is {@link ReportDiff}; this is a printer. In text, a reason that is the
 * same on both sides is named once, not repeated, so the lines that remain are the edit's effect.
 */
final class DiffOutput {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DiffCommand.Side before;
    private final DiffCommand.Side after;
    private final PolicyEngine engineBefore;
    private final PolicyEngine engineAfter;
    private final List<DiffCommand.FileDiff> files;
    private final Function<Reason, RuleRole> roles;

    DiffOutput(DiffCommand.Side before, DiffCommand.Side after, PolicyEngine engineBefore, PolicyEngine engineAfter,
               List<DiffCommand.FileDiff> files) {
        this.before = before;
        this.after = after;
        this.engineBefore = engineBefore;
        this.engineAfter = engineAfter;
        this.files = files;
        List<RuleInfo> rules = new ArrayList<>(engineAfter.rules());
        rules.addAll(engineBefore.rules());
        this.roles = RuleRole.lookup(rules);
    }

    /** Rule id to the number of changed decisions whose reasons involve it, over every file (ReportDiff.perRule). */
    SortedMap<String, Integer> perRule() {
        SortedMap<String, Integer> out = new TreeMap<>(RuleIds::compare);
        files.forEach(f -> f.diff().perRule().forEach((k, v) -> out.merge(k, v, Integer::sum)));
        return out;
    }

    /** Rule id to the number of changed decisions in which that rule's own reasons differ. */
    SortedMap<String, Integer> reasonsChanged() {
        SortedMap<String, Integer> out = new TreeMap<>(RuleIds::compare);
        for (DiffCommand.FileDiff f : files) {
            for (ReportDiff.Change c : f.diff().changes()) {
                for (String rule : c.rulesChanged()) {
                    out.merge(rule, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** How many changes of each sort: outcome, status (reasons' statuses), wording, added, removed. */
    Map<String, Integer> kinds() {
        Map<String, Integer> k = new LinkedHashMap<>();
        for (String w : List.of("outcome", "status", "wording", "added", "removed")) {
            k.put(w, 0);
        }
        files.forEach(f -> f.diff().changes().forEach(c -> k.merge(c.sort(), 1, Integer::sum)));
        return k;
    }

    int changeCount() {
        return files.stream().mapToInt(f -> f.diff().changes().size()).sum();
    }

    /** "NX-D2 未触发 → 触发" for each rule whose statuses differ, in the words of the rule's role. */
    List<String> statusChanges(ReportDiff.Change c, Lang lang) {
        List<String> out = new ArrayList<>();
        Decision any = c.after() != null ? c.after() : c.before();
        for (ReportDiff.StatusChange s : c.statusChanges()) {
            Reason sample = any.reasons().stream().filter(r -> r.rule().equals(s.rule())).findFirst()
                    .orElse(c.before() == null ? null : c.before().reasons().stream().filter(r -> r.rule().equals(s.rule())).findFirst().orElse(null));
            RuleRole role = sample == null ? RuleRole.CRITERION : roles.apply(sample);
            out.add(s.rule() + " " + words(s.before(), role, lang) + " → " + words(s.after(), role, lang));
        }
        return out;
    }

    private static String words(List<Status> statuses, RuleRole role, Lang lang) {
        return statuses.isEmpty() ? "—" : String.join("/", statuses.stream().map(s -> Words.status(role, s, lang)).toList());
    }

    private static boolean containsSame(List<Reason> list, Reason r) {
        return list.stream().anyMatch(x -> ReportDiff.sameReason(x, r));
    }

    // ---------------------------------------------------------------- text

    void printText(PrintWriter out, Lang lang) {
        out.println(lang.t("之前：", "before: ") + before.describe(lang) + modules(engineBefore, lang));
        out.println(lang.t("之后：", "after:  ") + after.describe(lang) + modules(engineAfter, lang));
        paramLines(out, lang);
        List<ReportDiff.RuleEdit> edits = files.isEmpty() ? List.of() : files.get(0).diff().ruleEdits();
        if (!edits.isEmpty()) {
            out.println(lang.t("改动的规则：", "rules edited:"));
            for (ReportDiff.RuleEdit e : edits) {
                out.println("  " + e.module() + " " + e.name() + (e.file() == null ? "" : lang.t("（" + e.file() + "）", " (" + e.file() + ")"))
                        + lang.t("：", ": ") + lang.t(switch (e.what()) {
                            case "added" -> "新增";
                            case "removed" -> "删除";
                            default -> "已修改";
                        }, e.what()));
            }
        }
        for (DiffCommand.FileDiff f : files) {
            out.println();
            int n = f.diff().changes().size();
            out.println(lang.t(f.file() + "（评估日期 " + f.asOf() + "）：" + f.before().decisions().size() + " 项决定 → "
                            + f.after().decisions().size() + " 项，" + n + " 项变化",
                    f.file() + " (as of " + f.asOf() + "): " + f.before().decisions().size() + " decision(s) → "
                            + f.after().decisions().size() + ", " + n + " changed"));
            sections(f.diff(), out, lang);
            int section = 0;
            for (String sort : ReportDiff.SORTS) {
                List<ReportDiff.Change> cs = f.diff().changes(sort);
                if (cs.isEmpty()) {
                    continue;
                }
                section++;
                out.println();
                out.println("  " + lang.t("[" + section + "] " + sortTitleZh(sort) + "（" + cs.size() + " 项）",
                        "[" + section + "] " + sortTitleEn(sort) + " (" + cs.size() + ")"));
                if (sort.equals("wording")) {
                    wording(cs, out, lang);
                    continue;
                }
                for (ReportDiff.Change c : cs) {
                    out.println();
                    change(c, out, lang);
                }
            }
        }
        SortedMap<String, Integer> perRule = perRule();
        SortedMap<String, Integer> changed = reasonsChanged();
        if (!perRule.isEmpty()) {
            out.println();
            out.println(lang.t("按规则统计：变化的决定中涉及该规则的项数 / 其中该规则理由本身改变的项数",
                    "Per rule: changed decisions whose reasons involve it / of which its own reasons changed"));
            int w = perRule.keySet().stream().mapToInt(Text::width).max().orElse(6);
            perRule.forEach((rule, count) -> out.println("  " + Text.pad(rule, w) + "  " + String.format("%4d", count)
                    + "  " + String.format("%4d", changed.getOrDefault(rule, 0))));
        }
        out.println();
        int total = changeCount();
        Map<String, Integer> kinds = kinds();
        long others = files.stream().mapToLong(f -> f.diff().progress().size() + f.diff().parameters().size()
                + f.diff().warningsAdded().size() + f.diff().warningsRemoved().size()).sum();
        out.println(lang.t(files.size() + " 个事实文件，" + total + " 项决定变化：结果改变 " + kinds.get("outcome")
                        + "，理由状态改变 " + kinds.get("status") + "，仅理由所引取值或说明改变 " + kinds.get("wording")
                        + "，新增 " + kinds.get("added") + "，不再出现 " + kinds.get("removed")
                        + (others == 0 ? "" : "；进度、生效参数或警告的变化 " + others + " 处"),
                files.size() + " facts file(s), " + total + " decision(s) changed: outcome " + kinds.get("outcome")
                        + ", reason status " + kinds.get("status") + ", only values or wording in reasons " + kinds.get("wording")
                        + ", added " + kinds.get("added") + ", removed " + kinds.get("removed")
                        + (others == 0 ? "" : "; " + others + " change(s) in progress, parameters in force or warnings")));
    }

    private static String sortTitleZh(String sort) {
        return switch (sort) {
            case "outcome" -> "结果改变";
            case "added" -> "新增的决定";
            case "removed" -> "不再出现的决定";
            case "status" -> "结果不变、理由的判断改变";
            default -> "仅理由所引的取值或说明文字改变(按规则归组)";
        };
    }

    private static String sortTitleEn(String sort) {
        return switch (sort) {
            case "outcome" -> "outcome changed";
            case "added" -> "decisions added";
            case "removed" -> "decisions removed";
            case "status" -> "outcome unchanged, a reason's finding changed";
            default -> "only values or wording in the reasons changed (grouped by rule)";
        };
    }

    /** The report's other sections: parameters in force, progress and warnings that differ. */
    private static void sections(ReportDiff d, PrintWriter out, Lang lang) {
        if (!d.parameters().isEmpty()) {
            out.println("  " + lang.t("生效参数的变化：", "parameters in force:"));
            for (ReportDiff.ParameterChange p : d.parameters()) {
                out.println("    " + p.name() + lang.t("：", ": ") + Objects.toString(p.before(), "—") + " → " + Objects.toString(p.after(), "—"));
            }
        }
        if (!d.progress().isEmpty()) {
            out.println("  " + lang.t("进度的变化：", "progress:"));
            for (ReportDiff.ProgressChange p : d.progress()) {
                out.println("    " + Labels.code(p.program(), lang) + lang.t("（" + p.rule() + "）：", " (" + p.rule() + "): ")
                        + progress(p.countBefore(), p.targetBefore()) + " → " + progress(p.countAfter(), p.targetAfter()));
            }
        }
        if (!d.warningsAdded().isEmpty() || !d.warningsRemoved().isEmpty()) {
            out.println("  " + lang.t("警告的变化：", "warnings:"));
            d.warningsRemoved().forEach(w -> out.println("    - " + w));
            d.warningsAdded().forEach(w -> out.println("    + " + w));
        }
    }

    private static String progress(Integer count, Integer target) {
        return count == null ? "—" : count + " / " + target;
    }

    /** Wording-only changes, one group per set of rules whose findings read differently, with one example each. */
    private void wording(List<ReportDiff.Change> cs, PrintWriter out, Lang lang) {
        Map<String, List<ReportDiff.Change>> groups = new LinkedHashMap<>();
        for (ReportDiff.Change c : cs) {
            groups.computeIfAbsent(String.join(", ", c.rulesNamed()), k -> new ArrayList<>()).add(c);
        }
        groups.forEach((rules, list) -> {
            out.println();
            out.println("  " + (rules.isEmpty() ? lang.t("(无规则)", "(no rule)") : rules) + lang.t("：" + list.size() + " 项决定 —— ",
                    ": " + list.size() + " decision(s) — ") + String.join(lang.t("、", ", "),
                    list.stream().limit(12).map(c -> headline(c, lang)).toList()) + (list.size() > 12 ? " …" : ""));
            ReportDiff.Change first = list.get(0);
            List<Reason> a = first.before().reasons();
            List<Reason> b = first.after().reasons();
            out.println("    " + lang.t("例如 ", "e.g. ") + headline(first, lang) + lang.t("：", ":"));
            a.stream().filter(r -> !containsSame(b, r)).forEach(r -> reason(r, out, lang, "      " + lang.t("之前 ", "before ")));
            b.stream().filter(r -> !containsSame(a, r)).forEach(r -> reason(r, out, lang, "      " + lang.t("之后 ", "after  ")));
        });
    }

    private static String headline(ReportDiff.Change c, Lang lang) {
        Decision any = c.after() != null ? c.after() : c.before();
        StringBuilder head = new StringBuilder().append(any.region()).append(' ').append(Objects.toString(any.regionName(), ""))
                .append(" · ").append(Words.program(any.program(), lang)).append(" · ").append(Words.kind(any.kind(), lang));
        if (any.year() != null) {
            head.append(" · ").append(any.year()).append(lang.t(" 年", ""));
        }
        return head.toString();
    }

    /** The titles and origin of the modules a side loaded that came from a folder, which is what a reader checks. */
    private static String modules(PolicyEngine engine, Lang lang) {
        List<String> folders = new ArrayList<>();
        for (ModuleInfo m : engine.moduleInfos()) {
            if (!"classpath".equals(m.origin())) {
                folders.add(m.name());
            }
        }
        return folders.isEmpty() ? "" : lang.t("（替换模块 ", " (replacing module ") + String.join(", ", folders) + lang.t("）", ")");
    }

    /** The parameters whose values differ between the sides' files, so the reader sees what was changed. */
    private void paramLines(PrintWriter out, Lang lang) {
        TreeSet<String> names = new TreeSet<>(before.values().keySet());
        names.addAll(after.values().keySet());
        if (names.isEmpty()) {
            return;
        }
        out.println(lang.t("参数：", "parameters:"));
        for (String n : names) {
            Object a = before.values().get(n);
            Object b = after.values().get(n);
            out.println("  " + n + ": " + (a == null ? lang.t("默认", "default") : show(a)) + " → "
                    + (b == null ? lang.t("默认", "default") : show(b)));
        }
    }

    private static String show(Object v) {
        return v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v);
    }

    private void change(ReportDiff.Change c, PrintWriter out, Lang lang) {
        out.println("  " + headline(c, lang));
        switch (c.what()) {
            case "added" -> out.println("    " + lang.t("新增：", "added: ") + Words.outcome(c.after().outcome(), lang));
            case "removed" -> out.println("    " + lang.t("不再出现：", "removed: ") + Words.outcome(c.before().outcome(), lang));
            case "outcome" -> out.println("    " + lang.t("结果改变：", "outcome: ") + Words.outcome(c.before().outcome(), lang)
                    + " → " + Words.outcome(c.after().outcome(), lang));
            default -> {
                List<String> moved = statusChanges(c, lang);
                out.println("    " + lang.t("结果不变(", "outcome unchanged (") + Words.outcome(c.after().outcome(), lang)
                        + (moved.isEmpty() ? lang.t(")，仅理由所引的取值或说明改变", "); only values or wording in the reasons changed")
                        : lang.t(")，理由的判断改变：", "); reason status changed: ") + String.join(lang.t("；", "; "), moved)));
            }
        }
        if (c.what().equals("outcome")) {
            List<String> moved = statusChanges(c, lang);
            if (!moved.isEmpty()) {
                out.println("    " + lang.t("理由的判断改变：", "reason status changed: ") + String.join(lang.t("；", "; "), moved));
            }
        }
        List<String> named = c.rulesNamed();
        if (!named.isEmpty()) {
            List<String> edited = c.editedRules();
            out.println("    " + lang.t("起因规则：", "owed to rule(s): ") + String.join(", ", named.stream()
                    .map(r -> edited.contains(r) ? r + lang.t("(规则已修改)", " (rule edited)") : r).toList()));
        }
        List<Reason> a = c.before() == null ? List.of() : c.before().reasons();
        List<Reason> b = c.after() == null ? List.of() : c.after().reasons();
        List<Reason> onlyA = a.stream().filter(r -> !containsSame(b, r)).toList();
        List<Reason> onlyB = b.stream().filter(r -> !containsSame(a, r)).toList();
        List<Reason> both = a.stream().filter(r -> containsSame(b, r)).toList();
        if (onlyA.isEmpty() && onlyB.isEmpty() && c.before() != null && c.after() != null) {
            out.println("    " + (c.editedRules().isEmpty()
                    ? lang.t("两侧理由相同：结果的改变来自组合这些理由的规则", "the reasons are the same on both sides: the rule combining them changed")
                    : lang.t("两侧理由相同：结果的改变来自组合这些理由的规则 " + String.join("、", c.editedRules()),
                    "the reasons are the same on both sides: the outcome changed with the combining rule " + String.join(", ", c.editedRules()))));
        } else {
            if (c.before() != null) {
                out.println("    " + lang.t("之前：", "before:") + (onlyA.isEmpty() ? lang.t("(该侧没有另外的理由)", " (no other reasons)") : ""));
                onlyA.forEach(r -> reason(r, out, lang, "      - "));
            }
            if (c.after() != null) {
                out.println("    " + lang.t("之后：", "after:") + (onlyB.isEmpty() ? lang.t("(该侧没有另外的理由)", " (no other reasons)") : ""));
                onlyB.forEach(r -> reason(r, out, lang, "      - "));
            }
        }
        if (!both.isEmpty()) {
            Map<String, Integer> same = new LinkedHashMap<>();
            both.forEach(r -> same.merge(r.rule() + " " + Words.status(roles.apply(r), r.status(), lang), 1, Integer::sum));
            out.println("    " + lang.t("两侧相同的理由：", "same on both sides: ") + String.join(lang.t("、", ", "), same.entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList()));
        }
    }

    private void reason(Reason r, PrintWriter out, Lang lang, String first) {
        TextReport.reason(r, roles.apply(r), lang, out, first, " ".repeat(first.length() + 2));
    }

    // ---------------------------------------------------------------- json

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        side(root.putObject("before"), before, engineBefore);
        side(root.putObject("after"), after, engineAfter);
        root.put("changes", changeCount());
        ObjectNode counts = root.putObject("counts");
        kinds().forEach(counts::put);
        ArrayNode fs = root.putArray("files");
        for (DiffCommand.FileDiff f : files) {
            ObjectNode fo = fs.addObject();
            fo.put("file", f.file().toString());
            fo.put("asOf", f.asOf() == null ? null : f.asOf().toString());
            fo.putObject("decisions").put("before", f.before().decisions().size()).put("after", f.after().decisions().size());
            fo.putObject("digest").put("before", f.before().ruleSet().digest()).put("after", f.after().ruleSet().digest());
            if (!f.pinned().isEmpty()) {
                ArrayNode p = fo.putArray("parametersSetByFacts");
                f.pinned().forEach(p::add);
            }
            ArrayNode cs = fo.putArray("changes");
            for (ReportDiff.Change c : f.diff().changes()) {
                ObjectNode co = cs.addObject();
                ReportDiff.Key k = c.key();
                Decision any = c.after() != null ? c.after() : c.before();
                co.put("region", k.region());
                co.put("regionName", any.regionName());
                co.put("program", k.program() == null ? null : k.program().name());
                co.put("kind", k.kind().name());
                if (k.year() != null) {
                    co.put("year", k.year());
                }
                if (k.alert() != null) {
                    co.put("alert", k.alert());
                }
                co.put("change", c.what());
                co.put("sort", c.sort());
                co.put("reasonStatusChanged", !c.statusChanges().isEmpty());
                ArrayNode rc = co.putArray("rulesChanged");
                c.rulesChanged().forEach(rc::add);
                ArrayNode re = co.putArray("rulesEdited");
                c.editedRules().forEach(re::add);
                decision(co, "before", c.before());
                decision(co, "after", c.after());
            }
            ObjectNode pr = fo.putObject("perRule");
            f.diff().perRule().forEach(pr::put);
            ArrayNode pc = fo.putArray("progress");
            for (ReportDiff.ProgressChange p : f.diff().progress()) {
                ObjectNode o = pc.addObject().put("program", p.program()).put("rule", p.rule());
                o.putObject("before").put("count", p.countBefore()).put("target", p.targetBefore());
                o.putObject("after").put("count", p.countAfter()).put("target", p.targetAfter());
            }
            ArrayNode ps = fo.putArray("parametersInForce");
            f.diff().parameters().forEach(p -> ps.addObject().put("name", p.name()).put("before", p.before()).put("after", p.after()));
            ObjectNode ws = fo.putObject("warnings");
            ArrayNode wa = ws.putArray("added");
            f.diff().warningsAdded().forEach(wa::add);
            ArrayNode wr = ws.putArray("removed");
            f.diff().warningsRemoved().forEach(wr::add);
        }
        ObjectNode pr = root.putObject("perRule");
        perRule().forEach(pr::put);
        ObjectNode rc = root.putObject("reasonsChangedPerRule");
        reasonsChanged().forEach(rc::put);
        ArrayNode edits = root.putArray("rulesEdited");
        if (!files.isEmpty()) {
            for (ReportDiff.RuleEdit e : files.get(0).diff().ruleEdits()) {
                edits.addObject().put("module", e.module()).put("id", e.id()).put("name", e.name()).put("file", e.file()).put("change", e.what());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void side(ObjectNode o, DiffCommand.Side s, PolicyEngine engine) {
        o.put("rules", s.rules() == null ? null : s.rules().toString());
        o.put("parameterFile", s.parameterFile() == null ? null : s.parameterFile().toString());
        ObjectNode ps = o.putObject("parameters");
        s.values().forEach((k, v) -> ps.put(k, show(v)));
        ArrayNode mods = o.putArray("modules");
        for (ModuleInfo m : engine.moduleInfos()) {
            mods.addObject().put("name", m.name()).put("origin", m.origin());
        }
    }

    private static void decision(ObjectNode parent, String field, Decision d) {
        if (d == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode o = parent.putObject(field);
        o.put("outcome", d.outcome().name());
        ArrayNode rs = o.putArray("reasons");
        for (Reason r : d.reasons()) {
            ObjectNode ro = rs.addObject();
            ro.put("rule", r.rule());
            ro.put("clause", r.clause());
            ro.put("status", r.status().name());
            ObjectNode f = ro.putObject("facts");
            r.facts().forEach(f::put);
            ObjectNode p = ro.putObject("parameters");
            r.parameters().forEach(p::put);
            if (!r.missing().isEmpty()) {
                ArrayNode m = ro.putArray("missing");
                r.missing().forEach(m::add);
            }
            ro.putObject("message").put("zh", r.zh()).put("en", r.en());
        }
    }
}
