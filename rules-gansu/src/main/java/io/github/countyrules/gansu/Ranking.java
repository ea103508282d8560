package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * GS-Q2 and GS-Q3: ranks every candidate of one round at once. Pure: the result depends only on
 * the set of candidates, never on the order they come in.
 *
 * <p>Ranks are competition ranks over the candidates with a score, highest score first (1, 2, 2,
 * 4). A group of equal scores at ranks r…last is SELECTED when last ≤ cap, WAITLISTED when r &gt;
 * cap, and TIE_AT_QUOTA for each member when it straddles the cap, since the plan gives no rule
 * to break a tie. A candidate without a score could stand anywhere: nobody is ranked last for a
 * missing score. It is SELECTED only when every candidate fits within the cap; otherwise it and
 * every candidate whose place it could change get TIE_AT_QUOTA (QUOTA has no UNDETERMINED), with
 * the missing scores named.
 */
public final class Ranking {
    private Ranking() {
    }

    /**
     * @param candidates the round's {@link Candidate}s (as a rule's {@code collectList} gives them;
     *                   other elements are refused)
     * @param quota      the year's quota for the programme
     * @param tolerance  places allowed beyond the quota (GS-Q3; 0 for programmes without one)
     */
    public static List<Placement> place(Collection<?> candidates, Program program, int year, int quota,
                                        int tolerance) {
        List<Candidate> all = new ArrayList<>();
        for (Object o : candidates) {
            Candidate c = (Candidate) o;
            if (!c.program().equals(program) || c.year() != year) {
                throw new IllegalArgumentException("candidate " + c + " is not of round " + program + " " + year);
            }
            all.add(c);
        }
        all.sort(Comparator.comparing(Candidate::region));
        List<Candidate> unscored = all.stream().filter(c -> c.score() == null).toList();
        List<Candidate> scored = all.stream().filter(c -> c.score() != null).toList();
        int n = all.size();
        int u = unscored.size();
        int cap = quota + tolerance;
        List<Placement> out = new ArrayList<>();
        for (Candidate c : scored) {
            int above = 0;
            int equal = 0;
            List<String> tied = new ArrayList<>();
            for (Candidate o : scored) {
                int cmp = o.score().compareTo(c.score());
                if (cmp > 0) {
                    above++;
                } else if (cmp == 0) {
                    equal++;
                    if (o != c) {
                        tied.add(label(o));
                    }
                }
            }
            int rank = above + 1;
            int last = above + equal;
            int worst = last + u;
            Outcome outcome;
            Placement.Basis basis;
            List<String> others;
            if (rank > cap) {
                outcome = GansuOutcome.WAITLISTED;
                basis = Placement.Basis.BEYOND_CAP;
                others = List.of();
            } else if (last > cap) {
                outcome = GansuOutcome.TIE_AT_QUOTA;
                basis = Placement.Basis.TIED_AT_CAP;
                others = tied;
            } else if (worst <= cap) {
                outcome = GansuOutcome.SELECTED;
                basis = worst > quota ? Placement.Basis.WITHIN_TOLERANCE : Placement.Basis.WITHIN_QUOTA;
                others = basis == Placement.Basis.WITHIN_TOLERANCE && equal > 1 ? tied : labels(unscored);
            } else {
                outcome = GansuOutcome.TIE_AT_QUOTA;
                basis = Placement.Basis.SCORE_MISSING;
                others = labels(unscored);
            }
            out.add(new Placement(c.region(), c.name(), program, year, outcome, basis, rank, last, n, u, quota, cap,
                    others));
        }
        for (Candidate c : unscored) {
            List<String> others = labels(unscored.stream().filter(o -> o != c).toList());
            if (n <= cap) {
                out.add(new Placement(c.region(), c.name(), program, year, GansuOutcome.SELECTED,
                        n > quota ? Placement.Basis.WITHIN_TOLERANCE : Placement.Basis.WITHIN_QUOTA,
                        null, 0, n, u, quota, cap, others));
            } else {
                out.add(new Placement(c.region(), c.name(), program, year, GansuOutcome.TIE_AT_QUOTA,
                        Placement.Basis.SCORE_MISSING, null, 0, n, u, quota, cap, others));
            }
        }
        return out;
    }

    private static List<String> labels(List<Candidate> cs) {
        return cs.stream().map(Ranking::label).toList();
    }

    private static String label(Candidate c) {
        return c.name() == null ? c.region() : c.region() + " " + c.name();
    }
}
