package io.github.countyrules.core.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Bounded reading and strict values: files that never end, one huge value, YAML 1.1 forms,
 * control characters, misspelt table keys, and a DRL nested too deeply to parse. Each is an input
 * error naming where it is, reached in bounded time; none is read as something else.
 */
class StrictInputTest {
    private static final String HEAD = "asOf: 2025-06-30\n";

    private static InvalidInputException refused(String yaml) {
        return assertThrows(InvalidInputException.class, () -> Facts.fromYaml(yaml));
    }

    static Stream<Arguments> badValues() {
        String ev = "evaluations:\n  - {region: \"620102\", program: GANSU_INNOVATIVE_COUNTY, year: %s, score: 80, passed: %s, date: 2019-06-01}\n";
        return Stream.of(
                Arguments.of("YAML 1.1 number with underscores", HEAD + ev.formatted("2_019", "true"), "2_019"),
                Arguments.of("YAML 1.1 sexagesimal number", HEAD + ev.formatted("33:39", "true"), "evaluations"),
                Arguments.of("yes as a truth value", HEAD + ev.formatted("2019", "yes"), "passed"),
                Arguments.of("on as a truth value", HEAD + ev.formatted("2019", "on"), "passed"),
                Arguments.of("NUL in a string", HEAD + "calendar:\n  - {date: 2025-01-01, kind: HOLIDAY, name: \"a\\0b\"}\n", "U+0000"),
                Arguments.of("ESC in a string", HEAD + "parameters:\n  x: \"\\e[31mred\"\n", "U+001B"),
                Arguments.of("bidi override U+202E", HEAD + "parameters:\n  x: \"abc\u202Edef\"\n", "U+202E"),
                Arguments.of("bidi isolate U+2066", HEAD + "parameters:\n  x: \"abc\u2066def\"\n", "U+2066"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void a_bad_value_is_an_input_error_naming_it(String label, String yaml, String named) {
        PolicyEngine engine = Engine.ALL;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.evaluate(Facts.fromYaml(yaml)), label);
        assertTrue(e.getMessage().contains(named), label + ": " + e.getMessage());
    }

    /** One engine with every shipped module, made once. */
    static final class Engine {
        static final PolicyEngine ALL = PolicyEngine.builder().build();
    }

    @Test
    void a_device_that_never_ends_is_refused_at_once() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        long t0 = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(zero));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
    }

    @Test
    void a_fifo_is_refused_without_waiting_for_a_writer(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("facts.yaml");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException noMkfifo) {
            return;
        }
        if (p.waitFor() != 0) {
            return;
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(fifo));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void a_10_mb_value_is_refused_in_linear_time(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, HEAD + "parameters:\n  x: \"" + "a".repeat(10 << 20) + "\"\n", StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(f));
        assertTrue(e.getMessage().contains("maxScalarChars"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @Test
    void a_2_mb_value_over_many_lines_is_refused(@TempDir Path dir) throws Exception {
        String lines = ("    " + "b".repeat(100) + "\n").repeat(20_000);
        InvalidInputException e = refused(HEAD + "parameters:\n  x: >-\n" + lines);
        assertFalse(e.errors().isEmpty());
    }

    @Test
    void a_drl_nested_too_deeply_is_a_located_problem_and_reload_does_not_throw(@TempDir Path root) throws Exception {
        Path dir = root.resolve("demo");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("parameters.yaml"), "", StandardCharsets.UTF_8);
        String ok = """
                package io.github.countyrules.demo;
                import io.github.countyrules.core.model.*;
                import io.github.countyrules.core.rules.*;
                rule "D-1 x" @id("D-1") @clause("NX-GUIDE 三(二)")
                when
                  $a : Application( year > 2000 )
                then
                end
                """;
        Files.writeString(dir.resolve("a.drl"), ok, StandardCharsets.UTF_8);
        Files.delete(dir.resolve("parameters.yaml"));
        PolicyEngine engine = PolicyEngine.builder().rulesFrom(dir).modules("demo").build();
        String deep = ok.replace("year > 2000", "year > " + "(".repeat(20_000) + "1" + ")".repeat(20_000));
        Files.writeString(dir.resolve("a.drl"), deep, StandardCharsets.UTF_8);
        List<RuleProblem> problems = PolicyEngine.validate(dir);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("a.drl") && p.line() == 6 && p.en().contains("nested")), problems.toString());
        ReloadResult r = assertDoesNotThrow(engine::reload);
        assertFalse(r.switched());
        assertEquals(List.of("demo"), engine.modules());
    }
}
