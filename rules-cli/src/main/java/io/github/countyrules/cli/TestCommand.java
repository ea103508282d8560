package io.github.countyrules.cli;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.scenario.Expectation;
import io.github.countyrules.core.scenario.Mismatch;
import io.github.countyrules.core.scenario.Scenario;
import io.github.countyrules.core.scenario.ScenarioResult;
import io.github.countyrules.core.scenario.ScenarioRunner;
import io.github.countyrules.core.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** {@code policy-rules test PATH...}: runs scenario files and folders, optionally with rule coverage. */
@Command(name = "test", sortOptions = false,
        description = {"Run scenario files or folders (*.yaml, *.yml, *.json, recursively) against the rules.",
                "运行场景文件或目录(递归查找 *.yaml、*.yml、*.json)，检查规则的决定。"},
        footer = {"", "The last line is always `N passed, N failed`. / 最后一行总是 `N passed, N failed`。",
                "Exit codes / 退出码: 0 all passed / 全部通过; 1 a scenario failed, or --fail-uncovered found a rule "
                        + "without scenario / 有场景失败或(--fail-uncovered)有规则无场景; 2 malformed scenario file or no "
                        + "scenarios / 场景文件格式错误或没有场景; 3 other failure / 其他故障."})
final class TestCommand implements Callable<Integer>, LangAware {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders / 场景文件或目录")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--coverage",
            description = "Print rule coverage: per rule how many scenarios fired it, rules never fired, "
                    + "POLICY-SPEC ids without a rule / 输出规则覆盖情况")
    boolean coverage;

    @Option(names = "--coverage-out", paramLabel = "DIR",
            description = "Also write coverage.json and coverage.html into DIR / 另将 coverage.json 和 coverage.html 写入 DIR")
    Path coverageOut;

    @Option(names = "--fail-uncovered",
            description = "Exit 1 when a loaded rule is fired by no scenario (for CI) / 有规则未被任何场景触发时以 1 退出")
    boolean failUncovered;

    @Option(names = {"-v", "--verbose"},
            description = "Also list the scenarios that passed, and under each failure the decisions that came out, "
                    + "with their reasons / 同时列出通过的场景，并在每个失败下列出实际决定及其理由")
    boolean verbose;

    @Mixin
    LangOption langOption;

    @Mixin
    ModulesOption modulesOption;

    @Override
    public Lang lang() {
        return langOption == null ? Lang.zh : langOption.lang;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = lang();
        CompletableFuture<PolicyEngine> building = Engines.start(modulesOption);

        List<Scenario> scenarios;
        try {
            scenarios = Scenarios.load(paths.toArray(Path[]::new));
        } catch (InvalidInputException e) {
            err.println(lang.t("场景文件有误，未运行任何场景：", "Malformed scenario file(s); no scenario was run:"));
            InputErrors.print(e.errors(), lang, err);
            return ExitCodes.INPUT;
        }
        if (scenarios.isEmpty()) {
            throw new CliException(ExitCodes.INPUT, "在 " + paths + " 下没有找到场景文件(*.yaml、*.yml、*.json)",
                    "no scenario files (*.yaml, *.yml, *.json) under " + paths);
        }
        PolicyEngine engine = Engines.await(building, modulesOption);
        List<io.github.countyrules.core.api.InputError> words = Scenarios.unknownWords(scenarios, engine.vocabulary());
        if (!words.isEmpty()) {
            err.println(lang.t("场景文件有误，未运行任何场景：", "Malformed scenario file(s); no scenario was run:"));
            InputErrors.print(words, lang, err);
            return ExitCodes.INPUT;
        }
        ScenarioRunner runner = new ScenarioRunner(engine);

        List<ScenarioResult> results = new ArrayList<>();
        try (Ticker ignored = new Ticker(err, lang, "正在运行 " + scenarios.size() + " 个场景",
                "running " + scenarios.size() + " scenarios")) {
            for (Scenario s : scenarios) {
                results.add(runOne(runner, s));
            }
        }
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                printFailure(r, lang, verbose, out);
            } else if (verbose) {
                out.println(lang.t("通过  ", "PASS  ") + r.scenario().location() + "  " + r.scenario().name());
            }
        }

        boolean uncovered = false;
        if (coverage || coverageOut != null || failUncovered) {
            Coverage cov = Coverage.of(engine.modules(), engine.rules(), results, SpecIds.load(engine));
            if (coverage) {
                out.println();
                cov.printText(out, lang);
            }
            if (coverageOut != null) {
                Files.createDirectories(coverageOut);
                Files.writeString(coverageOut.resolve("coverage.json"), cov.toJson() + "\n", StandardCharsets.UTF_8);
                Files.writeString(coverageOut.resolve("coverage.html"), cov.toHtml(lang), StandardCharsets.UTF_8);
                out.println();
                out.println(lang.t("覆盖报告已写入 ", "Coverage written to ") + coverageOut.resolve("coverage.json")
                        + lang.t(" 和 ", " and ") + coverageOut.resolve("coverage.html"));
            }
            List<Coverage.Row> unfired = cov.unfired();
            if (failUncovered && !unfired.isEmpty()) {
                uncovered = true;
                if (!coverage) {
                    out.println();
                    out.println(lang.t(unfired.size() + " 条规则没有任何场景触发(--fail-uncovered)：",
                            unfired.size() + " rule(s) fired by no scenario (--fail-uncovered):"));
                    unfired.forEach(r -> out.println("  " + r.rule().module() + "  " + r.rule().id() + "  " + r.rule().name()));
                }
            }
        }

        long passed = results.stream().filter(ScenarioResult::passed).count();
        long failed = results.size() - passed;
        out.println();
        if (lang == Lang.zh) {
            out.println("通过 " + passed + " 个，失败 " + failed + " 个"
                    + (uncovered ? "；有规则未被场景覆盖" : ""));
        }
        // the closing line is the same in both languages: CI and scripts read it
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed > 0 || uncovered ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** A scenario that breaks the engine is that scenario's failure, not the end of the run. */
    private static ScenarioResult runOne(ScenarioRunner runner, Scenario s) {
        try {
            return runner.run(s);
        } catch (RuntimeException e) {
            String msg = PolicyRules.Failures.oneLine(e);
            return new ScenarioResult(s, List.of(new Mismatch(s.file(), s.line(), "-", "evaluation", "求值", "a report",
                    "得出报告", "failed: " + msg, "出错：" + msg)), null, Set.of());
        }
    }

    /**
     * One line per mismatch, {@code FAIL file:line region what: expected X, got Y — scenario};
     * with {@code --verbose}, then the decisions that came out for the regions concerned, once.
     */
    private static void printFailure(ScenarioResult r, Lang lang, boolean verbose, PrintWriter out) {
        Scenario s = r.scenario();
        boolean zh = lang == Lang.zh;
        for (Mismatch m : r.mismatches()) {
            out.println(lang.t("失败  ", "FAIL  ") + m.text(zh) + "  — " + s.name());
        }
        if (verbose && r.report() != null) {
            Set<String> regions = new LinkedHashSet<>();
            s.expect().stream().map(Expectation::region).forEach(regions::add);
            for (String region : regions) {
                List<Decision> ds = r.report().decisionsFor(region);
                String name = ds.isEmpty() ? "" : " " + Objects.toString(ds.get(0).regionName(), "");
                out.println("      " + lang.t("实际决定 ", "actual decisions for ") + region + name
                        + (ds.isEmpty() ? lang.t("：无", ": none") : lang.t("：", ":")));
                for (Decision d : ds) {
                    TextReport.decision(d, lang, out, "        ");
                }
            }
        }
    }
}
