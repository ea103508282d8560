package io.github.countyrules.examples;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.rules.Progress;
import io.github.countyrules.core.rules.Reason;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engine inside an application: build it once, then evaluate any number of facts files with
 * it, and show every decision with the reasons behind it in Chinese and English.
 *
 * <p>Run from the repository root (the README's first command):
 * <pre>
 * mvn -B -q install -DskipTests &amp;&amp; mvn -B -q -pl examples exec:java
 * </pre>
 * It reads every {@code *.yaml} in {@code examples/data/}, or in the folder given as argument.
 */
public final class EmbedEngine {
    private EmbedEngine() {
    }

    public static void main(String[] args) throws IOException {
        // The reports are Chinese: write UTF-8 bytes whatever the platform's default encoding is.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path data = args.length > 0 ? Path.of(args[0]) : Path.of("examples", "data");

        // Build the engine once, at start-up. It loads the precompiled rules of every module on the
        // class path (national, ningxia, gansu), which is the slow part; the engine is then
        // immutable and thread-safe, so one instance serves the whole application.
        PolicyEngine engine = PolicyEngine.builder().build();
        out.printf("规则模块 Rule modules: %s · %d 条规则 rules · 版本 version %s%n",
                engine.modules(), engine.rules().size(), PolicyEngine.version());

        List<Path> files = factsFiles(data);
        if (files.isEmpty()) {
            out.println("在 " + data.toAbsolutePath() + " 下没有事实文件 / no facts files under " + data.toAbsolutePath());
            return;
        }
        for (Path file : files) {
            out.println();
            out.println("=".repeat(78));
            out.println(file.getFileName());
            out.println("=".repeat(78));
            show(engine, file, out);
        }
    }

    private static void show(PolicyEngine engine, Path file, PrintStream out) {
        Report report;
        try {
            // Reading validates everything at once; a Facts object that exists is valid.
            Facts facts = Facts.fromYaml(file);
            // Evaluation checks the parameter overrides against the loaded modules, so it can
            // refuse input too. The same facts always give the same report: no wall clock is read.
            report = engine.evaluate(facts);
        } catch (InvalidInputException e) {
            // Bad input is never half-evaluated: every problem comes back together, each naming
            // the field, the value found and what was expected.
            out.println("输入有误 / the input was refused:");
            for (InputError err : e.errors()) {
                out.println("  " + err.path() + ": " + err.zh() + " / " + err.en()
                        + (err.value() == null ? "" : " (" + err.value() + ")"));
            }
            return;
        }

        out.println("评估日期 As of " + report.asOf() + " · " + report.ruleSet().digest());
        String region = null;
        for (Decision d : report.decisions()) {         // sorted by region, programme, kind, year
            if (!d.region().equals(region)) {
                region = d.region();
                out.println();
                out.println(d.region() + " " + d.regionName());
            }
            out.println("  " + (d.program() == null ? "(no programme)" : d.program()) + " · " + d.kind()
                    + (d.year() == null ? "" : " · " + d.year()) + " → " + d.outcome());
            for (Reason r : d.reasons()) {             // sorted by rule id
                // status is MET, NOT_MET or UNKNOWN; UNKNOWN names the facts that were missing
                out.println("    " + r.rule() + " [" + r.clause() + "] " + r.status());
                out.println("      中文: " + r.zh());
                out.println("      EN:   " + r.en());
                if (!r.parameters().isEmpty()) {
                    // the interpretations this reason relied on; a facts file may override them
                    out.println("      参数 parameters: " + r.parameters());
                }
            }
        }
        for (Progress p : report.progress()) {
            out.println();
            out.println("进度 Progress " + p.program() + ": " + p.count() + " / " + p.target() + " (" + p.rule() + ")");
        }
        report.warnings().forEach(w -> out.println("警告 Warning: " + w));
        long regions = report.decisions().stream().map(Decision::region).distinct().count();
        out.println();
        out.printf("%s: %d 个地区 regions, %d 项决定 decisions%n", file.getFileName(), regions, report.decisions().size());
    }

    private static List<Path> factsFiles(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
