package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.AttestationKeyInfo;
import io.github.countyrules.core.api.OutcomeInfo;
import io.github.countyrules.core.api.ProgramInfo;
import io.github.countyrules.core.api.SpecRule;
import io.github.countyrules.core.api.Vocabulary;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.util.*;

/** Merges the loaded modules' declarations into one {@link Vocabulary}; conflicts are load errors. */
final class VocabularyBuilder {
    /** The outcomes core's own code produces ({@code Verdict}: all met, one unmet, one unknown, not applicable). */
    static final List<OutcomeInfo> GENERIC = List.of(
            new OutcomeInfo(Outcome.ELIGIBLE, Set.of(Kind.ELIGIBILITY), "符合条件", "eligible", List.of("core")),
            new OutcomeInfo(Outcome.INELIGIBLE, Set.of(Kind.ELIGIBILITY), "不符合条件", "ineligible", List.of("core")),
            new OutcomeInfo(Outcome.NOT_APPLICABLE, EnumSet.of(Kind.ELIGIBILITY, Kind.QUOTA), "不适用", "not applicable", List.of("core")),
            // Verdict.allMustHold resolves to UNDETERMINED whatever the kind of its question, so any kind but an
            // alert (raised or not, never combined) may be undetermined
            new OutcomeInfo(Outcome.UNDETERMINED, EnumSet.complementOf(EnumSet.of(Kind.ALERT)), "无法确定",
                    "undetermined: data missing", List.of("core")));

    private VocabularyBuilder() {
    }

    static Vocabulary build(List<RuleModule> modules, List<ModuleDescriptor> found) {
        Map<Program, ProgramInfo> programs = new LinkedHashMap<>();
        Map<Outcome, OutcomeInfo> outcomes = new LinkedHashMap<>();
        GENERIC.forEach(o -> outcomes.put(o.outcome(), o));
        Map<io.github.countyrules.core.model.AttestationKey, AttestationKeyInfo> keys = new LinkedHashMap<>();
        List<SpecRule> spec = new ArrayList<>();
        Set<Program> reads = new LinkedHashSet<>();
        Set<String> loaded = new HashSet<>();
        for (RuleModule m : modules) {
            loaded.add(m.name());
            ModuleDeclarations d = m.declarations();
            for (ProgramInfo p : d.programs()) {
                ProgramInfo prior = programs.putIfAbsent(p.program(), p);
                if (prior != null) {
                    throw new IllegalStateException("programme " + p.program() + " is declared by two modules, "
                            + prior.module() + " and " + m.name() + " / 项目 " + p.program() + " 被两个模块重复声明");
                }
            }
            for (OutcomeInfo o : d.outcomes()) {
                OutcomeInfo prior = outcomes.get(o.outcome());
                if (prior == null) {
                    outcomes.put(o.outcome(), o);
                } else if (!prior.kinds().equals(o.kinds())) {
                    throw new IllegalStateException("outcome " + o.outcome() + " has kinds " + new TreeSet<>(o.kinds()) + " in module "
                            + m.name() + " but " + new TreeSet<>(prior.kinds()) + " in " + prior.modules()
                            + " / 结果 " + o.outcome() + " 在两个模块中的决定类别不一致");
                } else {
                    List<String> mods = new ArrayList<>(prior.modules());
                    mods.add(m.name());
                    outcomes.put(o.outcome(), new OutcomeInfo(prior.outcome(), prior.kinds(), prior.labelZh(), prior.labelEn(), mods));
                }
            }
            for (AttestationKeyInfo k : d.attestationKeys()) {
                AttestationKeyInfo prior = keys.get(k.key());
                if (prior == null) {
                    keys.put(k.key(), k);
                } else {
                    List<String> mods = new ArrayList<>(prior.modules());
                    mods.add(m.name());
                    keys.put(k.key(), new AttestationKeyInfo(prior.key(), prior.labelZh(), prior.labelEn(), mods));
                }
            }
            spec.addAll(d.specRules());
            reads.addAll(d.reads());
        }
        List<ProgramInfo> others = new ArrayList<>();
        for (ModuleDescriptor f : found) {
            if (loaded.contains(f.name())) {
                continue;
            }
            for (ProgramInfo p : f.declarations().programs()) {
                if (!programs.containsKey(p.program()) && others.stream().noneMatch(o -> o.program().equals(p.program()))) {
                    others.add(p);
                }
            }
        }
        return new Vocabulary(List.copyOf(programs.values()), List.copyOf(outcomes.values()), List.copyOf(keys.values()),
                spec, others, reads);
    }
}
