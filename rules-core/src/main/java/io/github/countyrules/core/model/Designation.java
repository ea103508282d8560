package io.github.countyrules.core.model;

import java.time.LocalDate;

/** A region's standing in a programme as on record, from {@code since}. */
public record Designation(String region, Program program, DesignationStatus status, LocalDate since,
                          Theme theme, String source) {
}
