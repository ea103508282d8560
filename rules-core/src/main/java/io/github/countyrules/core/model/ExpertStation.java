package io.github.countyrules.core.model;

import java.time.LocalDate;

/** An agricultural expert service station (农技专家服务站). */
public record ExpertStation(String region, LocalDate established, String source) {
}
