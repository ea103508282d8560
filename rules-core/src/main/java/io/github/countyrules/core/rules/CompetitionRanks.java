package io.github.countyrules.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Competition ranks ("1, 2, 2, 4") of regions by score, highest first, against a number of places
 * (a quota, a number of recommendations). Policy-free: a rule file decides what the places mean
 * and what to do with a tie. Pure: the result depends only on the set of entries, never on the
 * order they come in, and is sorted by region.
 *
 * <p>Where each entry stands:
 * <ul>
 *   <li>{@link Place#WITHIN} — every place it could hold is within the places;</li>
 *   <li>{@link Place#BEYOND} — even its best place is beyond them;</li>
 *   <li>{@link Place#TIED_AT_BOUNDARY} — its group of equal scores straddles the boundary (ranks
 *       {@code rank…last} with {@code rank ≤ places < last}); {@link Standing#tiedWith()} names the
 *       others of the group, since no score tells them apart;</li>
 *   <li>{@link Place#SCORE_MISSING} — inside or outside depending on scores not on record. An entry
 *       without a score could stand anywhere: nobody is ranked last for a missing score.</li>
 * </ul>
 *
 * <pre>{@code
 * for (CompetitionRanks.Standing<Candidate> s : CompetitionRanks.rank($candidates, $quota)) { ... }
 * }</pre>
 */
public final class CompetitionRanks {
    private CompetitionRanks() {
    }

    /** What can be ranked: a region and its score ({@code null} when none is on record). */
    public interface Entry {
        String region();

        BigDecimal score();
    }

    /** Where an entry stands against the places. */
    public enum Place { WITHIN, BEYOND, TIED_AT_BOUNDARY, SCORE_MISSING }

    /**
     * One entry's standing.
     *
     * @param rank     competition rank among the entries with a score, or null without a score
     * @param last     the last place its group of equal scores occupies (its rank when no one shares
     *                 its score); 0 without a score
     * @param of       how many entries were ranked
     * @param tiedWith the other entries with the same score, sorted by region
     * @param unscored the other entries without a score, sorted by region
     */
    public record Standing<T extends Entry>(T entry, Integer rank, int last, int of, Place place,
                                            List<T> tiedWith, List<T> unscored) {
        public Standing {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(place, "place");
            tiedWith = List.copyOf(tiedWith);
            unscored = List.copyOf(unscored);
        }

        public String region() {
            return entry.region();
        }

        /** True when its group of equal scores holds more than one place. */
        public boolean shared() {
            return rank != null && last > rank;
        }
    }

    /**
     * Ranks {@code entries} against {@code places} places.
     *
     * @param entries elements that are not {@link Entry} are refused (a rule's {@code collectList}
     *                gives a raw collection)
     * @throws IllegalArgumentException when {@code places} is negative or an element is not an entry
     */
    @SuppressWarnings("unchecked")
    public static <T extends Entry> List<Standing<T>> rank(Collection<?> entries, int places) {
        if (places < 0) {
            throw new IllegalArgumentException("places must not be negative: " + places);
        }
        List<T> all = new ArrayList<>(entries.size());
        for (Object o : entries) {
            if (!(o instanceof Entry)) {
                throw new IllegalArgumentException("not a ranked entry: " + o);
            }
            all.add((T) o);
        }
        // a canonical order, so that equal inputs in any order give equal outputs
        all.sort(Comparator.comparing((T e) -> e.region())
                .thenComparing(e -> e.score(), Comparator.nullsFirst(Comparator.naturalOrder())));
        List<T> unscored = all.stream().filter(e -> e.score() == null).toList();
        List<T> scored = all.stream().filter(e -> e.score() != null).toList();
        int n = all.size();
        int u = unscored.size();
        List<Standing<T>> out = new ArrayList<>(n);
        for (T e : all) {
            List<T> otherUnscored = unscored.stream().filter(o -> o != e).toList();
            if (e.score() == null) {
                out.add(new Standing<>(e, null, 0, n, n <= places ? Place.WITHIN : Place.SCORE_MISSING,
                        List.of(), otherUnscored));
                continue;
            }
            int above = 0;
            List<T> tied = new ArrayList<>();
            for (T o : scored) {
                int c = o.score().compareTo(e.score());
                if (c > 0) {
                    above++;
                } else if (c == 0 && o != e) {
                    tied.add(o);
                }
            }
            int rank = above + 1;
            int last = above + 1 + tied.size();
            Place place;
            if (rank > places) {
                place = Place.BEYOND;
            } else if (last > places) {
                place = Place.TIED_AT_BOUNDARY;
            } else if (last + u <= places) {
                place = Place.WITHIN;
            } else {
                place = Place.SCORE_MISSING;
            }
            out.add(new Standing<>(e, rank, last, n, place, tied, otherUnscored));
        }
        return out;
    }
}
