package io.github.countyrules.core.model;

import java.time.LocalDate;

/** A science and technology commissioner group (科技特派团) serving a county. */
public record CommissionerGroup(String region, LocalDate since, String source) {
}
