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
 * A rules folder is code handed to the engine: rule files may reach the fact model and nothing
 * else. Each attempt below is a DRL that the compiler alone would accept; {@link PolicyEngine#validate}
 * must report it and {@code rulesFrom(dir).build()} must refuse it, before anything is compiled or run.
 * (Nothing here is ever evaluated, so a payload that slipped through would still not run.)
 */
class RuleSandboxTest {
    private static final String PARAMS = """
            demo.minimumGrade:
              type: grade
              clause: NX-GUIDE 三(二)2
              zh: B类以上(含B类)
              en: class B or better
              values:
                - {value: B}
            """;

    /** A clean module; {@code head} goes after the imports, {@code payload} into a consequence. */
    static String drl(String head, String payload) {
        return """
                package io.github.countyrules.demo;
                import io.github.countyrules.core.model.*;
                import io.github.countyrules.core.rules.*;
                %s
                global Context ctx;

                rule "D-1 申请" @id("D-1") @clause("NX-GUIDE 三(二)")
                when
                  $a : Application( program == Program.of("NINGXIA_INNOVATIVE_COUNTY") )
                then
                  Subject s = Subject.of($a.region(), $a.program(), Kind.ELIGIBILITY, $a.year());
                  insertLogical(s);
                  %s
                  insertLogical(Verdict.allMustHold(s, Outcome.ELIGIBLE, Outcome.INELIGIBLE));
                end
                """.formatted(head, payload);
    }

    static Path folder(Path root, String drl) throws Exception {
        Path dir = root.resolve("demo");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("eligibility.drl"), drl, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("parameters.yaml"), PARAMS, StandardCharsets.UTF_8);
        return dir;
    }

    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("System.exit", "", "System.exit(3);", "System"),
                Arguments.of("Runtime.getRuntime()", "", "Runtime.getRuntime().halt(3);", "Runtime"),
                Arguments.of("java.lang.Runtime fully qualified", "", "java.lang.Runtime.getRuntime().exec(\"true\");", "Runtime"),
                Arguments.of("ProcessBuilder", "", "new ProcessBuilder(\"true\").start();", "ProcessBuilder"),
                Arguments.of("reflection: Class.forName", "",
                        "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);", "Class"),
                Arguments.of("reflection: java.lang.reflect.Method", "",
                        "java.lang.reflect.Method m = Subject.class.getMethods()[0];", "java.lang.reflect.Method"),
                Arguments.of("reflection: getClass()", "", "ctx.getClass().getClassLoader();", "getClass"),
                Arguments.of("reflection: import java.lang.reflect.*", "import java.lang.reflect.*;", "", "java.lang.reflect"),
                Arguments.of("java.io.File, qualified", "", "new java.io.File(\"/tmp/county-rules-sandbox\").createNewFile();", "java.io.File"),
                Arguments.of("java.io.File, imported", "import java.io.File;", "new File(\"/tmp/county-rules-sandbox\").createNewFile();", "java.io.File"),
                Arguments.of("java.nio.file.Files", "", "java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(\"/tmp/x\"));", "Files"),
                Arguments.of("new java.net.Socket", "", "new java.net.Socket(\"127.0.0.1\", 9).close();", "Socket"),
                Arguments.of("java.net.URL", "", "new java.net.URL(\"http://127.0.0.1/\").openStream();", "URL"),
                Arguments.of("import static System.exit", "import static java.lang.System.exit;", "exit(3);", "java.lang.System.exit"),
                Arguments.of("a new Thread", "", "new Thread(() -> {}).start();", "Thread"),
                Arguments.of("javax.script", "", "new javax.script.ScriptEngineManager().getEngineByName(\"js\");", "javax.script"),
                Arguments.of("java.util.Scanner (not a collection)", "", "new java.util.Scanner(\"x\").next();", "java.util.Scanner"),
                Arguments.of("comments between the parts of a name", "",
                        "java/**/.lang . /* hidden */ System.exit(3);", "System"),
                Arguments.of("a function in DRL doing file access",
                        "function String leak(String p) throws Exception {\n"
                                + "  return new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(p)));\n}",
                        "leak(\"/etc/hostname\");", "java.nio.file.Files"),
                Arguments.of("a function in DRL calling System.exit", "function void bye() { System.exit(3); }", "bye();", "System"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void code_reaching_outside_the_fact_model_is_refused_at_load(String label, String head, String payload, String named,
                                                                @TempDir Path root) throws Exception {
        Path dir = folder(root, drl(head, payload));
        List<RuleProblem> problems = PolicyEngine.validate(dir);
        assertFalse(problems.isEmpty(), label + " was not refused");
        assertTrue(problems.stream().allMatch(p -> p.file().endsWith("eligibility.drl") && p.line() > 0),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.en().contains(named)), "no problem names " + named + ": " + problems);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> PolicyEngine.builder().rulesFrom(dir).build());
        assertFalse(e.problems().isEmpty());
        // nothing of the folder ran while it was checked
        assertFalse(Files.exists(Path.of("/tmp/county-rules-sandbox")), "a payload ran at load");
    }

    @Test
    void the_same_folder_without_the_payload_loads(@TempDir Path root) throws Exception {
        // the control: the attempts above fail because of their payload, not the surrounding module
        Path dir = folder(root, drl("", ""));
        assertEquals(List.of(), PolicyEngine.validate(dir));
        assertEquals(List.of("demo"), PolicyEngine.builder().rulesFrom(dir).build().modules());
    }

    @Test
    void a_reload_onto_a_folder_with_forbidden_code_keeps_the_previous_rules(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("", ""));
        PolicyEngine engine = PolicyEngine.builder().rulesFrom(dir).build();
        String before = engine.ruleSetInfo().digest();
        Files.writeString(dir.resolve("eligibility.drl"), drl("", "Runtime.getRuntime().halt(3);"), StandardCharsets.UTF_8);
        ReloadResult r = engine.reload();
        assertFalse(r.switched());
        assertTrue(r.problems().stream().anyMatch(p -> p.en().contains("Runtime")), r.problems().toString());
        assertEquals(before, engine.ruleSetInfo().digest());
    }

    @Test
    void a_unicode_escape_does_not_hide_a_forbidden_name(@TempDir Path root) throws Exception {
        // Java resolves \\uXXXX before lexing, so the name check alone would not see System here; Drools'
        // DRL parser does not pass the escape through to the compiler, so the folder fails to compile.
        // Should a Drools upgrade change that, this test fails.
        Path dir = folder(root, drl("", "\\" + "u0053ystem.exit(3);"));
        assertFalse(PolicyEngine.validate(dir).isEmpty(), "\\u0053ystem.exit was not refused");
        assertThrows(RuleLoadException.class, () -> PolicyEngine.builder().rulesFrom(dir).build());
    }

    // Evasions the name check does not see. Each DRL below compiles and loads today (validate
    // returns no problem), so its code would run at the first evaluation.

    @Test
    void reflection_through_a_class_literal_is_refused(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("", "Subject.class.getClassLoader().loadClass(\"java.lang.System\")"
                + ".getMethod(\"getProperty\", String.class).invoke(null, \"user.home\");"));
        assertFalse(PolicyEngine.validate(dir).isEmpty(), "class-literal reflection was not refused");
        assertThrows(RuleLoadException.class, () -> PolicyEngine.builder().rulesFrom(dir).build());
    }

    @Test
    void process_handles_are_refused(@TempDir Path root) throws Exception {
        Path dir = folder(root, drl("", "long n = ProcessHandle.allProcesses().count();"));
        assertFalse(PolicyEngine.validate(dir).isEmpty(), "ProcessHandle was not refused");
        assertThrows(RuleLoadException.class, () -> PolicyEngine.builder().rulesFrom(dir).build());
    }
}
