package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.util.List;

/**
 * Where one candidate stands in its round (GS-Q2, GS-Q3), as {@link Ranking} works it out from
 * every candidate of the round at once.
 *
 * @param outcome  SELECTED, WAITLISTED or TIE_AT_QUOTA
 * @param rank     competition rank among the candidates with a score (1, 2, 2, 4), or null for a
 *                 candidate without a score
 * @param last     the last place the candidate's group of equal scores occupies (its rank when
 *                 no one shares its score), or 0 for a candidate without a score
 * @param passed   how many candidates the round has (passed, not excluded)
 * @param unscored how many of them have no score on record
 * @param quota    the year's quota (GS-Q1)
 * @param cap      the quota plus the tolerance (GS-Q3; equal to the quota except for parks)
 * @param others   the candidates the outcome hinges on: the others sharing the score for a tie,
 *                 the candidates without a score otherwise; as "code name" texts, sorted by code
 */
public record Placement(String region, String name, Program program, int year, Outcome outcome, Basis basis,
                        Integer rank, int last, int passed, int unscored, int quota, int cap,
                        List<String> others) {

    /** Why the candidate got its outcome. */
    public enum Basis {
        /** Every place the candidate could hold is within the quota. */
        WITHIN_QUOTA,
        /** Within the park tolerance but possibly beyond the quota (GS-Q3). */
        WITHIN_TOLERANCE,
        /** Even its best possible place is beyond the cap. */
        BEYOND_CAP,
        /** Its group of equal scores straddles the cap. */
        TIED_AT_CAP,
        /** Within or beyond the cap depending on scores not on record. */
        SCORE_MISSING
    }

    public Placement {
        others = List.copyOf(others);
    }

    /** The others as one text, "620121 永登县、620122 皋兰县". */
    public String othersText() {
        return others.isEmpty() ? "-" : String.join("、", others);
    }

    /** The codes of the others, for naming missing facts. */
    public List<String> otherCodes() {
        return others.stream().map(s -> s.split(" ", 2)[0]).toList();
    }

    /** "第5名" or "第5—6名(并列)"; "名次未知(无得分)" without a score. */
    public String rankZh() {
        if (rank == null) {
            return "名次未知(无得分)";
        }
        return last > rank ? "并列第" + rank + "名(占第" + rank + "—" + last + "位)" : "第" + rank + "名";
    }

    /** "rank 5" or "rank 5 (tied, places 5-6)"; "rank unknown (no score)" without a score. */
    public String rankEn() {
        if (rank == null) {
            return "rank unknown (no score)";
        }
        return last > rank ? "rank " + rank + " (tied, places " + rank + "-" + last + ")" : "rank " + rank;
    }
}
