package io.github.countyrules.cli;

import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.ModuleInfo;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.scenario.Scenario;
import io.github.countyrules.core.scenario.ScenarioResult;
import io.github.countyrules.core.scenario.ScenarioRunner;
import io.github.countyrules.core.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@code policy-rules rulebook}: writes {@code rulebook.md} and {@code rulebook.html}, the rules
 * laid out next to the clauses they implement, their parameters and the scenarios that check them.
 */
@Command(name = "rulebook", sortOptions = false,
        description = {"Write the rulebook (rulebook.md and a self-contained rulebook.html): per module and rule file the "
                + "quoted clauses, the rules, their parameters and the scenarios that fire each rule.",
                "生成规则手册(rulebook.md 和独立的 rulebook.html)：按模块和规则文件列出所引条款、规则、参数及触发各规则的场景。"},
        footer = {"", "Exit codes / 退出码: 0 written / 已生成; 2 malformed scenario file or a rules folder that does not compile / "
                + "场景文件格式错误或规则目录无法编译; 3 other failure, e.g. the folder cannot be written / 其他故障(如无法写入)."})
final class RulebookCommand implements Callable<Integer>, LangAware {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write rulebook.md and rulebook.html into (default: the current folder) / 输出目录(默认当前目录)")
    Path out = Path.of(".");

    @Option(names = "--scenarios", paramLabel = "PATH", arity = "1..*",
            description = "Scenario files or folders to run for coverage (default: each loaded module's src/test/scenarios "
                    + "when run in the repository) / 用于覆盖情况的场景文件或目录(默认：在仓库中运行时为各模块的 src/test/scenarios)")
    List<Path> scenarios;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Date the parameter values are in force at (default: today) / 参数取值的生效日期(默认今天)")
    LocalDate asOf;

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
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = lang();
        CompletableFuture<PolicyEngine> building = Engines.start(modulesOption);
        PolicyEngine engine = Engines.await(building, modulesOption);

        List<Path> paths = scenarios != null ? scenarios : defaultScenarioFolders(engine.modules());
        List<ScenarioResult> results = new ArrayList<>();
        if (!paths.isEmpty()) {
            List<Scenario> loaded;
            try {
                loaded = Scenarios.load(paths.toArray(Path[]::new));
            } catch (InvalidInputException e) {
                err.println(lang.t("场景文件有误，未生成规则手册：", "Malformed scenario file(s); no rulebook was written:"));
                InputErrors.print(e.errors(), lang, err);
                return ExitCodes.INPUT;
            }
            ScenarioRunner runner = new ScenarioRunner(engine);
            try (Ticker ignored = new Ticker(err, lang, "正在运行 " + loaded.size() + " 个场景",
                    "running " + loaded.size() + " scenarios")) {
                for (Scenario s : loaded) {
                    try {
                        results.add(runner.run(s));
                    } catch (RuntimeException e) {
                        String msg = PolicyRules.Failures.oneLine(e);
                        results.add(new ScenarioResult(s, List.of(new io.github.countyrules.core.scenario.Mismatch(s.file(),
                                s.line(), "-", "evaluation", "求值", "a report", "得出报告", "failed: " + msg, "出错：" + msg)),
                                null, java.util.Set.of()));
                    }
                }
            }
        } else {
            err.println(lang.t("注意：没有运行场景(不在仓库中，也没有给出 --scenarios)，手册中不列出覆盖情况",
                    "note: no scenarios run (not in the repository and no --scenarios given); the rulebook shows no coverage"));
        }

        LocalDate date = asOf != null ? asOf : LocalDate.now();
        ClassLoader cl = RulebookCommand.class.getClassLoader();
        Rulebook book = Rulebook.of(engine.ruleSetInfo(), date, engine.moduleInfos(), engine.rules(), engine.parameters(date),
                (m, file) -> source(cl, m, file), paths, results, SpecIds.load(engine));
        Files.createDirectories(out);
        Path md = out.resolve("rulebook.md");
        Path html = out.resolve("rulebook.html");
        Files.writeString(md, book.toMarkdown(lang), StandardCharsets.UTF_8);
        Files.writeString(html, book.toHtml(lang), StandardCharsets.UTF_8);
        long failed = results.stream().filter(r -> !r.passed()).count();
        stdout.println(lang.t("规则手册已写入 " + md + " 和 " + html, "Rulebook written to " + md + " and " + html));
        stdout.println(lang.t(engine.rules().size() + " 条规则，" + engine.parameters(date).size() + " 个参数，"
                        + results.size() + " 个场景" + (failed > 0 ? "(其中 " + failed + " 个失败)" : ""),
                engine.rules().size() + " rule(s), " + engine.parameters(date).size() + " parameter(s), "
                        + results.size() + " scenario(s)" + (failed > 0 ? " (" + failed + " failed)" : "")));
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * A rule file's text. The engine names a shipped module's files by class path resource and a
     * folder module's files relative to its folder; there is no public way to ask it for the text.
     */
    static String source(ClassLoader cl, ModuleInfo m, String file) {
        try {
            if ("classpath".equals(m.origin())) {
                try (InputStream in = cl.getResourceAsStream(file)) {
                    return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path p = Path.of(m.origin()).resolve(file);
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * {@code rules-<module>/src/test/scenarios} of each loaded module, found from the current folder
     * or one above it, or else from where this command's jar lies ({@code rules-cli/target}).
     */
    static List<Path> defaultScenarioFolders(List<String> modules) {
        List<Path> roots = new ArrayList<>();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            roots.add(p);
        }
        try {
            Path code = Path.of(RulebookCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                roots.add(p);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: the current folder is all there is
        }
        for (Path root : roots) {
            List<Path> found = new ArrayList<>();
            for (String m : modules) {
                Path s = root.resolve("rules-" + m).resolve("src").resolve("test").resolve("scenarios");
                if (Files.isDirectory(s)) {
                    found.add(relative(s));
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Relative to the current folder, so the rulebook names short paths. */
    private static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        try {
            Path r = java.util.Objects.equals(cwd.getRoot(), p.getRoot()) ? cwd.relativize(p) : p;
            // at most one level up: "../rules-ningxia/…" from rules-cli, an absolute path from elsewhere
            return r.startsWith(Path.of("..", "..")) ? p : r;
        } catch (IllegalArgumentException e) {
            return p;
        }
    }
}
