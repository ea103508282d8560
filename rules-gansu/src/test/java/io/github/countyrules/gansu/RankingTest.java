package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** GS-Q2 and GS-Q3 ranking, a pure function of the set of candidates. */
class RankingTest {
    private static final Program COUNTY = Gansu.INNOVATIVE_COUNTY;

    private static Candidate c(String code, String score) {
        return new Candidate(code, "县" + code, COUNTY, 2019, score == null ? null : new BigDecimal(score));
    }

    private static Map<String, Outcome> outcomes(List<Placement> ps) {
        Map<String, Outcome> m = new TreeMap<>();
        ps.forEach(p -> m.put(p.region(), p.outcome()));
        return m;
    }

    private static void permutations(List<Candidate> rest, List<Candidate> prefix, List<List<Candidate>> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            List<Candidate> r = new ArrayList<>(rest);
            List<Candidate> p = new ArrayList<>(prefix);
            p.add(r.remove(i));
            permutations(r, p, out);
        }
    }

    @Test
    void everyOrderOfTheCandidatesGivesTheSamePlacements() {
        // Given six candidates with a tie at the quota line and one without a score
        List<Candidate> cs = List.of(c("620121", "95"), c("620122", "80"), c("620123", "75"), c("620321", "75"),
                c("620421", null), c("620422", "60"));
        List<List<Candidate>> orders = new ArrayList<>();
        permutations(cs, List.of(), orders);
        // When each of the 720 orders is ranked
        Set<Set<Placement>> results = new HashSet<>();
        for (List<Candidate> order : orders) {
            results.add(new HashSet<>(Ranking.place(order, COUNTY, 2019, 5, 0)));
        }
        // Then all give one and the same set of placements
        assertEquals(720, orders.size());
        assertEquals(1, results.size());
    }

    @Test
    void competitionRanksSkipAfterATie() {
        // Given scores 95, 90, 90, 85 for a quota of 3
        List<Placement> ps = Ranking.place(List.of(c("620121", "95"), c("620122", "90"), c("620123", "90.00"),
                c("620321", "85")), COUNTY, 2019, 3, 0);
        // Then the ranks are 1, 2, 2, 4 and 90 equals 90.00
        Map<String, Integer> ranks = new TreeMap<>();
        ps.forEach(p -> ranks.put(p.region(), p.rank()));
        assertEquals(Map.of("620121", 1, "620122", 2, "620123", 2, "620321", 4), ranks);
        assertEquals(Map.of("620121", GansuOutcome.SELECTED, "620122", GansuOutcome.SELECTED, "620123", GansuOutcome.SELECTED,
                "620321", GansuOutcome.WAITLISTED), outcomes(ps));
    }

    @Test
    void aTieStraddlingTheQuotaIsNeitherSelectedNorWaitlisted() {
        List<Placement> ps = Ranking.place(List.of(c("620121", "95"), c("620122", "90"), c("620123", "90")),
                COUNTY, 2019, 2, 0);
        assertEquals(Map.of("620121", GansuOutcome.SELECTED, "620122", GansuOutcome.TIE_AT_QUOTA, "620123", GansuOutcome.TIE_AT_QUOTA),
                outcomes(ps));
        Placement tied = ps.stream().filter(p -> p.region().equals("620122")).findFirst().orElseThrow();
        assertEquals(List.of("620123 县620123"), tied.others());
        assertEquals(Placement.Basis.TIED_AT_CAP, tied.basis());
    }

    @Test
    void theToleranceSelectsBeyondTheQuotaAndMarksIt() {
        // the rules pass a tolerance for parks only; the ranking itself just applies what it is given
        List<Placement> ps = Ranking.place(List.of(c("620121", "95"), c("620122", "90"), c("620123", "85")),
                COUNTY, 2019, 1, 1);
        assertEquals(Map.of("620121", GansuOutcome.SELECTED, "620122", GansuOutcome.SELECTED, "620123", GansuOutcome.WAITLISTED),
                outcomes(ps));
        assertEquals(Placement.Basis.WITHIN_TOLERANCE,
                ps.stream().filter(p -> p.region().equals("620122")).findFirst().orElseThrow().basis());
    }

    @Test
    void aCandidateWithoutAScoreIsNeverRankedLast() {
        // Given two places, two scored candidates and one without a score
        List<Placement> ps = Ranking.place(List.of(c("620121", "95"), c("620122", "90"), c("620123", null)),
                COUNTY, 2019, 2, 0);
        // Then only the top score is sure of a place; the others hinge on the missing score
        assertEquals(Map.of("620121", GansuOutcome.SELECTED, "620122", GansuOutcome.TIE_AT_QUOTA, "620123", GansuOutcome.TIE_AT_QUOTA),
                outcomes(ps));
        Placement unscored = ps.stream().filter(p -> p.region().equals("620123")).findFirst().orElseThrow();
        assertNull(unscored.rank());
        assertEquals(Placement.Basis.SCORE_MISSING, unscored.basis());
    }

    @Test
    void whenEveryoneFitsAMissingScoreDoesNotMatter() {
        List<Placement> ps = Ranking.place(List.of(c("620121", "95"), c("620123", null)), COUNTY, 2019, 2, 0);
        assertEquals(Map.of("620121", GansuOutcome.SELECTED, "620123", GansuOutcome.SELECTED), outcomes(ps));
    }
}
