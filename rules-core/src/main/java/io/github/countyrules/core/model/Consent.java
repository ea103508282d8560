package io.github.countyrules.core.model;

import java.time.LocalDate;

/** Gansu: the provincial government's consent (省政府同意) for a candidate of a year. */
public record Consent(String region, Program program, int year, LocalDate date, String source) {
}
