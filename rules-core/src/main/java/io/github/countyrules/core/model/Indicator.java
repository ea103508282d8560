package io.github.countyrules.core.model;

import java.math.BigDecimal;

/**
 * A value of NX-GUIDE 附件2's indicator {@code number} for a year: quantitative items (1-18) carry
 * {@code value} and/or {@code target}; qualitative items (19-25) carry {@code text}.
 *
 * @param unit optional; when given it must be the catalogue's unit
 */
public record Indicator(String region, Program program, int number, int year, BigDecimal value,
                        BigDecimal target, String text, String unit, String source) {
}
