package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.rules.Band;
import io.github.countyrules.core.rules.Ratio;

import java.math.BigDecimal;

/**
 * GS-T1, 一 "县域技术交易额年均增长5%—8%": a value {@code years} years after the base year is on
 * target when it lies between base × (1 + low)ⁿ and base × (1 + high)ⁿ, both bounds included.
 * Computed exactly, so a value equal to base × 1.05ⁿ is on target however many decimals that has.
 *
 * @param lower   base × (1 + low)ⁿ
 * @param upper   base × (1 + high)ⁿ
 * @param outcome BELOW_TARGET, ON_TARGET or ABOVE_TARGET
 */
public record Growth(Ratio lower, Ratio upper, Outcome outcome) {

    /**
     * @param base  the base-year value, not zero (no growth rate exists from zero)
     * @param value the value of the year
     * @param years n = year − base year, at least 1
     */
    public static Growth of(BigDecimal base, BigDecimal value, int years, Band band) {
        if (base.signum() == 0) {
            throw new IllegalArgumentException("no growth rate from a base of zero");
        }
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1: " + years);
        }
        Ratio b = Ratio.of(base);
        Ratio lower = b.times(Ratio.ONE.plus(band.lower()).pow(years));
        Ratio upper = b.times(Ratio.ONE.plus(band.upper()).pow(years));
        Ratio v = Ratio.of(value);
        Outcome o = v.isBelow(lower) ? GansuOutcome.BELOW_TARGET
                : upper.isBelow(v) ? GansuOutcome.ABOVE_TARGET : GansuOutcome.ON_TARGET;
        return new Growth(lower, upper, o);
    }

    /** The lower bound in 万元, to four places, for messages. */
    public String lowerText() {
        return lower.toDecimalString(4);
    }

    /** The upper bound in 万元, to four places, for messages. */
    public String upperText() {
        return upper.toDecimalString(4);
    }
}
