package io.github.countyrules.cli;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.ReportDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@code policy-rules diff}: the same facts under two rule folders or two parameter files, and
 * every decision that changes. This is how policy staff see what an edit does before it ships,
 * which neither a compile check nor the scenarios show.
 */
@Command(name = "diff", sortOptions = false,
        description = {"Evaluate the same facts under old and new rules or parameters and list every decision that changes.",
                "用两套规则或参数评估同一批事实，列出每一项发生变化的决定。",
                "",
                "  --rules OLD --rules NEW        two rule folders / 两个规则目录",
                "  --rules DIR                    shipped rules vs DIR / 随附规则与该目录比较",
                "  --parameters OLD --parameters NEW   two parameter files / 两个参数文件",
                "  --parameters FILE              shipped defaults vs FILE / 默认参数与该文件比较",
                "A parameter file maps parameter names to values, as under parameters: in a facts file.",
                "参数文件为“参数名: 取值”的映射，与事实文件 parameters: 下的写法相同。", ""},
        footer = {"", "Exit codes / 退出码: 0 compared (with --exit-code: no change) / 已比较(加 --exit-code 时表示无变化); "
                + "1 with --exit-code: decisions changed / 加 --exit-code 时表示有变化; "
                + "2 input error or a rules folder that does not compile / 输入有误或规则目录无法编译; 3 other failure / 其他故障."})
