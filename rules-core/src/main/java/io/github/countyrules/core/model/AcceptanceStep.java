package io.github.countyrules.core.model;

import java.time.LocalDate;

/** One step of an acceptance round; {@code result} only on RESULT_PUBLISHED. */
public record AcceptanceStep(String region, Program program, int round, AcceptanceStepKind step, LocalDate date,
                             AcceptanceResult result, String source) {
}
