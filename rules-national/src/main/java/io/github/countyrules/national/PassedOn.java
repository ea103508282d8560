package io.github.countyrules.national;

import java.time.LocalDate;

/**
 * A county that passed national acceptance, and the date it passed: the PASS result of its
 * acceptance (round 1, or round 2 after rectification) or, with no acceptance step on record, the
 * {@code since} of a PASSED designation. CN-W1 counts the acceptance year from this date. A
 * derived fact.
 *
 * @param basis what the date was read from: "acceptance" or "designation"
 */
public record PassedOn(String region, LocalDate date, String basis) {
}
