package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every evaluation has a deadline: rule code that does not return (a loop in a consequence) or a
 * very long loop ends the call with {@link DeadlineExceededException} naming the deadline and the
 * module, and the engine answers the next call.
 */
class DeadlineTest {
    private static final String PARAMS = """
            demo.minimumGrade:
              type: grade
              clause: NX-GUIDE 三(二)2
              zh: B类以上(含B类)
              en: class B or better
              values:
                - {value: B}
            """;

    /** A module whose consequence runs {@code body} for an application of {@code year}. */
    private static String drl(String body) {
        return """
                package io.github.countyrules.demo;
                import io.github.countyrules.core.model.*;
                import io.github.countyrules.core.rules.*;
                global Context ctx;

                rule "D-1 申请" @id("D-1") @clause("NX-GUIDE 三(二)")
                when
                  $a : Application( program == Program.of("NINGXIA_INNOVATIVE_COUNTY") )
                then
                  if ($a.year() == 2099) {
                    %s
                  }
                  Subject s = Subject.of($a.region(), $a.program(), Kind.ELIGIBILITY, $a.year());
                  insertLogical(s);
                  insertLogical(Reasons.of(drools, s).met(true).zh("已申请").en("applied").build());
                  insertLogical(Verdict.allMustHold(s, Outcome.ELIGIBLE, Outcome.INELIGIBLE));
                end
                """.formatted(body);
    }

    private static Facts facts(int year) {
        return Facts.fromYaml("""
                asOf: 2025-06-30
                applications:
                  - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: %d, submitted: 2024-03-10}
                """.formatted(year));
    }

    private static PolicyEngine engine(Path root, String body) throws Exception {
        Path dir = root.resolve("demo");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("eligibility.drl"), drl(body), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("parameters.yaml"), PARAMS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("module.yaml"), """
                name: demo
                titleZh: 演示
                titleEn: demo
                programmes:
                  - {word: NINGXIA_INNOVATIVE_COUNTY, province: "64", titleZh: 演示项目, titleEn: demo programme, statuses: [APPLIED]}
                """, StandardCharsets.UTF_8);
        assertEquals(java.util.List.of(), PolicyEngine.validate(dir), "the hanging folder passes the checks: only the deadline stops it");
        return PolicyEngine.builder().rulesFrom(dir).modules("demo").deadline(Duration.ofMillis(1500)).build();
    }

    private static void endsAtTheDeadlineAndTheEngineAnswersNext(PolicyEngine engine) {
        engine.evaluate(facts(2024));
        long t0 = System.nanoTime();
        DeadlineExceededException e = assertThrows(DeadlineExceededException.class, () -> engine.evaluate(facts(2099)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5_000, "took " + ms + " ms");
        assertEquals("demo", e.module());
        assertEquals(Duration.ofMillis(1500), e.deadline());
        assertTrue(e.getMessage().contains("1500 ms") && e.getMessage().contains("demo") && e.getMessage().contains("时限"), e.getMessage());
        // the engine stays usable
        Report r = engine.evaluate(facts(2024));
        assertEquals(Outcome.ELIGIBLE, r.decision("640122", Program.of("NINGXIA_INNOVATIVE_COUNTY"), Kind.ELIGIBILITY).orElseThrow().outcome());
    }

    @org.junit.jupiter.api.BeforeAll
    static void warm_up(@TempDir Path root) throws Exception {
        // the first evaluation in a JVM loads much of Drools: not what the deadlines below measure
        Path dir = root.resolve("demo");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("eligibility.drl"), drl(""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("parameters.yaml"), PARAMS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("module.yaml"), """
                name: demo
                titleZh: 演示
                titleEn: demo
                programmes:
                  - {word: NINGXIA_INNOVATIVE_COUNTY, province: "64", titleZh: 演示项目, titleEn: demo programme, statuses: [APPLIED]}
                """, StandardCharsets.UTF_8);
        PolicyEngine.builder().rulesFrom(dir).modules("demo").build().evaluate(facts(2024));
    }

    @Test
    void a_consequence_that_never_returns_ends_at_the_deadline(@TempDir Path root) throws Exception {
        endsAtTheDeadlineAndTheEngineAnswersNext(engine(root, "while (ctx != null) { }"));
    }

    @Test
    void a_huge_loop_ends_at_the_deadline(@TempDir Path root) throws Exception {
        endsAtTheDeadlineAndTheEngineAnswersNext(engine(root,
                "long x = 1; for (long i = 0; i < 4_000_000_000_000L; i++) { x = x * 31 + i; } if (x == 7) { insert($a); }"));
    }

    @Test
    void the_deadline_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> PolicyEngine.builder().deadline(Duration.ZERO));
        assertEquals(Duration.ofSeconds(10), PolicyEngine.DEFAULT_DEADLINE);
    }
}
