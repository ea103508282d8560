package io.github.countyrules.core.model;

import java.time.LocalDate;

/** A passed county's work plan for calendar years fromYear..toYear. */
public record WorkPlan(String region, Program program, int fromYear, int toYear, LocalDate submitted,
                       String source) {
}
