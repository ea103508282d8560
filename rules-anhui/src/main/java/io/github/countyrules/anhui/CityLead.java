package io.github.countyrules.anhui;

import io.github.countyrules.core.model.MonitoringResult;
import io.github.countyrules.core.model.Region;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.Ratio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether an applicant leads its prefecture-level city (AH-E5, "创新能力位居本市前列"): among the
 * city's counties and county-level cities ({@code unitCount} = n units), fewer than {@code share × n} have a
 * strictly higher monitoring composite score for the data year. Exact ({@link Ratio}), and decided
 * despite missing scores whenever they cannot change the answer.
 *
 * @param applicantScore the applicant's score, null when its result is not on record
 * @param bound          share × n: the number of units ahead that is already too many
 * @param ahead          units scoring strictly higher, "code name", sorted by code
 * @param unscored       units, the applicant included, without a result for the data year, "code name"
 * @param unscoredCodes  the same units' codes, for the reason's missing facts
 */
public record CityLead(String region, int year, int dataYear, String city, String cityName, int unitCount, Ratio bound,
                       BigDecimal applicantScore, List<String> ahead, List<String> unscored,
                       List<String> unscoredCodes, Status status) {
    public CityLead {
        ahead = List.copyOf(ahead);
        unscored = List.copyOf(unscored);
        unscoredCodes = List.copyOf(unscoredCodes);
    }

    /**
     * Judges {@code applicant} against {@code units} (the city's counties and county-level cities,
     * as collected by a rule) with the monitoring results of the data year in {@code results} (any
     * region's; those of other regions are ignored).
     * <ul>
     *   <li>NOT_MET when the units known to score higher are already at least {@code share × n};</li>
     *   <li>MET when, even if every unit lacking a score were ahead, fewer than {@code share × n} would be;</li>
     *   <li>otherwise UNKNOWN, and {@link #unscoredCodes()} names the units whose scores are missing.</li>
     * </ul>
     */
    public static CityLead judge(String applicant, int year, int dataYear, String city, String cityName, Collection<?> units,
                                 Collection<?> results, Ratio share) {
        Map<String, String> names = new TreeMap<>();
        for (Object o : units) {
            Region u = (Region) o;
            names.put(u.code(), u.name());
        }
        Map<String, BigDecimal> scores = new TreeMap<>();
        for (Object o : results) {
            MonitoringResult m = (MonitoringResult) o;
            if (m.year() == dataYear && (names.containsKey(m.region()) || m.region().equals(applicant))) {
                scores.put(m.region(), m.score());
            }
        }
        int n = names.size();
        Ratio bound = share.times(Ratio.of(n, 1));
        BigDecimal own = scores.get(applicant);
        List<String> ahead = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        List<String> unscoredCodes = new ArrayList<>();
        int others = 0;
        for (Map.Entry<String, String> u : names.entrySet()) {
            if (u.getKey().equals(applicant)) {
                continue;
            }
            others++;
            BigDecimal s = scores.get(u.getKey());
            if (s == null) {
                unscored.add(u.getKey() + " " + u.getValue());
                unscoredCodes.add(u.getKey());
            } else if (own != null && s.compareTo(own) > 0) {
                ahead.add(u.getKey() + " " + u.getValue());
            }
        }
        Status status;
        if (own == null) {
            // nothing is known to be ahead; it leads only if even all the others together cannot be too many
            unscored.add(0, applicant + " " + names.getOrDefault(applicant, ""));
            unscoredCodes.add(0, applicant);
            status = Ratio.of(others, 1).isBelow(bound) ? Status.MET : Status.UNKNOWN;
        } else if (Ratio.of(ahead.size(), 1).isAtLeast(bound)) {
            status = Status.NOT_MET;
        } else if (Ratio.of(ahead.size() + unscored.size(), 1).isBelow(bound)) {
            status = Status.MET;
        } else {
            status = Status.UNKNOWN;
        }
        return new CityLead(applicant, year, dataYear, city, cityName, n, bound, own, ahead, unscored, unscoredCodes, status);
    }

    /** The city as a reader knows it: "341200 阜阳市". */
    public String cityText() {
        return cityName == null ? city : city + " " + cityName;
    }

    /**
     * The missing facts an UNKNOWN reason names: the applicant's own score as
     * {@code monitoring.Y.score}, another unit's as {@code monitoring.CODE.Y.score}.
     */
    public String[] missingFacts() {
        return unscoredCodes.stream()
                .map(c -> c.equals(region) ? "monitoring." + dataYear + ".score" : "monitoring." + c + "." + dataYear + ".score")
                .toArray(String[]::new);
    }

    /** The bound as a reader counts it: "5/3" shows as "5/3 (1.67)". */
    public String boundText() {
        String exact = bound.toString();
        String dec = bound.toDecimalString(2);
        return exact.equals(dec) || !exact.contains("/") ? exact : exact + " (" + dec + ")";
    }
}
