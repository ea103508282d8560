package io.github.countyrules.anhui;

import java.util.Collection;
import java.util.List;

/**
 * An application of an open year counted against its prefecture-level city's limit (AH-Q1), with
 * the limit in force for that city ({@code anhui.cityQuota}).
 */
public record CityRecommendation(String region, int year, String city, String cityName, int limit) {

    /** The regions of {@code all} (a rule's collected list) other than {@code region}, sorted. */
    public static List<String> othersThan(String region, Collection<?> all) {
        return all.stream().map(o -> ((CityRecommendation) o).region()).filter(r -> !r.equals(region)).sorted().distinct().toList();
    }
}
