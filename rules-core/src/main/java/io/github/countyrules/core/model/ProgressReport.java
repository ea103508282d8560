package io.github.countyrules.core.model;

import java.time.LocalDate;

/** Yearly construction progress report for construction year {@code year}. */
public record ProgressReport(String region, Program program, int year, LocalDate submitted, String source) {
}
