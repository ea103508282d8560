package io.github.countyrules.core.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class RatioTest {
    @Test
    void a_fall_from_50_1_to_45_09_is_exactly_ten_percent() {
        Ratio drop = Ratio.of(new BigDecimal("50.1")).minus(Ratio.of(new BigDecimal("45.09")))
                .divide(Ratio.of(new BigDecimal("50.1")));
        assertEquals(Ratio.of(1, 10), drop);
        assertTrue(drop.isAtLeast(Ratio.parse("0.10")));
        // in binary floating point the same computation falls short of 0.1
        assertTrue((50.1 - 45.09) / 50.1 < 0.1);
    }

    @Test
    void growth_from_10000_to_10800_is_exactly_eight_percent() {
        Ratio g = Ratio.of(new BigDecimal("10800"), new BigDecimal("10000")).minus(Ratio.ONE);
        assertEquals(Ratio.parse("8%"), g);
        assertEquals(Ratio.parse("0.08"), g);
    }

    @Test
    void two_thirds_is_inclusive_and_exact() {
        assertTrue(Ratio.of(2, 3).isAtLeast(Ratio.parse("2/3")));
        assertFalse(Ratio.of(5, 8).isAtLeast(Ratio.parse("2/3")));
        assertEquals("2/3", Ratio.parse("4/6").toString());
        assertEquals("66.67%", Ratio.of(2, 3).toPercentString());
    }

    @Test
    void parse_refuses_garbage_and_zero_denominators() {
        assertThrows(NumberFormatException.class, () -> Ratio.parse("two thirds"));
        assertThrows(NumberFormatException.class, () -> Ratio.parse("1/0"));
    }

    @Test
    void powers_are_exact() {
        assertEquals(Ratio.parse("1.157625"), Ratio.parse("1.05").pow(3));
    }

    @Test
    void rule_ids_sort_naturally() {
        assertTrue(RuleIds.compare("NX-C2a", "NX-C2b") < 0);
        assertTrue(RuleIds.compare("NX-C2b", "NX-C10") < 0);
        assertTrue(RuleIds.compare("NX-D1", "NX-D1") == 0);
        assertTrue(RuleIds.compare("CN-A5", "CN-E1") < 0);
    }
}
