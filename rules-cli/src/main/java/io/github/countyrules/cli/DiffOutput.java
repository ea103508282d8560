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
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.rules.RuleIds;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code diff} prints: per facts file each changed decision with its outcome and reasons on
 * both sides, then per rule how many changed decisions involve it. In text, a reason that is the
 * same on both sides is named once, not repeated, so the lines that remain are the edit's effect.
 */
final class DiffOutput {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DiffCommand.Side before;
    private final DiffCommand.Side after;
    private final PolicyEngine engineBefore;
    private final PolicyEngine engineAfter;
    private final List<DiffCommand.FileDiff> files;

    DiffOutput(DiffCommand.Side before, DiffCommand.Side after, PolicyEngine engineBefore, PolicyEngine engineAfter,
               List<DiffCommand.FileDiff> files) {
        this.before = before;
        this.after = after;
        this.engineBefore = engineBefore;
        this.engineAfter = engineAfter;
        this.files = files;
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
                for (String rule : rulesWhoseReasonsDiffer(c)) {
                    out.merge(rule, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** How many changes of each sort: outcome, status (reasons' statuses), wording, added, removed. */
    Map<String, Integer> kinds() {
        Map<String, Integer> k = new java.util.LinkedHashMap<>();
        for (String w : List.of("outcome", "status", "wording", "added", "removed")) {
            k.put(w, 0);
        }
        files.forEach(f -> f.diff().changes().forEach(c -> k.merge(sort(c), 1, Integer::sum)));
        return k;
    }

    /** The sort of a change: ReportDiff's "outcome", "added", "removed", with "reasons" split into "status" and "wording". */
    static String sort(ReportDiff.Change c) {
        String w = c.what();
        if (!w.equals("reasons")) {
            return w;
        }
        return statusChanges(c, Lang.en).isEmpty() ? "wording" : "status";
    }

    int changeCount() {
        return files.stream().mapToInt(f -> f.diff().changes().size()).sum();
    }

    static TreeSet<String> rulesWhoseReasonsDiffer(ReportDiff.Change c) {
        TreeSet<String> rules = new TreeSet<>(RuleIds::compare);
        List<Reason> a = c.before() == null ? List.of() : c.before().reasons();
        List<Reason> b = c.after() == null ? List.of() : c.after().reasons();
        a.forEach(r -> rules.add(r.rule()));
        b.forEach(r -> rules.add(r.rule()));
        rules.removeIf(rule -> sameReasons(a.stream().filter(r -> r.rule().equals(rule)).toList(),
                b.stream().filter(r -> r.rule().equals(rule)).toList()));
        return rules;
    }

    private static boolean sameReasons(List<Reason> a, List<Reason> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same finding, whatever the subject object: rule, clause, status, facts, parameters, missing, messages. */
    static boolean same(Reason x, Reason y) {
        return x.rule().equals(y.rule()) && Objects.equals(x.clause(), y.clause()) && x.status() == y.status()
                && x.facts().equals(y.facts()) && x.parameters().equals(y.parameters()) && x.missing().equals(y.missing())
                && Objects.equals(x.zh(), y.zh()) && Objects.equals(x.en(), y.en());
    }

    /**
     * "NX-D2 NOT_MET → MET" for each rule whose statuses differ between the sides: with the outcome
     * unchanged, this is what separates a real change in the findings from a quoted value that moved.
     */
    static List<String> statusChanges(ReportDiff.Change c, Lang lang) {
        List<Reason> a = c.before() == null ? List.of() : c.before().reasons();
        List<Reason> b = c.after() == null ? List.of() : c.after().reasons();
        TreeSet<String> rules = new TreeSet<>(RuleIds::compare);
        a.forEach(r -> rules.add(r.rule()));
        b.forEach(r -> rules.add(r.rule()));
        List<String> out = new ArrayList<>();
        for (String rule : rules) {
            List<String> x = statuses(a, rule, lang);
            List<String> y = statuses(b, rule, lang);
            if (!x.equals(y)) {
                out.add(rule + " " + (x.isEmpty() ? "—" : String.join("/", x)) + " → " + (y.isEmpty() ? "—" : String.join("/", y)));
            }
        }
        return out;
    }

    private static List<String> statuses(List<Reason> reasons, String rule, Lang lang) {
        return reasons.stream().filter(r -> r.rule().equals(rule)).map(r -> Words.status(r.status(), lang)).sorted().toList();
    }

    private static boolean containsSame(List<Reason> list, Reason r) {
        return list.stream().anyMatch(x -> same(x, r));
    }

    // ---------------------------------------------------------------- text

    void printText(PrintWriter out, Lang lang) {
        out.println(lang.t("之前：", "before: ") + before.describe(lang) + modules(engineBefore, lang));
        out.println(lang.t("之后：", "after:  ") + after.describe(lang) + modules(engineAfter, lang));
        paramLines(out, lang);
        for (DiffCommand.FileDiff f : files) {
            out.println();
            int n = f.diff().changes().size();
            out.println(lang.t(f.file() + "（评估日期 " + f.asOf() + "）：" + f.before().decisions().size() + " 项决定 → "
                            + f.after().decisions().size() + " 项，" + n + " 项变化",
                    f.file() + " (as of " + f.asOf() + "): " + f.before().decisions().size() + " decision(s) → "
                            + f.after().decisions().size() + ", " + n + " changed"));
            for (ReportDiff.Change c : f.diff().changes()) {
                out.println();
                change(c, out, lang);
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
        out.println(lang.t(files.size() + " 个事实文件，" + total + " 项决定变化：结果改变 " + kinds.get("outcome")
                        + "，理由状态改变 " + kinds.get("status") + "，仅理由所引取值或说明改变 " + kinds.get("wording")
                        + "，新增 " + kinds.get("added") + "，不再出现 " + kinds.get("removed"),
                files.size() + " facts file(s), " + total + " decision(s) changed: outcome " + kinds.get("outcome")
                        + ", reason status " + kinds.get("status") + ", only values or wording in reasons " + kinds.get("wording")
                        + ", added " + kinds.get("added") + ", removed " + kinds.get("removed")));
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

    private static void change(ReportDiff.Change c, PrintWriter out, Lang lang) {
        Decision any = c.after() != null ? c.after() : c.before();
        StringBuilder head = new StringBuilder()
                .append(any.region()).append(' ').append(Objects.toString(any.regionName(), "")).append(" · ")
                .append(Words.program(any.program(), lang)).append(" · ").append(Words.kind(any.kind(), lang));
        if (any.year() != null) {
            head.append(" · ").append(any.year()).append(lang.t(" 年", ""));
        }
        out.println(head);
        switch (c.what()) {
            case "added" -> out.println("  " + lang.t("新增：", "added: ") + Words.outcome(c.after().outcome(), lang));
            case "removed" -> out.println("  " + lang.t("不再出现：", "removed: ") + Words.outcome(c.before().outcome(), lang));
            case "outcome" -> out.println("  " + lang.t("结果改变：", "outcome: ") + Words.outcome(c.before().outcome(), lang)
                    + " → " + Words.outcome(c.after().outcome(), lang));
            default -> {
                List<String> moved = statusChanges(c, lang);
                out.println("  " + lang.t("结果不变(", "outcome unchanged (") + Words.outcome(c.after().outcome(), lang)
                        + (moved.isEmpty() ? lang.t(")，仅理由所引的取值或说明改变", "); only values or wording in the reasons changed")
                        : lang.t(")，理由的状态改变：", "); reason status changed: ") + String.join(lang.t("；", "; "), moved)));
            }
        }
        List<Reason> a = c.before() == null ? List.of() : c.before().reasons();
        List<Reason> b = c.after() == null ? List.of() : c.after().reasons();
        List<Reason> onlyA = a.stream().filter(r -> !containsSame(b, r)).toList();
        List<Reason> onlyB = b.stream().filter(r -> !containsSame(a, r)).toList();
        List<Reason> both = a.stream().filter(r -> containsSame(b, r)).toList();
        if (c.before() != null) {
            out.println("  " + lang.t("之前：", "before:") + (onlyA.isEmpty() ? lang.t("(没有不同的理由)", " (no other reasons)") : ""));
            onlyA.forEach(r -> reason(r, out, lang, "    "));
        }
        if (c.after() != null) {
            out.println("  " + lang.t("之后：", "after:") + (onlyB.isEmpty() ? lang.t("(没有不同的理由)", " (no other reasons)") : ""));
            onlyB.forEach(r -> reason(r, out, lang, "    "));
        }
        if (!both.isEmpty()) {
            Map<String, Integer> same = new java.util.LinkedHashMap<>();
            both.forEach(r -> same.merge(r.rule() + " " + r.status(), 1, Integer::sum));
            out.println("  " + lang.t("两侧相同的理由：", "same on both sides: ") + String.join(", ", same.entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList()));
        }
    }

    private static void reason(Reason r, PrintWriter out, Lang lang, String indent) {
        out.println(indent + "- " + r.rule() + " [" + r.clause() + "] " + Words.status(r.status(), lang) + ": "
                + lang.t(r.zh(), r.en()));
        values(lang.t("事实", "facts"), r.facts(), out, indent + "  ");
        values(lang.t("参数", "parameters"), r.parameters(), out, indent + "  ");
        if (!r.missing().isEmpty()) {
            out.println(indent + "  " + lang.t("缺少", "missing") + ": " + String.join(", ", r.missing()));
        }
    }

    private static void values(String label, Map<String, String> values, PrintWriter out, String indent) {
        if (!values.isEmpty()) {
            out.println(indent + label + ": " + String.join("; ",
                    values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList()));
        }
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
                co.put("reasonStatusChanged", !statusChanges(c, Lang.en).isEmpty());
                ArrayNode rc = co.putArray("rulesChanged");
                rulesWhoseReasonsDiffer(c).forEach(rc::add);
                decision(co, "before", c.before());
                decision(co, "after", c.after());
            }
            ObjectNode pr = fo.putObject("perRule");
            f.diff().perRule().forEach(pr::put);
        }
        ObjectNode pr = root.putObject("perRule");
        perRule().forEach(pr::put);
        ObjectNode rc = root.putObject("reasonsChangedPerRule");
        reasonsChanged().forEach(rc::put);
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
