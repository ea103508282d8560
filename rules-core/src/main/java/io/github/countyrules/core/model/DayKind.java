package io.github.countyrules.core.model;

/** A calendar entry: a public holiday, or an adjusted working day (调休) on a weekend. */
public enum DayKind {
    HOLIDAY, WORKDAY
}
