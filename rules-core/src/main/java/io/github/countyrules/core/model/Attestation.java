package io.github.countyrules.core.model;

import java.time.LocalDate;

/** A finding of the reviewing authority on a qualitative criterion; the latest per key counts. */
public record Attestation(String region, Program program, AttestationKey key, boolean value, LocalDate date,
                          String source) {
}
