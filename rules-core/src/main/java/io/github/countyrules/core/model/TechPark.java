package io.github.countyrules.core.model;

import java.time.LocalDate;

/** A science and technology park (科技园区) of a region. */
public record TechPark(String region, String name, LocalDate established, String source) {
}
