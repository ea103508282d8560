package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.rules.Ratio;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ParametersTest {
    private static final String TABLE = """
            ningxia.goodCompletionShare:
              type: share
              clause: NX-GUIDE 四(五)
              zh: 完成较好
              en: targets completed well
              values:
                - {value: "0.8"}
                - {from: 2026-01-01, value: "3/4"}
            ningxia.county.rankBehind:
              type: choice
              clause: NX-GUIDE 四(六)
              choices: [GRADE_C_OR_D, BOTTOM_THIRD]
              zh: 排名落后
              en: ranks behind
              values:
                - {value: BOTTOM_THIRD}
            gansu.quotas:
              type: table
              clause: GS-PLAN 二(一)
              zh: 名额
              en: quotas
              values:
                - value: {2018: {GANSU_INNOVATIVE_COUNTY: 5, GANSU_INNOVATIVE_TOWN: 10}}
            """;

    private RuleSet ruleSet() {
        Map<String, ParameterDef> defs = ParameterTables.parse(TABLE.getBytes(StandardCharsets.UTF_8), "t.yaml", "x", "");
        // a module named national is found on the class path but not loaded
        return new RuleSet(List.of(), defs, List.of(new ModuleDescriptor("national", null, "国家", "national", null, java.util.Set.of())));
    }

    @Test
    void the_value_in_force_depends_on_the_as_of_date() {
        RuleSet rs = ruleSet();
        List<InputError> errors = new ArrayList<>();
        assertEquals(Ratio.parse("0.8"), rs.resolve(LocalDate.of(2025, 12, 31), Map.of(), Map.of(), errors).values().get("ningxia.goodCompletionShare"));
        assertEquals(Ratio.of(3, 4), rs.resolve(LocalDate.of(2026, 1, 1), Map.of(), Map.of(), errors).values().get("ningxia.goodCompletionShare"));
        assertTrue(errors.isEmpty());
    }

    @Test
    void facts_override_the_engine_which_overrides_the_table() {
        RuleSet.Resolved r = ruleSet().resolve(LocalDate.of(2025, 1, 1), Map.of("ningxia.goodCompletionShare", "0.7"),
                Map.of("ningxia.goodCompletionShare", "2/3"), new ArrayList<>());
        assertEquals(Ratio.of(2, 3), r.values().get("ningxia.goodCompletionShare"));
        assertEquals("2/3", r.display().get("ningxia.goodCompletionShare"));
    }

    @Test
    void table_overrides_merge_cell_by_cell() {
        RuleSet.Resolved r = ruleSet().resolve(LocalDate.of(2025, 1, 1), Map.of(),
                Map.of("gansu.quotas", Map.of("2019", Map.of("GANSU_INNOVATIVE_COUNTY", 6))), new ArrayList<>());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> t = (Map<String, Map<String, Integer>>) r.values().get("gansu.quotas");
        assertEquals(5, t.get("2018").get("GANSU_INNOVATIVE_COUNTY"));
        assertEquals(6, t.get("2019").get("GANSU_INNOVATIVE_COUNTY"));
    }

    @Test
    void unknown_names_are_errors_with_a_suggestion_and_bad_values_name_the_expectation() {
        List<InputError> errors = new ArrayList<>();
        ruleSet().resolve(LocalDate.of(2025, 1, 1), Map.of(),
                Map.of("nx.rankBehind", "BOTTOM_THIRD", "ningxia.goodCompletionShare", "most",
                        "ningxia.county.rankBehind", "LAST"), errors);
        assertEquals(3, errors.size(), errors.toString());
        InputError unknown = errors.stream().filter(e -> e.path().equals("parameters.nx.rankBehind")).findFirst().orElseThrow();
        assertTrue(unknown.en().contains("did you mean ningxia.county.rankBehind"), unknown.en());
        assertTrue(errors.stream().anyMatch(e -> e.path().equals("parameters.ningxia.goodCompletionShare") && e.en().contains("share")));
        assertTrue(errors.stream().anyMatch(e -> e.path().equals("parameters.ningxia.county.rankBehind") && e.en().contains("GRADE_C_OR_D")));
    }

    @Test
    void a_parameter_of_a_module_not_loaded_gives_a_warning() {
        List<InputError> errors = new ArrayList<>();
        RuleSet.Resolved r = ruleSet().resolve(LocalDate.of(2025, 1, 1), Map.of(), Map.of("national.target2025", 120), errors);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("national"));
    }

    @Test
    void a_broken_table_is_refused_with_every_problem() {
        String broken = """
                a.x:
                  type: share
                  clause: c
                  zh: z
                  en: e
                  values:
                    - {value: "1.5"}
                a.y:
                  type: colour
                  clause: c
                  zh: z
                  en: e
                  values: [{value: 1}]
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ParameterTables.parse(broken.getBytes(StandardCharsets.UTF_8), "p.yaml", "a", "a."));
        List<String> paths = e.errors().stream().map(InputError::path).toList();
        assertTrue(paths.contains("p.yaml:a.x.values[0].value"), paths.toString());
        assertTrue(paths.contains("p.yaml:a.y.type"), paths.toString());
    }

    @Test
    void shipped_core_parameters_load() {
        Map<String, ParameterDef> core = ModuleLoader.coreParameters();
        assertEquals("07-01", core.get("monitoring.defaultPublication").inForce(LocalDate.of(2025, 1, 1)).display());
    }
}
