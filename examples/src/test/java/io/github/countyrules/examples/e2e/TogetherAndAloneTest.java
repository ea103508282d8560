package io.github.countyrules.examples.e2e;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One facts file holding all three jurisdictions gives, for each module, the decisions that module
 * gives alone; the cross-programme rules (NX-X1, NX-M2b) read the national designations in the same
 * facts, never the national module's decisions.
 */
class TogetherAndAloneTest {
    private static final PolicyEngine ALL = PolicyEngine.builder().build();
    private static final Map<String, PolicyEngine> ALONE = Map.of(
            "national", PolicyEngine.builder().modules("national").build(),
            "ningxia", PolicyEngine.builder().modules("ningxia").build(),
            "gansu", PolicyEngine.builder().modules("gansu").build());

    /** The module a decision belongs to: by programme, or Gansu for its county-wide targets. */
    private static String moduleOf(Decision d) {
        if (d.program() == null) {
            return "gansu";
        }
        // the module that declares the programme, as the engine's vocabulary says
        return ALL.vocabulary().program(d.program()).orElseThrow().module();
    }

    /**
     * The three bundled example files as one set of facts. The national and Ningxia files both
     * record the national designations of Ningxia's counties; each is taken once.
     */
    private static Facts allThree(LocalDate asOf) {
        Facts.Builder b = Facts.builder().asOf(asOf);
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        for (String f : List.of("national-2025.yaml", "ningxia-2025.yaml", "gansu-2019.yaml")) {
            Facts part = Facts.fromYaml(Path.of("data", f));
            part.parameters().forEach(b::parameter);
            for (List<?> l : List.of(part.regions(), part.monitoring(), part.applications(), part.attestations(),
                    part.selections(), part.progressReports(), part.indicators(), part.acceptance(), part.workPlans(),
                    part.evaluations(), part.consents(), part.techTransactions(), part.techParks(), part.expertStations(),
                    part.commissionerGroups(), part.calendar())) {
                l.forEach(b::add);
            }
            part.designations().stream().filter(d -> seen.add(List.of(d.region(), d.program(), d.since()))).forEach(b::add);
        }
        return b.build();
    }

    @Test
    void each_module_decides_the_same_together_as_alone() {
        // Given one facts file with national, Ningxia and Gansu facts
        Facts facts = allThree(LocalDate.of(2025, 9, 30));
        // When it is evaluated with all modules, and with each module alone
        Report together = ALL.evaluate(facts);
        assertEquals(List.of("anhui", "gansu", "national", "ningxia"), together.ruleSet().modules());
        for (Map.Entry<String, PolicyEngine> e : ALONE.entrySet()) {
            Report alone = e.getValue().evaluate(facts);
            // Then the module's decisions, reasons included, are identical
            List<Decision> mine = together.decisions().stream().filter(d -> moduleOf(d).equals(e.getKey())).toList();
            assertEquals(alone.decisions(), mine, e.getKey());
            assertFalse(mine.isEmpty(), e.getKey());
        }
        assertEquals(together.progress(), ALONE.get("national").evaluate(facts).progress());
    }

    @Test
    void ningxia_reads_the_national_designation_in_the_same_facts() {
        // Given 盐池县, a national innovative county since the first batch (designations-known.csv),
        // applying to the Ningxia county programme
        Facts facts = Facts.fromYaml("""
                asOf: 2024-06-30
                designations:
                  - {region: "640323", program: NATIONAL_INNOVATIVE_COUNTY, status: PASSED, since: 2022-08-30, theme: LIVELIHOOD}
                applications:
                  - {region: "640323", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
                """);
        // When Ningxia runs alone and with the national module
        for (PolicyEngine engine : List.of(ALONE.get("ningxia"), ALL)) {
            Decision d = engine.evaluate(facts)
                    .decision("640323", Program.of("NINGXIA_INNOVATIVE_COUNTY"), Kind.ELIGIBILITY, 2024).orElseThrow();
            // Then NX-X1 excludes it either way (五(二): it gets equivalent support instead)
            assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
            assertTrue(d.hasReason("NX-X1"));
        }
        // And with the national module the county's national status is decided as well
        assertTrue(ALL.evaluate(facts).decision("640323", Program.of("NATIONAL_INNOVATIVE_COUNTY"), Kind.STATUS).isPresent());
    }
}
