package io.github.countyrules.gansu;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Every key of a gansu.quotas override is checked against what the table declares (POLICY-SPEC §5). */
class TableKeysTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules("gansu").build();
    private static final String HEAD = "asOf: 2025-06-30\nparameters:\n  gansu.quotas: ";

    private static String refused(String override) {
        return assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(Facts.fromYaml(HEAD + override + "\n"))).getMessage();
    }

    @Test
    void a_misspelt_programme_is_an_input_error_naming_it() {
        String m = refused("{2019: {GANSU_INOVATIVE_COUNTY: 6}}");
        assertTrue(m.contains("parameters.gansu.quotas.2019.GANSU_INOVATIVE_COUNTY") && m.contains("GANSU_INNOVATIVE_COUNTY"), m);
    }

    @Test
    void a_year_with_a_space_is_an_input_error() {
        assertTrue(refused("{\"2019 \": {GANSU_INNOVATIVE_COUNTY: 6}}").contains("2019 "));
        assertTrue(refused("{19: {GANSU_INNOVATIVE_COUNTY: 6}}").contains("19"));
    }

    @Test
    void admissible_keys_take_effect_including_a_year_not_in_the_defaults() {
        Report r = ENGINE.evaluate(Facts.fromYaml(HEAD + "{2021: {GANSU_TECH_PARK: 6}}\n"));
        assertTrue(r.parameters().get("gansu.quotas").contains("2021: {GANSU_TECH_PARK: 6}"), r.parameters().toString());
    }
}
