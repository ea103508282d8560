package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.MonitoringResult;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The monitoring results of one region available at the as-of date, by year. Inserted by the
 * engine, one per region that has any, so rules can look at several years at once.
 */
public record MonitoringSeries(String region, NavigableMap<Integer, MonitoringResult> byYear) {
    public MonitoringSeries {
        byYear = Collections.unmodifiableNavigableMap(new TreeMap<>(byYear));
    }

    public MonitoringResult get(int year) {
        return byYear.get(year);
    }

    public boolean has(int year) {
        return byYear.containsKey(year);
    }

    public BigDecimal score(int year) {
        MonitoringResult r = byYear.get(year);
        return r == null ? null : r.score();
    }

    public MonitoringResult latest() {
        return byYear.lastEntry().getValue();
    }

    public int latestYear() {
        return byYear.lastKey();
    }

    public int getLatestYear() {
        return latestYear();
    }
}
