package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.MonitoringResult;
import io.github.countyrules.core.rules.MonitoringSeries;
import io.github.countyrules.core.rules.Ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reading 县域科技创新能力监测评价 results (POLICY-SPEC §0 "Innovation capability"): the engine
 * inserts one {@link MonitoringSeries} per region with results published by the as-of date; a
 * region without any has none, so rules collect the series (zero or one) and pass the collection.
 */
final class Monitoring {
    private Monitoring() {
    }

    /** The series in a collection of zero or one, or null. */
    static MonitoringSeries single(Collection<?> series) {
        for (Object o : series) {
            return (MonitoringSeries) o;
        }
        return null;
    }

    /** Series by region code, from a collection of series. */
    static Map<String, MonitoringSeries> byRegion(Collection<?> series) {
        Map<String, MonitoringSeries> out = new TreeMap<>();
        for (Object o : series) {
            MonitoringSeries s = (MonitoringSeries) o;
            out.put(s.region(), s);
        }
        return out;
    }

    static MonitoringResult result(MonitoringSeries s, int year) {
        return s == null ? null : s.get(year);
    }

    static BigDecimal score(MonitoringSeries s, int year) {
        return s == null ? null : s.score(year);
    }

    /**
     * The latest year whose result should be out at {@code asOf} when every result came on the
     * default publication day: used only to name what is missing for a region with no result.
     */
    static int expectedLatestYear(LocalDate asOf, MonthDay defaultPublication) {
        return asOf.isBefore(defaultPublication.atYear(asOf.getYear())) ? asOf.getYear() - 2 : asOf.getYear() - 1;
    }

    /** Fact name of a region's own result: "monitoring.2023.score". */
    static String key(int year, String field) {
        return "monitoring." + year + "." + field;
    }

    /** Fact name of another region's result (a unit under a city): "monitoring.640104.2023.grade". */
    static String key(String region, int year, String field) {
        return "monitoring." + region + "." + year + "." + field;
    }

    /** Whether a result for {@code year} is not yet due at {@code asOf} (published during year+1). */
    static boolean notYetDue(int year, LocalDate asOf, MonthDay defaultPublication) {
        return asOf.isBefore(defaultPublication.atYear(year + 1));
    }

    /**
     * "下降明显" between two scores: {@code later} is below {@code earlier} by at least
     * {@code share} of {@code earlier}, compared exactly (50.1 to 45.09 is exactly 10 %).
     */
    static boolean markedDecline(BigDecimal earlier, BigDecimal later, Ratio share) {
        if (later.compareTo(earlier) >= 0) {
            return false;
        }
        var e = Ratio.of(earlier);
        var drop = e.minus(Ratio.of(later));
        return drop.isAtLeast(share.times(e));
    }

    /** The drop from {@code earlier} to {@code later} as a share of {@code earlier}, for messages. */
    static String dropPercent(BigDecimal earlier, BigDecimal later) {
        if (earlier.signum() == 0) {
            return "-";
        }
        var e = Ratio.of(earlier);
        return e.minus(Ratio.of(later)).divide(e).toPercentString();
    }
}
