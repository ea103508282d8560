package io.github.countyrules.core.api;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the facts reader with Jazzer: any exception or error from
 * {@link Facts#fromYaml(String)} other than {@link InvalidInputException} is a finding, and so is an
 * input that takes longer than Jazzer's per-input timeout.
 *
 * <p>Without {@code JAZZER_FUZZ} (an ordinary {@code mvn test}) this runs once per file of the seed
 * corpus {@code src/test/resources/io/github/countyrules/core/api/FactsFuzzTestInputs/fromYaml/},
 * as a regression test. The {@code fuzz} execution of rules-core's surefire configuration sets
 * {@code JAZZER_FUZZ=1} and fuzzes for {@code maxDuration} (its generated corpus goes to
 * {@code target/.cifuzz-corpus}); a finding fails the build and is written to
 * {@code rules-core/target/crash-<sha1>}: copy it next to the seeds to keep it as a regression input.
 * {@code -Djazzer.fuzz=} (empty) replays the seeds without fuzzing.
 */
class FactsFuzzTest {
    /**
     * Words of the facts format, so that mutations reach the checks behind the field names (plain
     * ASCII without quotes or line breaks: libFuzzer's dictionary format takes no more).
     */
    @DictionaryEntries({"asOf", "parameters", "regions", "monitoring", "designations", "applications", "attestations",
            "selections", "progressReports", "indicators", "acceptance", "workPlans", "evaluations", "consents",
            "techTransactions", "techParks", "expertStations", "commissionerGroups", "calendar", "region", "year",
            "grade", "score", "rank", "peerGroupSize", "published", "program", "status", "since", "theme", "submitted",
            "batch", "key", "value", "date", "selected", "noticeStart", "target", "number", "text", "unit", "round",
            "step", "result", "fromYear", "toYear", "passed", "name", "established", "code", "level", "parent",
            "peerGroup", "tags", "source", "kind", "NINGXIA_INNOVATIVE_COUNTY", "NINGXIA_INNOVATIVE_CITY",
            "NATIONAL_INNOVATIVE_COUNTY", "GANSU_INNOVATIVE_COUNTY", "GANSU_INNOVATIVE_TOWN", "GANSU_TECH_PARK",
            "UNDER_CONSTRUCTION", "APPROVED", "AWARDED", "SUMMARY_SUBMITTED", "VIDEO_DEFENCE", "ONSITE_REVIEW",
            "RESULT_PUBLISHED", "LOW_LEVEL", "PASS", "FAIL", "HOLIDAY", "WORKDAY", "POVERTY_COUNTY",
            "KEY_ASSISTED_COUNTY", "PROVINCE", "CITY", "DISTRICT", "COUNTY", "COUNTY_CITY", "TOWN",
            "PARTY_GOVT_PRIORITY", "INDUSTRY", "640122", "620102", "640000", "620102001", "2025-06-30",
            "2/3", "80%", "ningxia.goodCompletionShare", "gansu.quotas", "---", "- {", ": ", "&a ", "*a", "!!", "? ",
            "null", "~", "true", "1e9"})
    @FuzzTest(maxDuration = "60s")
    void fromYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Facts facts = Facts.fromYaml(text);
            // a Facts that exists is valid and complete
            if (facts.asOf() == null) {
                throw new AssertionError("facts without an as-of date were accepted");
            }
        } catch (InvalidInputException e) {
            if (e.errors().isEmpty()) {
                throw new AssertionError("an InvalidInputException without errors", e);
            }
            for (InputError err : e.errors()) {
                // (an empty path is possible for a field named "": BadInputTest.anEmptyFieldNameIsLocated)
                if (err.path() == null || err.en() == null || err.en().isBlank() || err.zh() == null || err.zh().isBlank()) {
                    throw new AssertionError("an input error without path or message: " + err, e);
                }
            }
        }
    }
}