final class DiffCommand implements Callable<Integer>, LangAware {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FACTS", description = "Facts files / 事实文件")
    List<Path> factsFiles = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule folder: give OLD then NEW, or once to compare the shipped rules with DIR / "
                    + "规则目录：依次给出旧、新两个，或只给一个(与随附规则比较)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "Parameter file: give OLD then NEW, or once to compare the defaults with FILE / "
                    + "参数文件：依次给出旧、新两个，或只给一个(与默认参数比较)")
    List<Path> parameters = new ArrayList<>();

    @Option(names = "--modules", split = ",", paramLabel = "MODULE",
            description = "Rule modules to load on both sides, comma-separated (default: all) / 两侧都只加载这些规则模块(默认全部)")
    List<String> modules = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json / text(默认)或 json")
    Format format = Format.text;

    @Option(names = "--exit-code", description = "Exit 1 when any decision changes, like git diff --exit-code / "
            + "有决定变化时以 1 退出(同 git diff --exit-code)")
    boolean exitCode;

    @Mixin
    LangOption langOption;

    @Override
    public Lang lang() {
        return langOption == null ? Lang.zh : langOption.lang;
    }

    /** One side of the comparison: a rules folder or the shipped rules, a parameter file or the defaults. */
    record Side(String nameZh, String nameEn, Path rules, Path parameterFile, Map<String, Object> values) {
        String describe(Lang lang) {
            String r = rules == null ? lang.t("随附规则", "shipped rules") : lang.t("规则目录 ", "rules folder ") + rules;
            String p = parameterFile == null ? lang.t("默认参数", "default parameters") : lang.t("参数文件 ", "parameter file ") + parameterFile;
            return r + lang.t("，", ", ") + p;
        }
    }

    /** One facts file under both sides. */
    record FileDiff(Path file, LocalDate asOf, Report before, Report after, ReportDiff diff, List<String> pinned) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = lang();
        if (rules.size() > 2 || parameters.size() > 2) {
            throw new CliException(ExitCodes.INPUT, "--rules 和 --parameters 各最多给两次(旧、新)",
                    "give --rules and --parameters at most twice each (old, new)");
        }
        if (rules.isEmpty() && parameters.isEmpty()) {
            throw new CliException(ExitCodes.INPUT,
                    "没有可比较的内容：请给出 --rules OLD --rules NEW、--rules DIR、--parameters OLD --parameters NEW 或 --parameters FILE",
                    "nothing to compare: give --rules OLD --rules NEW, --rules DIR, --parameters OLD --parameters NEW or --parameters FILE");
        }
        Path rulesBefore = rules.size() == 2 ? rules.get(0) : null;
        Path rulesAfter = rules.isEmpty() ? null : rules.get(rules.size() - 1);
        Path paramsBefore = parameters.size() == 2 ? parameters.get(0) : null;
        Path paramsAfter = parameters.isEmpty() ? null : parameters.get(parameters.size() - 1);
        for (Path p : rules) {
            if (!java.nio.file.Files.isDirectory(p)) {
                throw new CliException(ExitCodes.INPUT, "--rules " + p + "：目录不存在", "--rules " + p + ": no such folder");
            }
        }
        Side before = new Side("之前", "before", rulesBefore, paramsBefore,
                paramsBefore == null ? Map.of() : ParameterFile.read(paramsBefore));
        Side after = new Side("之后", "after", rulesAfter, paramsAfter,
                paramsAfter == null ? Map.of() : ParameterFile.read(paramsAfter));

        CompletableFuture<PolicyEngine> buildingBefore = start(before);
        CompletableFuture<PolicyEngine> buildingAfter = start(after);

        // every facts file is read before anything is compared, so every refusal is listed at once
        Map<Path, Facts> facts = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        try (Ticker ignored = new Ticker(err, lang, "正在读取 " + factsFiles.size() + " 个事实文件",
                "reading " + factsFiles.size() + " facts file(s)")) {
            for (Path f : factsFiles) {
                try {
                    facts.put(f, Facts.fromYaml(f));
                } catch (InvalidInputException e) {
                    e.errors().forEach(x -> errors.add(prefixed(f, x)));
                }
            }
        }
        PolicyEngine engineBefore = await(buildingBefore, before, lang);
        PolicyEngine engineAfter = await(buildingAfter, after, lang);
        if (!errors.isEmpty()) {
            return refused(errors, lang, out, err);
        }

        List<FileDiff> diffs = new ArrayList<>();
        try (Ticker ignored = new Ticker(err, lang, "正在评估 " + factsFiles.size() + " 个事实文件",
                "evaluating " + factsFiles.size() + " facts file(s)")) {
            for (Map.Entry<Path, Facts> e : facts.entrySet()) {
                Report a = evaluate(engineBefore, e.getKey(), e.getValue(), before, errors);
                Report b = evaluate(engineAfter, e.getKey(), e.getValue(), after, errors);
                if (a != null && b != null) {
                    diffs.add(new FileDiff(e.getKey(), e.getValue().asOf(), a, b, ReportDiff.between(a, b, engineBefore.rules(), engineAfter.rules()),
                            pinned(e.getValue(), before, after)));
                }
            }
        }
        if (!errors.isEmpty()) {
            return refused(errors, lang, out, err);
        }
        for (FileDiff d : diffs) {
            if (!d.pinned().isEmpty()) {
                err.println(lang.t("注意：" + d.file() + " 自身在 parameters: 下设定了 " + String.join(", ", d.pinned())
                                + "，两侧都以事实文件的取值为准",
                        "note: " + d.file() + " sets " + String.join(", ", d.pinned())
                                + " under parameters: itself; its value wins on both sides"));
            }
        }
        DiffOutput view = new DiffOutput(before, after, engineBefore, engineAfter, diffs);
        if (format == Format.json) {
            out.println(view.toJson());
        } else {
            view.printText(out, lang);
        }
        out.flush();
        boolean changed = diffs.stream().anyMatch(d -> !d.diff().changes().isEmpty() || !d.diff().progress().isEmpty());
        return exitCode && changed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private CompletableFuture<PolicyEngine> start(Side side) {
        ModulesOption o = options(side);
        return Engines.start(o, side.values());
    }

    private ModulesOption options(Side side) {
        ModulesOption o = new ModulesOption();
        o.modules = modules;
        o.folders = side.rules() == null ? List.of() : List.of(side.rules());
        return o;
    }

    /** The side's engine. A parameter file the engine refuses is explained path by path. */
    private PolicyEngine await(CompletableFuture<PolicyEngine> f, Side side, Lang lang) {
        try {
            return Engines.await(f, options(side));
        } catch (InvalidInputException e) {
            if (side.parameterFile() == null) {
                throw e;
            }
            List<String> zh = e.errors().stream().map(x -> side.parameterFile() + ": " + InputErrors.line(x, Lang.zh)).toList();
            List<String> en = e.errors().stream().map(x -> side.parameterFile() + ": " + InputErrors.line(x, Lang.en)).toList();
            throw new CliException(ExitCodes.INPUT, "参数文件未被接受：\n" + String.join("\n", zh),
                    "the parameter file was refused:\n" + String.join("\n", en));
        }
    }

    private static Report evaluate(PolicyEngine engine, Path file, Facts facts, Side side, List<InputError> errors) {
        try {
            return engine.evaluate(facts);
        } catch (InvalidInputException e) {
            // facts that contradict a parameter of one side only (CN-A4's re-acceptance year)
            e.errors().forEach(x -> errors.add(new InputError(file + " (" + side.nameEn() + "): " + x.path(), x.value(),
                    "(" + side.nameZh() + ") " + x.zh(), "(" + side.nameEn() + ") " + x.en())));
            return null;
        }
    }

    /** Parameters both parameter files set that the facts file overrides itself, so the files change nothing there. */
    private static List<String> pinned(Facts facts, Side before, Side after) {
        List<String> out = new ArrayList<>();
        for (String name : facts.parameters().keySet()) {
            if (before.values().containsKey(name) || after.values().containsKey(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static InputError prefixed(Path file, InputError e) {
        return new InputError(file + ": " + e.path(), e.value(), e.zh(), e.en());
    }

    private int refused(List<InputError> errors, Lang lang, PrintWriter out, PrintWriter err) {
        if (format == Format.json) {
            com.fasterxml.jackson.databind.node.ObjectNode root = DiffOutput.JSON.createObjectNode();
            com.fasterxml.jackson.databind.node.ArrayNode es = root.putArray("errors");
            for (InputError e : errors) {
                com.fasterxml.jackson.databind.node.ObjectNode o = es.addObject();
                o.put("path", e.path());
                o.put("value", e.value());
                o.putObject("message").put("zh", e.zh()).put("en", e.en());
            }
            out.println(root.toPrettyString());
            out.flush();
        } else {
            err.println(lang.t("事实未被接受，未作比较：", "The facts were refused; nothing was compared:"));
            InputErrors.print(errors, lang, err);
        }
        return ExitCodes.INPUT;
    }
}
