package io.github.countyrules.examples.e2e;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * POLICY-SPEC §0 "Scope": an evaluation judges only the provinces in scope — those the facts name,
 * or those {@code scope:} names — and rules that sweep every county of a province (GS-T2, GS-P1,
 * CN-K2) sweep only those.
 */
class ScopeTest {
    private static final PolicyEngine ALL = PolicyEngine.builder().build();

    /** A Ningxia application, judged in 2021 when Gansu's GS-T2 (parks by 2020) sweeps its counties. */
    private static final String NINGXIA = """
            asOf: 2021-06-30
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2021, submitted: 2021-03-10}
            """;

    private static Set<String> provinces(Report r) {
        Set<String> p = new TreeSet<>();
        for (Decision d : r.decisions()) {
            p.add(d.region().substring(0, 2));
        }
        return p;
    }

    @Test
    void facts_about_ningxia_get_decisions_on_ningxia_only() {
        Report r = ALL.evaluate(Facts.fromYaml(NINGXIA));
        assertEquals(Set.of("64"), provinces(r));
        assertTrue(r.decisions().stream().noneMatch(d -> d.hasReason("GS-T2")));
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("scope")));
    }

    @Test
    void a_scope_names_the_provinces_judged_and_sweeping_rules_follow_it() {
        Report r = ALL.evaluate(Facts.fromYaml("scope: [\"62\"]\n" + NINGXIA));
        // the Ningxia application is outside the scope: not judged
        assertEquals(Set.of("62"), provinces(r));
        // Gansu's counties without a park on record are swept by GS-T2
        assertTrue(r.decisions().stream().anyMatch(d -> d.hasReason("GS-T2")));
        // both provinces named: both judged
        Report both = ALL.evaluate(Facts.fromYaml(NINGXIA).toBuilder().scope("62", "64").build());
        assertEquals(Set.of("62", "64"), provinces(both));
    }

    @Test
    void facts_that_name_no_province_and_no_scope_are_warned_about() {
        Report r = ALL.evaluate(Facts.fromYaml("asOf: 2021-06-30\n"));
        assertTrue(r.decisions().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("scope")), r.warnings().toString());
    }

    @Test
    void an_unknown_scope_province_is_an_input_error_at_its_path() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Facts.fromYaml("scope: [\"64\", \"99\"]\n" + NINGXIA));
        assertEquals("scope[1]", e.errors().get(0).path());
        InvalidInputException malformed = assertThrows(InvalidInputException.class,
                () -> Facts.fromYaml("scope: [640000]\n" + NINGXIA));
        assertEquals("scope[0]", malformed.errors().get(0).path());
    }
}
