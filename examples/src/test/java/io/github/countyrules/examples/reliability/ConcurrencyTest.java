package io.github.countyrules.examples.reliability;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.ReloadResult;
import io.github.countyrules.examples.reliability.FactSets.FactSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One engine shared by 8 threads gives exactly the serial results; a reload under that load loses
 * no evaluation, and every report is entirely that of the old rule set or entirely that of the new
 * one, never a mixture.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final Path NINGXIA_RULES = Path.of("..", "rules-ningxia", "src", "main", "resources", "io", "github",
            "countyrules", "ningxia");

    static List<Facts> facts;

    @BeforeAll
    static void factSets() {
        facts = new ArrayList<>();
        for (FactSet s : FactSets.fixed(20_251_122L, 80)) {
            try {
                facts.add(s.build());
            } catch (InvalidInputException e) {
                // the invalid tenth is not evaluated
            }
        }
        assertTrue(facts.size() >= 60, facts.size() + " valid fact sets");
    }

    static List<String> serial(PolicyEngine engine) {
        return facts.stream().map(f -> engine.evaluate(f).toJson()).toList();
    }

    @Test
    void eight_threads_sharing_one_engine_give_exactly_the_serial_results() throws Exception {
        PolicyEngine engine = SharedEngine.ENGINE;
        List<String> expected = serial(engine);
        int rounds = 3;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                done.add(pool.submit(() -> {
                    start.await();
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < facts.size(); i++) {
                        order.add(i);
                    }
                    int n = 0;
                    for (int round = 0; round < rounds; round++) {
                        Collections.shuffle(order, new Random(seed * 31 + round)); // each thread its own order
                        for (int i : order) {
                            assertEquals(expected.get(i), engine.evaluate(facts.get(i)).toJson(), "fact set " + i);
                            n++;
                        }
                    }
                    return n;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get(5, TimeUnit.MINUTES);
            }
            assertEquals(THREADS * rounds * facts.size(), total);
            System.out.println("reliability figures (ConcurrencyTest): " + THREADS + " threads, " + total
                    + " concurrent evaluations of " + facts.size() + " fact sets, all equal to the serial reports");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_set_large_enough_to_run_provinces_in_parallel_gives_the_same_report_in_any_order() {
        FactSet big = FactSets.large(7);
        Facts facts = big.build();
        assertTrue(big.facts().size() > 5_000, big.facts().size() + " facts: below the parallel threshold");
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        String first = SharedEngine.ENGINE.evaluate(facts, rule -> threads.add(Thread.currentThread().getName())).toJson();
        Random random = new Random(11);
        for (int i = 0; i < 4; i++) {
            List<Object> shuffled = new ArrayList<>(big.facts());
            Collections.shuffle(shuffled, random);
            assertEquals(first, SharedEngine.ENGINE.evaluate(big.build(shuffled)).toJson(), "order " + i);
        }
        System.out.println("reliability figures (ConcurrencyTest): a set of " + big.facts().size()
                + " facts gave the same report in 5 orders; rules fired on " + threads.size() + " thread(s) " + threads);
    }

    @Test
    void fired_rules_are_reported_on_the_calling_thread() {
        Facts facts = FactSets.large(7).build();
        java.util.Set<Thread> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        SharedEngine.ENGINE.evaluate(facts, rule -> threads.add(Thread.currentThread()));
        assertEquals(java.util.Set.of(Thread.currentThread()), threads);
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The shipped Ningxia rules, and the same with another reading of "完成较好" (0.75 instead of 0.8). */
    static void ruleSet(Path dir, boolean changed) throws IOException {
        copy(NINGXIA_RULES, dir);
        if (changed) {
            Path p = dir.resolve("parameters.yaml");
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String next = text.replace("- {from: 2023-07-05, value: \"0.8\"}", "- {from: 2023-07-05, value: \"0.75\"}");
            assertNotEquals(text, next, "the shipped parameters.yaml no longer has the line this test changes");
            Files.writeString(p, next, StandardCharsets.UTF_8);
        }
    }

    static String digest(String json) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_reload_under_load_loses_no_evaluation_and_each_report_is_of_one_rule_set(@TempDir Path root) throws Exception {
        assertTrue(Files.isDirectory(NINGXIA_RULES), NINGXIA_RULES.toAbsolutePath() + " not found");
        Path live = root.resolve("ningxia");
        ruleSet(live, false);
        PolicyEngine engine = PolicyEngine.builder().rulesFrom(live).build();
        List<String> expectedA = serial(engine).stream().map(ConcurrencyTest::digest).toList();

        // 8 threads evaluate while the folder changes A -> B -> A -> B and the engine reloads each time;
        // each evaluation's report is kept (as a digest) with its fact set's index
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String[]>>> done = new ArrayList<>();
        int reloads = 3;
        try {
            for (int t = 0; t < THREADS; t++) {
                int first = t * 7;
                done.add(pool.submit(() -> {
                    start.await();
                    List<String[]> seen = new ArrayList<>();
                    for (int k = first; reloading.get() || k < first + facts.size(); k++) {
                        int i = k % facts.size();
                        seen.add(new String[]{String.valueOf(i), digest(engine.evaluate(facts.get(i)).toJson())});
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (int r = 0; r < reloads; r++) {
                ruleSet(live, r % 2 == 0);
                ReloadResult result = engine.reload();
                assertTrue(result.switched(), result.problems().toString());
                Thread.sleep(200);
            }
            reloading.set(false);
            List<String[]> seen = new ArrayList<>();
            for (Future<List<String[]>> f : done) {
                seen.addAll(f.get(5, TimeUnit.MINUTES)); // an evaluation that threw fails here
            }
            // the engine now serves B
            List<String> expectedB = serial(engine).stream().map(ConcurrencyTest::digest).toList();
            for (int i = 0; i < facts.size(); i++) {
                // the digest names the rule sources, so no report of one set equals a report of the other
                assertNotEquals(expectedA.get(i), expectedB.get(i), "fact set " + i);
            }
            int ofA = 0;
            int ofB = 0;
            for (String[] s : seen) {
                int i = Integer.parseInt(s[0]);
                if (s[1].equals(expectedA.get(i))) {
                    ofA++;
                } else if (s[1].equals(expectedB.get(i))) {
                    ofB++;
                } else {
                    fail("fact set " + i + ": a report of neither rule set");
                }
            }
            assertTrue(seen.size() >= THREADS * facts.size(), seen.size() + " evaluations");
            assertTrue(ofA > 0 && ofB > 0, "evaluations saw both rule sets: " + ofA + " / " + ofB);
            System.out.println("reliability figures (ConcurrencyTest): " + THREADS + " threads, " + seen.size()
                    + " evaluations during " + reloads + " reloads (A to B to A to B): " + ofA + " reports of rule set A, "
                    + ofB + " of B, none mixed or lost");
        } finally {
            reloading.set(false);
            pool.shutdownNow();
        }
    }
}
