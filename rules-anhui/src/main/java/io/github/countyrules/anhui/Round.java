package io.github.countyrules.anhui;

/** A year with at least one eligible application: AH-R1 ranks it once, when all are known. */
public record Round(int year) {
}
