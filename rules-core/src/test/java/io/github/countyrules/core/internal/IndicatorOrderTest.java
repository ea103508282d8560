package io.github.countyrules.core.internal;

import io.github.countyrules.core.model.Indicator;
import io.github.countyrules.core.model.Program;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The packed-key sort of indicators gives exactly the comparator's order, ties in input order. */
class IndicatorOrderTest {
    private static List<Indicator> random(long seed, int n, int maxYear) {
        Random r = new Random(seed);
        String[] regions = {"640104", "640105", "640122", "620102", "110101", "659001", "999999"};
        Program[] programs = {Program.of("NATIONAL_INNOVATIVE_COUNTY"), Program.of("NINGXIA_INNOVATIVE_COUNTY"), Program.of("NINGXIA_INNOVATIVE_CITY"), Program.of("GANSU_INNOVATIVE_COUNTY")};
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Indicator(regions[r.nextInt(regions.length)], programs[r.nextInt(programs.length)], 1 + r.nextInt(25),
                    2015 + r.nextInt(maxYear - 2015 + 1), BigDecimal.valueOf(i), null, null, null, null));
        }
        return out;
    }

    private static List<Object> byComparator(List<Indicator> in, int beforeYear) {
        List<Indicator> kept = new ArrayList<>(in.stream().filter(i -> i.year() < beforeYear).toList());
        kept.sort(Evaluator.INDICATORS);
        return new ArrayList<>(kept);
    }

    @Test
    void packedKeysSortAsTheComparator() {
        for (long seed = 1; seed <= 20; seed++) {
            // Given indicators in random order, with duplicates of the sort key (the value tells them apart)
            List<Indicator> in = random(seed, 2_000, 2030);

            // When both sort the indicators before 2026
            List<Object> packed = new ArrayList<>();
            Evaluator.addIndicators(packed, in, 2026);

            // Then they agree element for element, ties kept in input order as the stable sort keeps them
            assertEquals(byComparator(in, 2026), packed, "seed " + seed);
        }
    }

    @Test
    void yearsThePackingCannotHoldFallBackToTheComparator() {
        List<Indicator> in = new ArrayList<>(random(7, 300, 2030));
        in.add(new Indicator("640104", Program.of("NINGXIA_INNOVATIVE_COUNTY"), 3, 2049, BigDecimal.ONE, null, null, null, null));
        List<Object> packed = new ArrayList<>();
        Evaluator.addIndicators(packed, in, 3000);
        assertEquals(byComparator(in, 3000), packed);
    }
}
