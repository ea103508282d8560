package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleLoadException;
import io.github.countyrules.core.api.RuleProblem;
import org.junit.jupiter.api.AfterAll;
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
 * The attack suite: one rules folder per technique of getting code to run from a rules folder.
 * Each must be refused by {@link PolicyEngine#validate}, by loading, and by the guards alone (the
 * text checker's first pass skipped), with a located message, and its payload must not have run:
 * every payload would set the system property {@value #MARKER} or create the marker file.
 */
class AttackSuiteTest {
    static final String MARKER = "countyrules.attack.ran";
    static final Path MARKER_FILE = Path.of(System.getProperty("java.io.tmpdir"), "countyrules-attack-ran");
    static final String SET = "System.setProperty(\"" + MARKER + "\", \"1\")";
    static final String TOUCH = "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + MARKER_FILE + "\"))";

    static final String PARAMS = """
            demo.minimumGrade:
              type: grade
              clause: NX-GUIDE 三(二)2
              zh: B类以上(含B类)
              en: class B or better
              values:
                - {value: B}
            """;

    /** A clean module with {@code head} after the imports, {@code when} as extra conditions and {@code then} in the consequence. */
    static String drl(String pkg, String head, String attrs, String when, String then) {
        return """
                package %s;
                import io.github.countyrules.core.model.*;
                import io.github.countyrules.core.rules.*;
                %s
                global Context ctx;

                rule "D-1 申请" @id("D-1") @clause("NX-GUIDE 三(二)") %s
                when
                  $a : Application( program == Program.of("NINGXIA_INNOVATIVE_COUNTY") )
                  %s
                then
                  Subject s = Subject.of($a.region(), $a.program(), Kind.ELIGIBILITY, $a.year());
                  insertLogical(s);
                  %s
                  insertLogical(Verdict.allMustHold(s, Outcome.ELIGIBLE, Outcome.INELIGIBLE));
                end
                """.formatted(pkg, head, attrs, when, then);
    }

    static String then(String payload) {
        return drl("io.github.countyrules.demo", "", "", "", payload);
    }

    static String head(String head, String payload) {
        return drl("io.github.countyrules.demo", head, "", "", payload);
    }

    static String when(String when) {
        return drl("io.github.countyrules.demo", "", "", when, "");
    }

    static Stream<Arguments> techniques() {
        return Stream.of(
                // from the issue
                Arguments.of("explicit type arguments to getClassLoader/loadClass",
                        then("Object c = ((Object) $a).<Object>getClass().<Object>getClassLoader().<Object>loadClass(\"java.lang.Runtime\");")),
                Arguments.of("\\u000a escape ending a line comment",
                        then("// harmless \\u000a " + SET + ";")),
                Arguments.of("*\\u002f escape ending a block comment",
                        then("/* harmless *\\u002f " + SET + "; /* */")),
                Arguments.of("text block hiding /*",
                        then("String t = \"\"\"\n  /* \"\"\"; " + SET + "; // */")),
                Arguments.of("logback FileUtil.copy",
                        then("ch.qos.logback.core.util.FileUtil.copy(\"/etc/hostname\", \"" + MARKER_FILE + "\");")),
                Arguments.of("logback OptionHelper.getEnv",
                        then("String e = ch.qos.logback.core.util.OptionHelper.getEnv(\"HOME\");")),
                Arguments.of("package io.github.countyrules.cli calling the CLI's main",
                        drl("io.github.countyrules.cli", "", "", "", "io.github.countyrules.cli.Main.main(new String[] {\"--version\"});")),
                Arguments.of("getDeclaringClass().getProtectionDomain()",
                        then("Object d = Kind.ELIGIBILITY.getDeclaringClass().getProtectionDomain();")),
                Arguments.of("ZoneRulesProvider.refresh()", then("java.time.zone.ZoneRulesProvider.refresh();")),
                Arguments.of("Runtime.exec", then("Runtime.getRuntime().exec(new String[] {\"touch\", \"" + MARKER_FILE + "\"});")),
                Arguments.of("System.exit", then("System.exit(3);")),
                Arguments.of("reflection: Class.forName().getMethod().invoke()",
                        then("Class.forName(\"java.lang.System\").getMethod(\"setProperty\", String.class, String.class).invoke(null, \"" + MARKER + "\", \"1\");")),
                Arguments.of("a thread", then("new Thread(() -> " + SET + ").start();")),
                Arguments.of("file I/O", then(TOUCH + ";")),
                Arguments.of("MVEL dialect on the package", drl("io.github.countyrules.demo", "dialect \"mvel\"", "", "", "")),
                Arguments.of("MVEL dialect on a rule", drl("io.github.countyrules.demo", "", "dialect \"mvel\"", "", "")),
                // found while building the guards
                Arguments.of("declared field initialiser (MVEL, run by the compiler)",
                        head("declare Probe\n  x : String = " + SET + "\nend", "")),
                Arguments.of("declared field initialiser writing a file", head("declare Probe\n  x : Object = " + TOUCH + "\nend", "")),
                Arguments.of("MVEL constraint calling System", when("Application( region == System.setProperty(\"" + MARKER + "\", \"1\") )")),
                Arguments.of("MVEL constraint, fully qualified", when("Application( region == java.lang.System.getProperty(\"user.home\") )")),
                Arguments.of("MVEL constraint through the class property", when("Application( region.class.classLoader != null )")),
                Arguments.of("MVEL constraint with new", when("Application( region == new java.io.File(\"/\").getName() )")),
                Arguments.of("MVEL from expression", when("$x : Object() from java.lang.System.getenv().values()")),
                Arguments.of("metadata value as an expression",
                        drl("io.github.countyrules.demo", "", "@extra(" + SET + ")", "", "")),
                Arguments.of("salience as an expression", drl("io.github.countyrules.demo", "", "salience (" + SET + ".length())", "", "")),
                Arguments.of("enabled as an expression", drl("io.github.countyrules.demo", "", "enabled (" + SET + " != null)", "", "")),
                Arguments.of("import function System.setProperty", head("import function java.lang.System.setProperty;", "setProperty(\"" + MARKER + "\", \"1\");")),
                Arguments.of("import accumulate of a foreign class", head("import accumulate java.lang.Thread run;", "")),
                Arguments.of("a method reference to Runtime", then("java.util.function.Supplier<Runtime> r = Runtime::getRuntime; r.get().exit(3);")),
                Arguments.of("a lambda run on a parallel stream",
                        then("java.util.List.of(1, 2).parallelStream().forEach(i -> " + SET + ");")),
                Arguments.of("ProcessHandle", then("long n = ProcessHandle.current().pid();")),
                Arguments.of("MethodHandles.lookup", then("Object l = java.lang.invoke.MethodHandles.lookup();")),
                Arguments.of("System.getenv", then("String h = System.getenv(\"HOME\");")),
                Arguments.of("a class literal's class loader", then("ClassLoader l = Subject.class.getClassLoader();")),
                Arguments.of("the thread's context class loader", then("ClassLoader l = Thread.currentThread().getContextClassLoader();")),
                Arguments.of("ServiceLoader", then("java.util.ServiceLoader.load(Runnable.class).findFirst();")),
                Arguments.of("Integer.getInteger reads system properties", then("Integer i = Integer.getInteger(\"user.home\");")),
                Arguments.of("ObjectInputStream", then("new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(new byte[0]));")),
                Arguments.of("a function doing file I/O", head("function void leak() throws Exception { " + TOUCH + "; }", "leak();")),
                Arguments.of("a function with a synchronized block", head("function void lock(Object o) { synchronized (o) { o.hashCode(); } }", "lock(ctx);")),
                Arguments.of("wait() on a fact", then("try { ctx.wait(1); } catch (Exception e) { }")),
                Arguments.of("LocalDate.now() (the wall clock)", then("java.time.LocalDate d = java.time.LocalDate.now();")),
                Arguments.of("a declared type extending Thread", head("declare Worker extends Thread\nend", "")),
                Arguments.of("a function named like a rule invoker", head("function void rule_DInvoker() { }", "")),
                Arguments.of("javax.script", then("new javax.script.ScriptEngineManager().getEngineByName(\"js\");")),
                Arguments.of("the Drools runtime from the consequence", then("Object kb = drools.getKieRuntime().getKieBase();")),
                Arguments.of("a second file in the CLI's package",
                        drl("io.github.countyrules.core.rules", "", "", "", "")),
                Arguments.of("unicode escape of System", then("\\u0053ystem.exit(3);")));
    }

    static Path folder(Path root, String drl) throws Exception {
        Path dir = root.resolve("demo");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("eligibility.drl"), drl, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("parameters.yaml"), PARAMS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("module.yaml"), """
                name: demo
                titleZh: 演示
                titleEn: demo
                programmes:
                  - {word: NINGXIA_INNOVATIVE_COUNTY, province: "64", titleZh: 演示项目, titleEn: demo programme, statuses: [APPLIED]}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("techniques")
    void each_technique_is_refused_without_running(String label, String drl, @TempDir Path root) throws Exception {
        Path dir = folder(root, drl);
        List<RuleProblem> problems = PolicyEngine.validate(dir);
        assertFalse(problems.isEmpty(), label + " was not refused by validate");
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith(".drl") && p.line() > 0), label + ": " + problems);
        assertThrows(RuleLoadException.class, () -> PolicyEngine.builder().rulesFrom(dir).build(), label);
        // the guards hold without the text checker's first pass
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleFolder.load(dir, ModuleLoader.coreParameters(), getClass().getClassLoader(), false), label);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith(".drl") && p.line() > 0), label + ": " + e.problems());
        assertNull(System.getProperty(MARKER), label + " ran");
        assertFalse(Files.exists(MARKER_FILE), label + " ran");
    }

    @Test
    void the_same_folder_without_a_payload_passes_the_guards(@TempDir Path root) throws Exception {
        Path dir = folder(root, then("java.util.List<Integer> xs = new java.util.ArrayList<>(java.util.List.of(3, 1));"
                + " int n = xs.stream().mapToInt(i -> i.intValue()).sum() + (int) Math.max(1, 2);"
                + " String t = \"n=\" + n + java.math.BigDecimal.ONE.add(java.math.BigDecimal.TEN);"));
        assertEquals(List.of(), PolicyEngine.validate(dir));
        RuleFolder.load(dir, ModuleLoader.coreParameters(), getClass().getClassLoader(), false);
    }

    @Test
    void the_bytecode_check_names_the_file_the_rule_and_the_line(@TempDir Path root) throws Exception {
        // getDeclaringClass passes the DRL parser; only the compiled consequence shows what it reaches
        Path dir = folder(root, then("Object d = Kind.ELIGIBILITY.getDeclaringClass();"));
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleFolder.load(dir, ModuleLoader.coreParameters(), getClass().getClassLoader(), false));
        RuleProblem p = e.problems().get(0);
        assertEquals(List.of(14), e.problems().stream().map(RuleProblem::line).distinct().toList(), e.problems().toString());
        assertTrue(p.file().endsWith("eligibility.drl"), p.toString());
        assertTrue(p.en().contains("rule \"D-1 申请\"") && p.en().contains("getDeclaringClass") && p.en().contains("bytecode"), p.en());
    }

    @Test
    void a_function_is_reported_at_its_declaration(@TempDir Path root) throws Exception {
        Path dir = folder(root, head("function int clock() {\n  return (int) System.nanoTime();\n}", "clock();"));
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleFolder.load(dir, ModuleLoader.coreParameters(), getClass().getClassLoader(), false));
        assertTrue(e.problems().stream().anyMatch(p -> p.line() >= 4 && p.line() <= 5 && p.en().contains("function clock")
                && p.en().contains("System.nanoTime")), e.problems().toString());
    }

    @AfterAll
    static void nothing_ran() {
        assertNull(System.getProperty(MARKER));
        assertFalse(Files.exists(MARKER_FILE));
    }
}
