package io.github.countyrules.core.model;

import java.time.LocalDate;

/** A holiday, or an adjusted working day (调休), of the optional holiday calendar. */
public record CalendarDay(LocalDate date, DayKind kind) {
}
