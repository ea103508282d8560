package io.github.countyrules.national;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** national.provinceQuota keys: a batch number, then the two-digit code of a province that exists. */
class TableKeysTest {
    private static final PolicyEngine ENGINE = PolicyEngine.builder().modules("national").build();
    private static final String HEAD = "asOf: 2025-06-30\nparameters:\n  national.provinceQuota: ";

    @Test
    void a_province_that_does_not_exist_is_an_input_error() {
        String m = assertThrows(InvalidInputException.class,
                () -> ENGINE.evaluate(Facts.fromYaml(HEAD + "{2: {\"99\": 3}}\n"))).getMessage();
        assertTrue(m.contains("parameters.national.provinceQuota.2.99"), m);
        assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(Facts.fromYaml(HEAD + "{second: {\"62\": 3}}\n")));
    }

    @Test
    void an_existing_province_takes_effect() {
        Report r = ENGINE.evaluate(Facts.fromYaml(HEAD + "{2: {\"64\": 3}}\n"));
        assertTrue(r.parameters().get("national.provinceQuota").contains("64"), r.parameters().toString());
    }
}
