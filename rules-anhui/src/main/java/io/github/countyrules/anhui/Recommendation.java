package io.github.countyrules.anhui;

import io.github.countyrules.core.rules.CompetitionRanks;

import java.util.List;

/**
 * Where an eligible application stands in AH-R1's ranking of its year.
 *
 * @param place    within the number, beyond it, or tied across it
 * @param rank     competition rank (1, 2, 2, 4)
 * @param last     the last place its group of equal scores takes
 * @param of       how many eligible applications were ranked
 * @param places   the year's number of recommendations ({@code anhui.nationalRecommendations})
 * @param tiedWith the others with the same score, "code name", sorted by code
 */
public record Recommendation(String region, int year, CompetitionRanks.Place place, int rank, int last, int of,
                             int places, List<String> tiedWith) {
    public Recommendation {
        tiedWith = List.copyOf(tiedWith);
    }
}
