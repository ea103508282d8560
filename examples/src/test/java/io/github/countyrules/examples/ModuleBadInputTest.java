package io.github.countyrules.examples;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Bad input that only the modules can recognise: a programme's province, statuses and fields as
 * its descriptor declares them, and the checks of the modules' extensions (附件2 indicators,
 * acceptance rounds). Each is refused when the facts are evaluated, with an error at the exact path.
 */
class ModuleBadInputTest {
    private static final PolicyEngine ALL = PolicyEngine.builder().build();
    private static final String HEAD = "asOf: 2025-06-30\n";

    static Stream<Arguments> catalogue() {
        return Stream.of(
                bad("programme outside its province", HEAD + "applications:\n  - {region: \"620102\", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-01}\n",
                        "applications[0].region", "starts with 64"),
                bad("percentage over 100", HEAD + "indicators:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, number: 1, year: 2024, value: 101, target: 3}\n",
                        "indicators[0].value", "0-100"),
                bad("negative count", HEAD + "indicators:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, number: 7, year: 2024, value: -1}\n",
                        "indicators[0].value", "negative"),
                bad("wrong indicator unit", HEAD + "indicators:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, number: 3, year: 2024, value: 1, unit: 元}\n",
                        "indicators[0].unit", "万元"),
                bad("national application without theme", HEAD + "applications:\n  - {region: \"640122\", program: NATIONAL_INNOVATIVE_COUNTY, year: 2022, batch: 2, submitted: 2022-12-01}\n",
                        "applications[0].theme", "exactly one theme"),
                bad("theme on a Ningxia designation", HEAD + "designations:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION, since: 2024-01-01, theme: INDUSTRY}\n",
                        "designations[0].theme", "takes no theme"),
                bad("status of another programme", HEAD + "designations:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, status: PASSED, since: 2024-01-01}\n",
                        "designations[0].status", "must be one of"),
                bad("a title for a tech park, which gets none", HEAD + "designations:\n  - {region: \"620102\", program: GANSU_TECH_PARK, status: AWARDED, since: 2019-01-01}\n",
                        "designations[0].status", "must be one of"),
                bad("acceptance step out of order", HEAD + "acceptance:\n"
                        + "  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: SUMMARY_SUBMITTED, date: 2022-05-10}\n"
                        + "  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: VIDEO_DEFENCE, date: 2022-04-20}\n",
                        "acceptance[1].date", "before the earlier step SUMMARY_SUBMITTED"),
                bad("result without earlier steps", HEAD + "acceptance:\n"
                        + "  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: RESULT_PUBLISHED, date: 2022-08-30, result: PASS}\n",
                        "acceptance[0].step", "without the earlier step"),
                bad("Ningxia result word on a national acceptance", HEAD + "acceptance:\n"
                        + "  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: SUMMARY_SUBMITTED, date: 2022-04-10}\n"
                        + "  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: VIDEO_DEFENCE, date: 2022-05-10}\n"
                        + "  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: ONSITE_REVIEW, date: 2022-06-10}\n"
                        + "  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, round: 1, step: RESULT_PUBLISHED, date: 2022-08-30, result: FAIL}\n",
                        "acceptance[3].result", "PASS | LOW_LEVEL"),
                bad("batch on a provincial application", HEAD + "applications:\n"
                        + "  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, batch: 2, submitted: 2024-03-01}\n",
                        "applications[0].batch", "have no batch"),
                bad("indicator of a Gansu programme", HEAD + "indicators:\n  - {region: \"620102\", program: GANSU_INNOVATIVE_COUNTY, "
                        + "number: 7, year: 2024, value: 1}\n", "indicators[0].program", "do not belong to the Gansu programmes"),
                bad("value on a qualitative indicator", HEAD + "indicators:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, "
                        + "number: 20, year: 2024, value: 1}\n", "indicators[0].value", "qualitative: text only"),
                bad("second round of a Ningxia acceptance", HEAD + "acceptance:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, "
                        + "round: 2, step: RESULT_PUBLISHED, date: 2026-03-01, result: PASS}\n", "acceptance[0].round", "round 1 only"),
                bad("acceptance of a Gansu programme", HEAD + "acceptance:\n  - {region: \"620102\", program: GANSU_INNOVATIVE_COUNTY, "
                        + "round: 1, step: RESULT_PUBLISHED, date: 2020-03-01, result: PASS}\n", "acceptance[0].program",
                        "have no acceptance procedure")
        );
    }

    private static Arguments bad(String kind, String yaml, String path, String message) {
        return Arguments.of(kind, yaml, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedWithPathAndMessage(String kind, String yaml, String path, String message) {
        Facts facts = Facts.fromYaml(yaml);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ALL.evaluate(facts));
        List<InputError> at = e.errors().stream().filter(x -> x.path().equals(path)).toList();
        assertFalse(at.isEmpty(), () -> kind + ": no error at " + path + "; got " + e.errors());
        assertTrue(at.stream().anyMatch(x -> x.en().contains(message)), () -> kind + ": message lacks '" + message + "': " + at);
        assertTrue(at.stream().noneMatch(x -> x.zh().isBlank()), "every error has a Chinese message");
    }

    @Test
    void anUnknownProgrammeListsTheLoadedOnesAndSuggestsTheClosest() {
        Facts facts = Facts.fromYaml(HEAD + "applications:\n  - {region: \"640122\", program: NINGXIA_INOVATIVE_COUNTY, year: 2024, submitted: 2024-03-01}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ALL.evaluate(facts));
        InputError x = e.errors().get(0);
        assertEquals("applications[0].program", x.path());
        assertTrue(x.en().contains("GANSU_TECH_PARK") && x.en().contains("did you mean NINGXIA_INNOVATIVE_COUNTY?"), x.en());
    }

    @Test
    void aProgrammeOfAModuleNotLoadedIsAcceptedButNotJudged() {
        // the Ningxia rules read national designations (NX-X1), so a Ningxia-only engine takes them
        PolicyEngine ningxia = PolicyEngine.builder().modules("ningxia").build();
        Facts facts = Facts.fromYaml(HEAD + "designations:\n  - {region: \"620102\", program: GANSU_INNOVATIVE_COUNTY, status: AWARDED, since: 2019-01-01}\n");
        assertTrue(ningxia.evaluate(facts).decisions().isEmpty());
        // and its declaration still applies: a Gansu programme outside Gansu is refused
        Facts outside = Facts.fromYaml(HEAD + "designations:\n  - {region: \"640122\", program: GANSU_INNOVATIVE_COUNTY, status: AWARDED, since: 2019-01-01}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ningxia.evaluate(outside));
        assertEquals("designations[0].region", e.errors().get(0).path());
    }
}
