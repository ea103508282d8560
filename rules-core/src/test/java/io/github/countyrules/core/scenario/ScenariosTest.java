package io.github.countyrules.core.scenario;

import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScenariosTest {
    @Test
    void a_list_of_scenarios_with_inline_facts_a_facts_file_and_expected_errors_is_read(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("facts.yaml"), "asOf: 2025-06-30\n");
        Files.createDirectories(dir.resolve("s"));
        Files.writeString(dir.resolve("s/a.yaml"), """
                - name: inline
                  facts: {asOf: 2025-06-30}
                  expect:
                    - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, kind: ELIGIBILITY, outcome: ELIGIBLE, reasons: ["NX-C1:MET", NX-C2b]}
                - name: from a file
                  factsFile: ../facts.yaml
                  expect:
                    - {region: "640122", kind: STATUS, absent: true}
                - name: refused
                  facts: {asOf: 2025-02-30}
                  expectErrors: [asOf]
                """);
        List<Scenario> s = Scenarios.load(dir.resolve("s"));
        assertEquals(List.of("inline", "from a file", "refused"), s.stream().map(Scenario::name).toList());
        assertEquals(List.of("NX-C1:MET", "NX-C2b"), s.get(0).expect().get(0).reasons());
        assertNotNull(s.get(1).facts());
        assertNull(s.get(2).facts());
        assertEquals("asOf", s.get(2).factErrors().get(0).path());
    }

    @Test
    void a_malformed_scenario_file_names_file_and_field(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), """
                name: x
                facts: {asOf: 2025-06-30}
                expect:
                  - {region: "640122", kind: SOMETHING, outcome: ELIGIBLE, reasons: ["NX-C1:MAYBE"], colour: red}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scenarios.load(dir));
        List<String> paths = e.errors().stream().map(InputError::path).map(p -> p.substring(p.lastIndexOf(':') + 1)).toList();
        assertTrue(paths.containsAll(List.of("expect[0].kind", "expect[0].reasons[0]", "expect[0].colour")), paths.toString());
    }
}
