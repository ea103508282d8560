package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.ProgramInfo;
import io.github.countyrules.core.api.Vocabulary;
import io.github.countyrules.core.model.*;
import io.github.countyrules.core.spi.FactsCheck;

import java.util.*;
import java.util.function.Function;

/**
 * Checks facts against what the engine's modules declare: every programme word is declared by a
 * module found (loaded or on the class path), its regions lie in its province, designation statuses
 * and the optional fields ({@code batch}, {@code theme}) are those its programme takes, attestation
 * keys are declared; then each loaded module's {@link io.github.countyrules.core.spi.ModuleExtension}
 * checks what needs its own code. Paths are the facts' list indexes.
 */
public final class VocabularyCheck {
    private VocabularyCheck() {
    }

    public static void check(RuleSet rs, Facts facts, Map<String, Object> parameters, List<InputError> sink) {
        Vocabulary v = rs.vocabulary();
        Errors err = new Errors(sink);
        programs(v, err, "designations", facts.designations(), Designation::region, Designation::program);
        programs(v, err, "applications", facts.applications(), Application::region, Application::program);
        programs(v, err, "attestations", facts.attestations(), Attestation::region, Attestation::program);
        programs(v, err, "selections", facts.selections(), Selection::region, Selection::program);
        programs(v, err, "progressReports", facts.progressReports(), ProgressReport::region, ProgressReport::program);
        programs(v, err, "indicators", facts.indicators(), Indicator::region, Indicator::program);
        programs(v, err, "acceptance", facts.acceptance(), AcceptanceStep::region, AcceptanceStep::program);
        programs(v, err, "workPlans", facts.workPlans(), WorkPlan::region, WorkPlan::program);
        programs(v, err, "evaluations", facts.evaluations(), Evaluation::region, Evaluation::program);
        programs(v, err, "consents", facts.consents(), Consent::region, Consent::program);
        for (int i = 0; i < facts.designations().size(); i++) {
            Designation d = facts.designations().get(i);
            ProgramInfo p = v.program(d.program()).orElse(null);
            if (p == null) {
                continue;
            }
            String path = "designations[" + i + "]";
            if (!p.statuses().contains(d.status())) {
                List<String> allowed = p.statuses().stream().map(Object::toString).sorted().toList();
                err.add(path + ".status", d.status(), d.program() + " 的状态应为：" + String.join(" | ", allowed),
                        "status of " + d.program() + " must be one of " + String.join(" | ", allowed));
            }
            if (d.theme() != null && !p.designationFields().contains("theme")) {
                err.add(path + ".theme", d.theme(), d.program() + " 没有主题(只有声明 theme 的项目有)",
                        d.program() + " takes no theme (only programmes declaring designationFields: [theme] do)");
            }
        }
        for (int i = 0; i < facts.applications().size(); i++) {
            Application a = facts.applications().get(i);
            ProgramInfo p = v.program(a.program()).orElse(null);
            if (p == null) {
                continue;
            }
            String path = "applications[" + i + "]";
            boolean batch = p.applicationFields().contains("batch");
            boolean theme = p.applicationFields().contains("theme");
            if (batch && a.batch() == null) {
                err.missing(path + ".batch");
            } else if (!batch && a.batch() != null) {
                err.add(path + ".batch", a.batch(), a.program() + " 的申报没有批次", "applications to " + a.program() + " have no batch");
            }
            if (theme && a.theme() == null) {
                err.add(path + ".theme", null, a.program() + " 申报须且只须选择一个主题：INDUSTRY | ECOLOGY | LIVELIHOOD",
                        "an application to " + a.program() + " names exactly one theme: INDUSTRY | ECOLOGY | LIVELIHOOD");
            } else if (!theme && a.theme() != null) {
                err.add(path + ".theme", a.theme(), a.program() + " 的申报没有主题", "applications to " + a.program() + " have no theme");
            }
        }
        for (int i = 0; i < facts.attestations().size(); i++) {
            Attestation a = facts.attestations().get(i);
            if (v.loaded(a.program()) && v.attestationKey(a.key()).isEmpty()) {
                List<String> known = v.attestationKeys().stream().map(k -> k.key().name()).toList();
                err.add("attestations[" + i + "].key", a.key(),
                        "未知认定事项" + (known.isEmpty() ? "；已加载模块未声明任何认定事项" : "；应为：" + String.join(" | ", known)) + near(a.key().name(), known, true),
                        "unknown attestation key" + (known.isEmpty() ? "; the loaded modules declare none" : "; expected one of: " + String.join(" | ", known)) + near(a.key().name(), known, false));
            }
        }
        if (!sink.isEmpty()) {
            return;
        }
        FactsCheck c = new FactsCheck() {
            @Override
            public Facts facts() {
                return facts;
            }

            @Override
            public Vocabulary vocabulary() {
                return v;
            }

            @Override
            public Object parameter(String name) {
                return parameters.get(name);
            }

            @Override
            public void error(String path, Object value, String zh, String en) {
                err.add(path, value, zh, en);
            }
        };
        for (RuleModule m : rs.modules()) {
            if (m.extension() != null) {
                m.extension().validate(c);
            }
        }
    }

    private static <T> void programs(Vocabulary v, Errors err, String list, List<T> items, Function<T, String> region,
                                     Function<T, Program> program) {
        for (int i = 0; i < items.size(); i++) {
            T t = items.get(i);
            Program prog = program.apply(t);
            String path = list + "[" + i + "]";
            Optional<ProgramInfo> info = v.program(prog);
            if (info.isEmpty() && v.reads().contains(prog)) {
                // a programme a loaded module reads, whose own module is not on the class path
                continue;
            }
            if (info.isEmpty()) {
                List<String> known = v.programs().stream().map(p -> p.program().name()).toList();
                err.add(path + ".program", prog, "未知项目" + (known.isEmpty() ? "；已加载的模块未声明任何项目"
                                : "；已加载模块的项目为：" + String.join(" | ", known)) + near(prog.name(), known, true),
                        "unknown programme" + (known.isEmpty() ? "; the loaded modules declare none"
                                : "; the loaded modules' programmes are: " + String.join(" | ", known)) + near(prog.name(), known, false));
                continue;
            }
            String code = region.apply(t);
            if (!info.get().admits(code)) {
                String pr = info.get().province();
                err.add(path + ".region", code, prog + " 只适用于代码以 " + pr + " 开头的地区",
                        prog + " applies only to regions whose code starts with " + pr);
            }
        }
    }

    /** "; did you mean X?" when a known word is close to {@code word}, else "". */
    static String near(String word, Collection<String> known, boolean zh) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word, k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        if (best == null || bestD > Math.max(2, best.length() / 4)) {
            return "";
        }
        return zh ? "；是否指 " + best + "？" : "; did you mean " + best + "?";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 16) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
