package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Program;

import java.time.LocalDate;

/**
 * A title of {@code program} (创新型县(市) or 创新型乡镇) held by {@code region}: awarded in quota
 * year {@code year} to a selected candidate with the provincial government's consent (GS-A1), or,
 * with {@code year} null, a designation AWARDED on record whose quota year is not known.
 *
 * @param date the consent's date, or the designation's {@code since}
 */
public record Award(String region, Program program, Integer year, LocalDate date) {
}
