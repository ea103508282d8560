package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Status;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of a {@link Subject}. Either fixed by the rule that inserts it, or "all must hold"
 * (POLICY-SPEC §0): resolved from the subject's reasons of the named rules (all of its reasons when
 * none is named) as {@code ifNotMet} when any is NOT_MET, else UNDETERMINED when any is UNKNOWN,
 * else {@code ifAllMet}. Exactly one verdict per subject.
 */
public record Verdict(Subject subject, Outcome outcome, Outcome ifAllMet, Outcome ifNotMet, Set<String> rules) {

    public Verdict {
        Objects.requireNonNull(subject, "subject");
        rules = rules == null ? Set.of() : Set.copyOf(rules);
        if ((outcome == null) == (ifAllMet == null || ifNotMet == null)) {
            throw new IllegalArgumentException("a verdict has a fixed outcome or both combined outcomes");
        }
    }

    /** A fixed outcome. */
    public static Verdict of(Subject s, Outcome outcome) {
        return new Verdict(s, Objects.requireNonNull(outcome), null, null, Set.of());
    }

    /** All of the subject's criteria (or those of {@code rules}) must hold. */
    public static Verdict allMustHold(Subject s, Outcome ifAllMet, Outcome ifNotMet, String... rules) {
        return new Verdict(s, null, Objects.requireNonNull(ifAllMet), Objects.requireNonNull(ifNotMet), Set.of(rules));
    }

    /** The outcome, given the reasons attached to the subject. */
    public Outcome resolve(Collection<Reason> reasons) {
        if (outcome != null) {
            return outcome;
        }
        boolean unknown = false;
        boolean any = false;
        for (Reason r : reasons) {
            if (!rules.isEmpty() && !rules.contains(r.rule())) {
                continue;
            }
            any = true;
            if (r.status() == Status.NOT_MET) {
                return ifNotMet;
            }
            unknown |= r.status() == Status.UNKNOWN;
        }
        if (!any) {
            throw new IllegalStateException("verdict on " + subject + " has no criteria to combine");
        }
        return unknown ? Outcome.UNDETERMINED : ifAllMet;
    }
}
