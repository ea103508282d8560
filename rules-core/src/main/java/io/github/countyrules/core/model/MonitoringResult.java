package io.github.countyrules.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Result of 县域科技创新能力监测评价 for one region and year Y, published during Y+1.
 *
 * @param rank          rank within the peer group (1 = best), optional
 * @param peerGroupSize size of the peer group, optional
 * @param published     publication date, optional (default: parameter monitoring.defaultPublication)
 */
public record MonitoringResult(String region, int year, Grade grade, BigDecimal score, Integer rank,
                               Integer peerGroupSize, LocalDate published, String source) {
}
