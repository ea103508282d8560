package io.github.countyrules.anhui;

import java.util.List;

/**
 * An eligible application whose year cannot be ranked yet (AH-R1): the year has no number of
 * recommendations, or some eligible applications have no review score on record.
 *
 * @param noNumber true when {@code anhui.nationalRecommendations} has no entry for the year
 * @param unscored the eligible applications of the year without a review score, "code name", sorted
 * @param of       how many eligible applications the year has
 */
public record Unranked(String region, int year, boolean noNumber, List<String> unscored, int of) {
    public Unranked {
        unscored = List.copyOf(unscored);
    }
}
