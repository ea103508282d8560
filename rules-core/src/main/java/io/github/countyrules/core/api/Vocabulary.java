package io.github.countyrules.core.api;

import io.github.countyrules.core.model.AttestationKey;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words an engine knows, as its loaded modules declare them ({@link PolicyEngine#vocabulary()}):
 * programmes with their province, titles and fields; outcomes with their decision kinds and labels
 * (the generic ELIGIBLE, INELIGIBLE, NOT_APPLICABLE and UNDETERMINED come from core); attestation
 * keys with labels; the spec rule ids the modules implement. {@code otherPrograms} are the
 * programmes of modules on the class path that are not loaded: facts about them are accepted (a
 * loaded module may read them, see {@code reads}) but not judged.
 *
 * <p>Programmes come in module then declaration order; outcomes generic ones first, then in module
 * order. Immutable and thread-safe.
 */
public final class Vocabulary {
    private final List<ProgramInfo> programs;
    private final List<OutcomeInfo> outcomes;
    private final List<AttestationKeyInfo> attestationKeys;
    private final List<SpecRule> specRules;
    private final List<ProgramInfo> otherPrograms;
    private final Set<Program> reads;
    private final Map<Program, ProgramInfo> programIndex = new HashMap<>();
    private final Map<Outcome, OutcomeInfo> outcomeIndex = new HashMap<>();
    private final Map<AttestationKey, AttestationKeyInfo> keyIndex = new HashMap<>();

    public Vocabulary(List<ProgramInfo> programs, List<OutcomeInfo> outcomes, List<AttestationKeyInfo> attestationKeys,
                      List<SpecRule> specRules, List<ProgramInfo> otherPrograms, Set<Program> reads) {
        this.programs = List.copyOf(programs);
        this.outcomes = List.copyOf(outcomes);
        this.attestationKeys = List.copyOf(attestationKeys);
        this.specRules = List.copyOf(specRules);
        this.otherPrograms = List.copyOf(otherPrograms);
        this.reads = Set.copyOf(reads);
        this.otherPrograms.forEach(p -> programIndex.put(p.program(), p));
        this.programs.forEach(p -> programIndex.put(p.program(), p));
        this.outcomes.forEach(o -> outcomeIndex.putIfAbsent(o.outcome(), o));
        this.attestationKeys.forEach(k -> keyIndex.putIfAbsent(k.key(), k));
    }

    public List<ProgramInfo> programs() {
        return programs;
    }

    public List<OutcomeInfo> outcomes() {
        return outcomes;
    }

    public List<AttestationKeyInfo> attestationKeys() {
        return attestationKeys;
    }

    public List<SpecRule> specRules() {
        return specRules;
    }

    public List<ProgramInfo> otherPrograms() {
        return otherPrograms;
    }

    public Set<Program> reads() {
        return reads;
    }

    /** The declaration of {@code p} by a loaded module, or else by a module found but not loaded. */
    public Optional<ProgramInfo> program(Program p) {
        return Optional.ofNullable(programIndex.get(p));
    }

    /** True when a loaded module declares {@code p}. */
    public boolean loaded(Program p) {
        ProgramInfo i = programIndex.get(p);
        return i != null && programs.contains(i);
    }

    public Optional<OutcomeInfo> outcome(Outcome o) {
        return Optional.ofNullable(outcomeIndex.get(o));
    }

    public Optional<AttestationKeyInfo> attestationKey(AttestationKey k) {
        return Optional.ofNullable(keyIndex.get(k));
    }
}
