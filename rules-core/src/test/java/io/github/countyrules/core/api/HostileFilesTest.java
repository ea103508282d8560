package io.github.countyrules.core.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Files built to harm the reader: YAML type tags (which some loaders turn into arbitrary objects),
 * alias bombs ("billion laughs"), very deep nesting and files of hundreds of megabytes. Each is
 * refused with one clear error, quickly, allocating little; the limits are the system properties of
 * {@code Limits} (countyrules.maxFileBytes, countyrules.maxAliases, countyrules.maxDepth).
 * Time and allocation are measured per call on the calling thread.
 */
class HostileFilesTest {
    private static final String HEAD = "asOf: 2025-06-30\n";
    private static final long SECOND = 1_000_000_000L;

    /** What one refused read cost. */
    record Cost(InvalidInputException error, long nanos, long allocatedBytes) {
        InputError first() {
            return error.errors().get(0);
        }
    }

    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        // class loading and first-use set-up of the YAML reader are not what the bounds below measure
        Facts.fromYaml(HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: 61.5}\n");
        assertThrows(InvalidInputException.class, () -> Facts.fromYaml(HEAD + "regions: !!set {}\n"));
    }

    static Cost refused(Supplier<Facts> read) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long a0 = threads.getThreadAllocatedBytes(id);
        long t0 = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, read::get);
        long t = System.nanoTime() - t0;
        long a = threads.getThreadAllocatedBytes(id) - a0;
        assertEquals(1, e.errors().size(), e.errors().toString());
        return new Cost(e, t, a);
    }

    // ---- type tags: a file never chooses a class or a type

    @ParameterizedTest
    @ValueSource(strings = {
            "monitoring: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n",
            "monitoring:\n  - !!java.lang.ProcessBuilder [[\"touch\", \"/tmp/county-rules-tag\"]]\n",
            "monitoring:\n  - {region: !<tag:yaml.org,2002:java.lang.String> \"640122\", year: 2023, grade: B, score: 1}\n",
            "monitoring:\n  - {region: \"640122\", year: !!int 2023, grade: B, score: 1}\n",
            "monitoring:\n  - {region: \"640122\", year: 2023, grade: !local B, score: 1}\n",
            "techParks: !!set {a, b}\n",
            "regions:\n  - {code: \"640122\", tags: !!binary aGVsbG8=}\n",
            "calendar: !!omap [{a: 1}]\n"})
    void a_type_tag_is_refused_at_its_line(String body) {
        Cost c = refused(() -> Facts.fromYaml(HEAD + body));
        assertTrue(c.first().path().matches("\\(file\\):\\d+"), c.first().path());
        assertTrue(c.first().en().contains("type tags"), c.first().en());
        assertTrue(c.nanos() < SECOND, c.nanos() + " ns");
        assertFalse(Files.exists(Path.of("/tmp/county-rules-tag")));
    }

    // ---- aliases: none at all, so no expansion can blow up

    /** The classic billion laughs: 9 levels of 9 references, 9^9 leaves once expanded. */
    static String billionLaughs() {
        StringBuilder s = new StringBuilder(HEAD).append("parameters:\n  l0: &l0 [\"lol\"]\n");
        for (int i = 1; i <= 9; i++) {
            s.append("  l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                s.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            s.append("]\n");
        }
        return s.toString();
    }

    @Test
    void an_alias_bomb_is_refused_quickly_with_little_memory() {
        Cost c = refused(() -> Facts.fromYaml(billionLaughs()));
        assertEquals("(file):4", c.first().path());
        assertTrue(c.first().en().contains("YAML aliases"), c.first().en());
        assertTrue(c.nanos() < SECOND, c.nanos() + " ns");
        assertTrue(c.allocatedBytes() < 32L << 20, c.allocatedBytes() + " bytes allocated");
    }

    @Test
    void an_alias_bomb_in_a_file_is_refused_the_same_way(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lol.yaml");
        Files.writeString(f, billionLaughs(), StandardCharsets.UTF_8);
        Cost c = refused(() -> Facts.fromYaml(f));
        assertTrue(c.first().en().contains("YAML aliases"), c.first().en());
    }

    @Test
    void a_single_alias_is_refused_rather_than_read_as_text() {
        Cost c = refused(() -> Facts.fromYaml(HEAD + "regions:\n  - &r {code: \"640122\", tags: [POVERTY_COUNTY]}\n  - *r\n"));
        assertEquals("(file):4", c.first().path());
        assertTrue(c.first().en().contains("write the value out"), c.first().en());
    }

    // ---- nesting

    @Test
    void nesting_is_bounded_by_countyrules_maxDepth_exactly() {
        // root mapping (1) and parameters (2), then lists: 48 lists reach depth 50, the default limit
        assertDoesNotThrow(() -> Facts.fromYaml(HEAD + "parameters:\n  x: " + "[".repeat(48) + "]".repeat(48) + "\n"));
        Cost c = refused(() -> Facts.fromYaml(HEAD + "parameters:\n  x: " + "[".repeat(49) + "]".repeat(49) + "\n"));
        assertEquals("(file):3", c.first().path());
        assertTrue(c.first().en().contains("nested too deeply: the limit is 50 levels (countyrules.maxDepth)"), c.first().en());
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000, 2_000_000})
    void very_deep_flow_nesting_is_refused_quickly_without_recursion(int depth) {
        String text = HEAD + "parameters:\n  x: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        Cost c = refused(() -> Facts.fromYaml(text));
        // 4,000,000 brackets on one line pass the one-line limit (countyrules.maxScalarChars) first
        assertTrue(c.first().en().contains(depth * 2 > (1 << 20) ? "a line longer than" : "nested too deeply"), c.first().en());
        assertTrue(c.nanos() < 2 * SECOND, c.nanos() + " ns");
    }

    @Test
    void very_deep_json_objects_are_refused() {
        int depth = 100_000;
        String json = "{\"asOf\": \"2025-06-30\", \"parameters\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}";
        Cost c = refused(() -> Facts.fromYaml(json));
        assertTrue(c.first().en().contains("nested too deeply"), c.first().en());
        assertTrue(c.nanos() < SECOND, c.nanos() + " ns");
    }

    @Test
    void very_deep_block_nesting_is_refused() {
        StringBuilder s = new StringBuilder(HEAD).append("parameters:\n");
        for (int i = 1; i <= 500; i++) {
            s.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        s.append("  ".repeat(501)).append("v\n");
        Cost c = refused(() -> Facts.fromYaml(s.toString()));
        assertTrue(c.first().en().contains("nested too deeply"), c.first().en());
    }

    // ---- size

    @Test
    void a_file_above_countyrules_maxFileBytes_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(300L << 20); // sparse: 300 MiB on paper, nothing on disk
        }
        Cost c = refused(() -> Facts.fromYaml(f));
        assertEquals("(file)", c.first().path());
        assertEquals((300L << 20) + " bytes", c.first().value());
        assertTrue(c.first().en().contains("file too large: the limit is 268435456 bytes (countyrules.maxFileBytes)"), c.first().en());
        assertTrue(c.nanos() < SECOND / 10, c.nanos() + " ns");
        assertTrue(c.allocatedBytes() < 1L << 20, c.allocatedBytes() + " bytes allocated");
    }

    /**
     * In a JVM of its own with a 64 MiB heap and the limit lowered to 8 MiB by its system property: a
     * streamed (not sparse) 40 MiB file, a 300 MiB sparse file and 9 MiB of text are each refused,
     * without running out of memory (reading any of them whole would not fit in that heap).
     */
    @Test
    void in_a_64_MiB_heap_files_and_text_over_the_limit_are_refused(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write(HEAD + "techTransactions:\n");
            String line = "  - {region: \"620102\", year: 2019, value: 9200, source: \"" + "x".repeat(60) + "\"}\n";
            for (long written = 0; written < 40L << 20; written += line.length()) {
                w.write(line);
            }
        }
        Path sparse = dir.resolve("sparse.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(sparse.toFile(), "rw")) {
            raf.setLength(300L << 20);
        }
        List<String> out = child(List.of("-Xmx64m", "-Dcountyrules.maxFileBytes=" + (8L << 20)),
                big.toString(), sparse.toString(), "text:" + (9L << 20));
        assertEquals(List.of(
                "big.yaml: (file) file too large: the limit is 8388608 bytes (countyrules.maxFileBytes)",
                "sparse.yaml: (file) file too large: the limit is 8388608 bytes (countyrules.maxFileBytes)",
                "text: (file) input too large"), out);
    }

    /** Runs {@link Child} in a fresh JVM on this test's class path; its output lines. */
    static List<String> child(List<String> jvmArgs, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Child.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, p.exitValue(), text);
        return text.lines().filter(l -> l.startsWith("big.yaml") || l.startsWith("sparse.yaml") || l.startsWith("text"))
                .toList();
    }

    /** Reads each argument (a file, or "text:N" for N characters of YAML text) and prints the first error. */
    public static final class Child {
        public static void main(String[] args) {
            for (String a : args) {
                String label;
                Supplier<Facts> read;
                if (a.startsWith("text:")) {
                    int n = Integer.parseInt(a.substring(5));
                    String text = HEAD + "#" + "x".repeat(n);
                    label = "text";
                    read = () -> Facts.fromYaml(text);
                } else {
                    Path f = Path.of(a);
                    label = f.getFileName().toString();
                    read = () -> Facts.fromYaml(f);
                }
                try {
                    read.get();
                    System.out.println(label + ": read");
                } catch (InvalidInputException e) {
                    System.out.println(label + ": " + e.errors().get(0).path() + " " + e.errors().get(0).en());
                } catch (Throwable t) {
                    System.out.println(label + ": " + t);
                }
            }
        }
    }

    // ---- numbers and documents

    @Test
    void a_number_with_a_huge_exponent_is_refused_quickly() {
        for (String n : List.of("1.0e999999999", "-1.0e999999999", "1.0e-999999999")) {
            Cost c = refused(() -> Facts.fromYaml(HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: " + n + "}\n"));
            assertEquals("monitoring[0].score", c.first().path());
            assertTrue(c.nanos() < SECOND, c.nanos() + " ns");
        }
    }

    @Test
    void a_second_yaml_document_is_refused() {
        Cost c = refused(() -> Facts.fromYaml(HEAD + "---\nasOf: 2025-06-30\nmonitoring:\n"
                + "  - {region: \"640122\", year: 2023, grade: B, score: 61.5}\n"));
        assertTrue(c.first().path().startsWith("(file)"), c.first().path());
    }
}
