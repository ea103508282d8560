package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.rules.Band;
import io.github.countyrules.core.rules.Ratio;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GS-T1's band, computed exactly. */
class GrowthTest {
    private static final Band BAND = new Band(Ratio.parse("0.05"), Ratio.parse("0.08"));

    private static Outcome at(String base, String value, int years) {
        return Growth.of(new BigDecimal(base), new BigDecimal(value), years, BAND).outcome();
    }

    @Test
    void theBoundsAreIncludedExactlyAfterThreeYears() {
        // 1.05^3 = 1.157625 and 1.08^3 = 1.259712: a value with many decimals sits exactly on each bound
        assertEquals(GansuOutcome.ON_TARGET, at("1", "1.157625", 3));
        assertEquals(GansuOutcome.BELOW_TARGET, at("1", "1.157624999", 3));
        assertEquals(GansuOutcome.ON_TARGET, at("1", "1.259712", 3));
        assertEquals(GansuOutcome.ABOVE_TARGET, at("1", "1.259712001", 3));
    }

    @Test
    void aBaseOfZeroHasNoGrowthRate() {
        assertThrows(IllegalArgumentException.class, () -> at("0", "5", 1));
    }
}
