package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.ReloadResult;
import io.github.countyrules.core.api.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Reloads onto attacking folders while four threads evaluate: every reload is refused, every
 * evaluation during them gives the report of the rules loaded before, and no payload runs.
 */
class ReloadUnderAttackTest {
    private static final String FACTS = """
            asOf: 2025-06-30
            applications:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-10}
            """;

    @Test
    void evaluations_keep_the_old_answers_while_attacking_folders_are_reloaded(@TempDir Path root) throws Exception {
        Path dir = AttackSuiteTest.folder(root, AttackSuiteTest.then("insertLogical(Reasons.of(drools, s).met(true).zh(\"已申请\").en(\"applied\").build());"));
        PolicyEngine engine = PolicyEngine.builder().rulesFrom(dir).modules("demo").build();
        Facts facts = Facts.fromYaml(FACTS);
        String expected = engine.evaluate(facts).toJson();
        List<String> attacks = List.of(
                AttackSuiteTest.then("Object d = Kind.ELIGIBILITY.getDeclaringClass().getProtectionDomain();"),
                AttackSuiteTest.head("declare Probe\n  x : String = " + AttackSuiteTest.SET + "\nend", ""),
                AttackSuiteTest.when("Application( region == System.setProperty(\"" + AttackSuiteTest.MARKER + "\", \"1\") )"),
                AttackSuiteTest.then("while (ctx != null) { }".replace("ctx != null", "ctx == null")
                        + " java.time.zone.ZoneRulesProvider.refresh();"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger evaluations = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    Report r = engine.evaluate(facts);
                    assertEquals(expected, r.toJson());
                    evaluations.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            for (String attack : attacks) {
                Files.writeString(dir.resolve("eligibility.drl"), attack, StandardCharsets.UTF_8);
                ReloadResult r = engine.reload();
                assertFalse(r.switched(), attack);
                assertFalse(r.problems().isEmpty());
            }
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        for (Future<?> f : workers) {
            f.get(60, TimeUnit.SECONDS);
        }
        assertTrue(evaluations.get() > 0);
        assertEquals(expected, engine.evaluate(facts).toJson());
        assertNull(System.getProperty(AttackSuiteTest.MARKER));
    }
}
