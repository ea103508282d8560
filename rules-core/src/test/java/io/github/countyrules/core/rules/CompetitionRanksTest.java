package io.github.countyrules.core.rules;

import io.github.countyrules.core.rules.CompetitionRanks.Place;
import io.github.countyrules.core.rules.CompetitionRanks.Standing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class CompetitionRanksTest {
    record E(String region, BigDecimal score) implements CompetitionRanks.Entry {
    }

    private static E e(String region, String score) {
        return new E(region, score == null ? null : new BigDecimal(score));
    }

    private static Map<String, Standing<E>> byRegion(List<Standing<E>> standings) {
        Map<String, Standing<E>> m = new TreeMap<>();
        standings.forEach(s -> m.put(s.region(), s));
        return m;
    }

    @Test
    void ranks_are_competition_ranks_highest_first() {
        var m = byRegion(CompetitionRanks.rank(List.of(e("a", "90"), e("b", "80"), e("c", "80"), e("d", "70")), 4));
        assertEquals(1, m.get("a").rank());
        assertEquals(2, m.get("b").rank());
        assertEquals(3, m.get("b").last());
        assertEquals(2, m.get("c").rank());
        assertEquals(4, m.get("d").rank());
        assertTrue(m.values().stream().allMatch(s -> s.place() == Place.WITHIN));
        assertEquals(List.of(e("c", "80")), m.get("b").tiedWith());
    }

    @Test
    void the_boundary_place_is_within_and_the_next_is_beyond() {
        var m = byRegion(CompetitionRanks.rank(List.of(e("a", "90"), e("b", "80"), e("c", "70")), 2));
        assertEquals(Place.WITHIN, m.get("b").place());
        assertEquals(Place.BEYOND, m.get("c").place());
    }

    @Test
    void equal_scores_straddling_the_boundary_are_a_tie_naming_each_other() {
        var m = byRegion(CompetitionRanks.rank(List.of(e("a", "90"), e("b", "80"), e("c", "80.0"), e("d", "70")), 2));
        assertEquals(Place.WITHIN, m.get("a").place());
        assertEquals(Place.TIED_AT_BOUNDARY, m.get("b").place());
        assertEquals(Place.TIED_AT_BOUNDARY, m.get("c").place());
        assertEquals(List.of("c"), m.get("b").tiedWith().stream().map(E::region).toList());
        assertEquals(Place.BEYOND, m.get("d").place());
        // equal scores that fit inside are not a tie at the boundary
        var fit = byRegion(CompetitionRanks.rank(List.of(e("a", "90"), e("b", "80"), e("c", "80")), 3));
        assertEquals(Place.WITHIN, fit.get("b").place());
        assertTrue(fit.get("b").shared());
    }

    @Test
    void a_missing_score_is_never_ranked_last() {
        var m = byRegion(CompetitionRanks.rank(List.of(e("a", "90"), e("b", "80"), e("x", null)), 2));
        // b could be pushed out by x; a could not
        assertEquals(Place.WITHIN, m.get("a").place());
        assertEquals(Place.SCORE_MISSING, m.get("b").place());
        assertEquals(Place.SCORE_MISSING, m.get("x").place());
        assertNull(m.get("x").rank());
        // when every entry fits, a missing score changes nothing
        var all = byRegion(CompetitionRanks.rank(List.of(e("a", "90"), e("x", null)), 2));
        assertEquals(Place.WITHIN, all.get("x").place());
        assertEquals(Place.WITHIN, all.get("a").place());
    }

    @Test
    void no_places_puts_everyone_beyond() {
        var m = byRegion(CompetitionRanks.rank(List.of(e("a", "90"), e("b", "80")), 0));
        assertEquals(Place.BEYOND, m.get("a").place());
        assertThrows(IllegalArgumentException.class, () -> CompetitionRanks.rank(List.of(), -1));
        assertThrows(IllegalArgumentException.class, () -> CompetitionRanks.rank(List.of("not an entry"), 1));
    }

    @Test
    void the_order_of_the_input_never_matters() {
        List<E> entries = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            entries.add(e(String.format("r%02d", i), i % 9 == 0 ? null : String.valueOf(50 + random.nextInt(8))));
        }
        List<Standing<E>> first = CompetitionRanks.rank(entries, 12);
        for (int k = 0; k < 20; k++) {
            Collections.shuffle(entries, random);
            assertEquals(first, CompetitionRanks.rank(entries, 12));
        }
    }
}
