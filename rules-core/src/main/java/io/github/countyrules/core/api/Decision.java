package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.rules.Reason;

import java.util.Comparator;
import java.util.List;

/**
 * One decision about a region: in a programme ({@code null} for the Gansu county-wide targets),
 * of a kind, for a year where it concerns one ({@code null} otherwise), with its outcome and the
 * reasons behind it, sorted by rule id.
 */
public record Decision(String region, String regionName, Program program, Kind kind, Integer year, Outcome outcome,
                       List<Reason> reasons) implements Comparable<Decision> {

    static final Comparator<Decision> ORDER = Comparator
            .comparing(Decision::region)
            .thenComparing(Decision::program, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Decision::kind)
            .thenComparing(Decision::year, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Decision::outcome);

    public Decision {
        reasons = List.copyOf(reasons);
    }

    /** True when a reason of rule {@code ruleId} is among this decision's reasons. */
    public boolean hasReason(String ruleId) {
        return reasons.stream().anyMatch(r -> r.rule().equals(ruleId));
    }

    /** The reasons given by rule {@code ruleId}. */
    public List<Reason> reasonsOf(String ruleId) {
        return reasons.stream().filter(r -> r.rule().equals(ruleId)).toList();
    }

    @Override
    public int compareTo(Decision o) {
        return ORDER.compare(this, o);
    }
}
