package io.github.countyrules.anhui;

import io.github.countyrules.core.rules.CompetitionRanks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * AH-R1's ranking of one year's eligible applications ("择优向科技部推荐"): competition ranks by review
 * score against the year's number of recommendations, made only when every eligible application has
 * a score and the year has a number; otherwise every one of them is {@link Unranked}, naming what is
 * missing. Pure: the result depends on the set of entrants, never on their order.
 */
public final class Ranking {
    private Ranking() {
    }

    /**
     * @param entrants the year's {@link Entrant}s (a rule's collected list)
     * @param places   the year's number of recommendations, null when the table has none
     * @return one {@link Recommendation} or {@link Unranked} per entrant, sorted by region
     */
    public static List<Object> place(Collection<?> entrants, int year, Integer places) {
        List<Entrant> all = new ArrayList<>();
        for (Object o : entrants) {
            all.add((Entrant) o);
        }
        all.sort(Comparator.comparing(Entrant::region));
        List<String> unscored = all.stream().filter(e -> e.score() == null).map(Ranking::label).toList();
        List<Object> out = new ArrayList<>(all.size());
        if (places == null || !unscored.isEmpty()) {
            for (Entrant e : all) {
                out.add(new Unranked(e.region(), year, places == null, unscored, all.size()));
            }
            return out;
        }
        for (CompetitionRanks.Standing<Entrant> s : CompetitionRanks.<Entrant>rank(all, places)) {
            out.add(new Recommendation(s.region(), year, s.place(), s.rank(), s.last(), s.of(), places,
                    s.tiedWith().stream().map(Ranking::label).toList()));
        }
        return out;
    }

    static String label(Entrant e) {
        return e.name() == null ? e.region() : e.region() + " " + e.name();
    }
}
