package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Program;

/** One year's selection in one programme, opened by its first candidate. */
public record Round(Program program, int year) {
}
