package io.github.countyrules.core.model;

import java.time.LocalDate;

/** An application for a programme and year; national ones also carry batch and theme. */
public record Application(String region, Program program, int year, LocalDate submitted, Integer batch,
                          Theme theme, String source) {
}
