package io.github.countyrules.cli;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.api.RuleRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** {@code policy-rules evaluate FACTS}: the report of one facts file. */
@Command(name = "evaluate", sortOptions = false,
        description = {"Evaluate a facts file (YAML or JSON) and print the report.",
                "评估一个事实文件(YAML 或 JSON)并输出报告。"},
        footer = {"", "Exit codes / 退出码: 0 evaluated / 已评估; 2 input errors / 输入有误; 3 other failure / 其他故障."})
final class EvaluateCommand implements Callable<Integer>, LangAware {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FACTS", description = "Facts file / 事实文件")
    Path factsFile;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people (default), json = the report of FACTS-FORMAT.md / text 供人阅读(默认)，json 为标准报告格式")
    Format format = Format.text;

    @Option(names = "--region", paramLabel = "CODE",
            description = "Only this region's decisions (the rest of the report as is) / 只列出该地区的决定(报告其余部分不变)")
    String region;

    @Option(names = "--scope", paramLabel = "64,62", split = ",",
            description = "Judge only these provinces (two-digit codes), as scope: in a facts file / 只评判这些省份(两位代码)，同事实文件中的 scope:")
    List<String> scope;

    @Mixin
    LangOption langOption;

    @Mixin
    ModulesOption modulesOption;

    @Override
    public Lang lang() {
        return langOption == null ? Lang.zh : langOption.lang;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = lang();
        CompletableFuture<PolicyEngine> building = Engines.start(modulesOption);

        Facts facts = null;
        List<InputError> errors = null;
        // a large YAML file takes longer to read than to evaluate (154,000 facts: some 6 s against 2 s)
        try (Ticker ignored = new Ticker(err, lang, "正在读取 " + factsFile, "reading " + factsFile)) {
            facts = Facts.fromYaml(factsFile);
            if (scope != null && !scope.isEmpty()) {
                facts = facts.toBuilder().scope(scope.stream().map(String::trim).toList()).build();
            }
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
        // built even when the facts were refused: the error report names the rule set it would have used
        PolicyEngine engine = Engines.await(building, modulesOption);
        Report report = null;
        if (errors == null) {
            try (Ticker ignored = new Ticker(err, lang, "正在评估 " + factsFile, "evaluating " + factsFile)) {
                report = engine.evaluate(facts);
            } catch (InvalidInputException e) {
                errors = e.errors();
            }
        }
        if (errors != null) {
            LocalDate asOf = facts == null ? null : facts.asOf();
            if (format == Format.json) {
                out.println(Report.ofErrors(asOf, engine.ruleSetInfo(), errors).toJson());
            } else {
                err.println(lang.t("事实文件 " + factsFile + " 未被接受，未作评估：",
                        "The facts in " + factsFile + " were refused; nothing was evaluated:"));
                InputErrors.print(errors, lang, err);
            }
            out.flush();
            return ExitCodes.INPUT;
        }
        if (region != null) {
            if (report.decisionsFor(region).isEmpty() && facts.region(region) == null) {
                throw new CliException(ExitCodes.INPUT, "--region " + region + "：事实文件和行政区划表中都没有这个地区代码(应为 6 位代码，如 640105)",
                        "--region " + region + ": no region with this code in the facts or the division table (expected a 6-digit code such as 640105)");
            }
            report = report.forRegion(region);
        }
        if (format == Format.json) {
            out.println(report.toJson());
        } else {
            TextReport.print(report, engine.moduleInfos(), RuleRole.lookup(engine.rules()), lang, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
