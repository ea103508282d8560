package io.github.countyrules.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Gansu 考评 of a candidate, or the national post-plan evaluation. Score is optional. */
public record Evaluation(String region, Program program, int year, BigDecimal score, boolean passed,
                         LocalDate date, String source) {
}
