package io.github.countyrules.gansu;

/** GS-T1: a year for which some Gansu county has a technology-transaction value on record. */
public record ProvinceYear(int year) {
}
