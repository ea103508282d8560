package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Rules from a folder: compiled at load, checked, reloaded only when clean. */
class ExternalRulesTest {
    private static final String PARAMS = """
            demo.minimumGrade:
              type: grade
              clause: NX-GUIDE 三(二)2
              zh: B类以上(含B类)
              en: class B or better
              values:
                - {value: B}
            """;

    private static String drl(String grade) {
        return """
                package io.github.countyrules.demo;
                import io.github.countyrules.core.model.*;
                import io.github.countyrules.core.rules.*;
                global Context ctx;

                rule "D-1 申请" @id("D-1") @clause("NX-GUIDE 三(二)")
                when
                  $a : Application( program == Program.of("NINGXIA_INNOVATIVE_COUNTY") )
                then
                  Subject s = Subject.of($a.region(), $a.program(), Kind.ELIGIBILITY, $a.year());
                  insertLogical(s);
                  insertLogical(Verdict.allMustHold(s, Outcome.ELIGIBLE, Outcome.INELIGIBLE));
                end

                rule "D-2 等级" @id("D-2") @clause("NX-GUIDE 三(二)2")
                when
                  $s : Subject( kind == Kind.ELIGIBILITY )
                  $m : MonitoringSeries( region == $s.region )
                then
                  insertLogical(Reasons.of(drools, $s).met($m.latest().grade().atLeast(Grade.%s))
                      .param("demo.minimumGrade").zh("等级%%s", $m.latest().grade()).en("class %%s", $m.latest().grade()).build());
                end
                """.formatted(grade);
    }

    private static final String FACTS = """
            asOf: 2025-06-30
            monitoring:
              - {region: "640122", year: 2023, grade: B, score: 61.5}
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
            """;

    private static Path folder(Path root, String drl) throws Exception {
        Path dir = root.resolve("my-copy");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("eligibility.drl"), drl, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("parameters.yaml"), PARAMS, StandardCharsets.UTF_8);
        // a folder module declares the programmes its rules decide, as a jar's descriptor does
        Files.writeString(dir.resolve("module.yaml"), """
                name: demo
                titleZh: 演示
                titleEn: demo
                programmes:
                  - {word: NINGXIA_INNOVATIVE_COUNTY, province: "64", titleZh: 演示项目, titleEn: demo programme, statuses: [APPLIED]}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static Outcome outcome(PolicyEngine e) {
        return e.evaluate(Facts.fromYaml(FACTS)).decision("640122", Program.of("NINGXIA_INNOVATIVE_COUNTY"), Kind.ELIGIBILITY)
                .orElseThrow().outcome();
    }

    @Test
    void a_folder_is_compiled_at_load_and_a_corrected_threshold_takes_effect_on_reload(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("B"));
        PolicyEngine engine = PolicyEngine.builder().rulesFrom(dir).build();
        assertEquals(List.of("demo"), engine.modules());
        assertEquals(Outcome.ELIGIBLE, outcome(engine));

        Files.writeString(dir.resolve("eligibility.drl"), drl("A"), StandardCharsets.UTF_8);
        ReloadResult r = engine.reload();
        assertTrue(r.switched(), r.problems().toString());
        assertEquals(Outcome.INELIGIBLE, outcome(engine));
    }

    @Test
    void a_syntax_error_is_reported_with_its_position_and_the_previous_rules_keep_serving(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("B"));
        PolicyEngine engine = PolicyEngine.builder().rulesFrom(dir).build();
        Files.writeString(dir.resolve("eligibility.drl"), drl("B").replace("when\n  $s : Subject", "when\n  $s : Subject((("),
                StandardCharsets.UTF_8);
        ReloadResult r = engine.reload();
        assertFalse(r.switched());
        RuleProblem p = r.problems().get(0);
        assertTrue(p.file().endsWith("eligibility.drl"), p.toString());
        assertTrue(p.line() > 0 && p.column() > 0, p.toString());
        assertEquals(Outcome.ELIGIBLE, outcome(engine));
    }

    @Test
    void an_import_of_java_io_file_is_refused_at_its_position(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("B").replace("global Context ctx;", "import java.io.File;\nglobal Context ctx;"));
        List<RuleProblem> problems = PolicyEngine.validate(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line());
        assertEquals(8, problems.get(0).column());
        assertTrue(problems.get(0).en().contains("java.io.File"));
        assertThrows(RuleLoadException.class, () -> PolicyEngine.builder().rulesFrom(dir).build());
    }

    @Test
    void code_that_reaches_outside_the_fact_model_is_refused_even_without_an_import(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("B").replace("insertLogical(s);", "insertLogical(s); System.exit(1); java.nio.file.Files.delete(null);"));
        List<RuleProblem> problems = PolicyEngine.validate(dir);
        assertTrue(problems.stream().anyMatch(p -> p.en().contains("System")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.en().contains("java.nio.file.Files")), problems.toString());
    }

    @Test
    void missing_metadata_duplicate_names_and_unknown_parameters_are_problems(@TempDir Path root) throws Exception {
        String text = drl("B").replace("@id(\"D-2\") ", "").replace(".param(\"demo.minimumGrade\")", ".param(\"demo.maximumGrade\")")
                + "\nrule \"D-1 申请\" @id(\"D-1\") @clause(\"x\")\nwhen\nthen\nend\n";
        Path dir = folder(root, text);
        List<String> messages = PolicyEngine.validate(dir).stream().map(RuleProblem::en).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("lacks @id")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("duplicate rule name")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown parameter demo.maximumGrade")), messages.toString());
    }

    @Test
    void a_bad_value_in_the_parameter_table_is_one_problem_on_its_line(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("B"));
        Files.writeString(dir.resolve("parameters.yaml"), PARAMS.replace("{value: B}", "{value: E}"), StandardCharsets.UTF_8);
        List<RuleProblem> problems = PolicyEngine.validate(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(1, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).file().endsWith("parameters.yaml"));
    }
}
