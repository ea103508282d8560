package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Program;

import java.math.BigDecimal;

/**
 * A region that takes part in the ranking of {@code program} in {@code year}: its evaluation
 * (考评) passed, the year has a quota, its level suits the programme and it holds no title yet.
 *
 * @param score the evaluation score, or null when none is on record
 */
public record Candidate(String region, String name, Program program, int year, BigDecimal score) {
}
