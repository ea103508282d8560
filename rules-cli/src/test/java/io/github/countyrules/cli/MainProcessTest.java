package io.github.countyrules.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real {@code main} in a JVM of its own, as the launcher runs it: what reaches the terminal
 * (logging from Drools, the encoding, the exit code) cannot be seen from inside the test's JVM.
 */
class MainProcessTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run main(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a platform default that cannot encode Chinese: the output must be UTF-8 all the same
                "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"),
                PolicyRules.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The progress line may appear on a slow machine; nothing else may. */
    private static List<String> notProgress(String err) {
        return err.lines().filter(l -> !l.isBlank())
                .filter(l -> !(l.contains("已用") || l.contains("用时") || l.contains("so far") || l.startsWith("done in")))
                .toList();
    }

    @Test
    void aNormalRunPrintsTheReportInUtf8AndNothingElse() throws Exception {
        Path facts = dir.resolve("facts.yaml");
        Files.writeString(facts, "asOf: 2025-06-30\n");

        Run e = main("evaluate", facts.toString());

        assertEquals(0, e.code(), e::toString);
        assertTrue(e.out().contains("评估日期 2025-06-30"), "Chinese survives an ISO-8859-1 default: " + e.out());
        assertEquals(List.of(), notProgress(e.err()), "no log lines on a normal run");
    }

    @Test
    void inputErrorsExit2ThroughMain() throws Exception {
        Path facts = dir.resolve("bad.yaml");
        Files.writeString(facts, "asOf: 2025-02-30\n");

        Run r = main("evaluate", facts.toString(), "--lang", "en");

        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("asOf: ") && r.err().contains("(found: 2025-02-30)"), r.err());
    }
}
