package io.github.countyrules.anhui;

import io.github.countyrules.core.rules.CompetitionRanks;

import java.math.BigDecimal;

/**
 * An eligible application in AH-R1's ranking, with its expert review score (null when no review,
 * or a review without a score, is on record).
 */
public record Entrant(String region, String name, int year, BigDecimal score) implements CompetitionRanks.Entry {
}
