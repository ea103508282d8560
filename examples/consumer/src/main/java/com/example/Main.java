package com.example;

import io.github.countyrules.core.api.*;           // PolicyEngine, Facts, Report, Decision
import io.github.countyrules.core.model.*;         // the fact records and enums
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.ningxia.Ningxia;               // the Ningxia module's words

import java.math.BigDecimal;
import java.time.LocalDate;

public class Main {
    public static void main(String[] args) {
        // Once, at start-up: finds the rule modules on the class path. Immutable and thread-safe.
        PolicyEngine engine = PolicyEngine.builder().build();
        // or: PolicyEngine.builder().modules("ningxia").parameter("ningxia.goodCompletionShare", "0.75").build();

        // Facts built in Java, or read from a YAML/JSON file (docs/facts-format.md): Facts.fromYaml(Path.of("facts.yaml")).
        // A monitoring result counts from its publication date (default: 1 July of the next year).
        String county = "640122";
        Program program = Ningxia.INNOVATIVE_COUNTY;        // the word NINGXIA_INNOVATIVE_COUNTY
        Facts facts = Facts.builder()
                .asOf(LocalDate.of(2024, 6, 30))
                // region, year, grade, score, rank, peer group size, published, source
                .add(new MonitoringResult(county, 2021, Grade.B, new BigDecimal("57.2"), null, null, LocalDate.of(2022, 6, 20), null))
                .add(new MonitoringResult(county, 2022, Grade.B, new BigDecimal("59.0"), null, null, LocalDate.of(2023, 6, 20), null))
                .add(new MonitoringResult(county, 2023, Grade.B, new BigDecimal("61.5"), null, null, LocalDate.of(2024, 6, 15), null))
                // region, program, year, submitted, batch, theme, source
                .add(new Application(county, program, 2024, LocalDate.of(2024, 3, 10), null, null, null))
                // findings of the reviewing authority on the qualitative criteria: region, program, key, value, date, source
                .add(new Attestation(county, program, Ningxia.PARTY_GOVT_PRIORITY, true, LocalDate.of(2024, 4, 1), null))
                .add(new Attestation(county, program, Ningxia.TYPICAL_EXPERIENCE, true, LocalDate.of(2024, 4, 1), null))
                .add(new Attestation(county, program, Ningxia.PLAN_FEASIBLE, true, LocalDate.of(2024, 4, 1), null))
                .build();                          // throws InvalidInputException listing every problem

        Report report = engine.evaluate(facts);     // from any number of threads at once
        for (Decision d : report.decisions()) {
            System.out.println(d.region() + " " + d.program() + " " + d.kind() + " " + d.outcome());
            for (Reason r : d.reasons()) {
                System.out.println("  " + r.rule() + " " + r.clause() + " " + r.status() + " " + r.en());
                // r.facts(), r.parameters(), r.missing(): what the reason used, and what it lacked
            }
        }
        String json = report.toJson();              // the whole report as JSON (docs/facts-format.md)
    }
}
