package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Program;

/**
 * GS-A2: {@code region} already held the title of {@code program} when evaluated for
 * {@code year}, so it takes no place in that year's ranking.
 */
public record TitleHeld(String region, Program program, int year) {
}
