package io.github.countyrules.cli;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code policy-rules validate DIR}: checks a folder of rule files the way {@code --rules DIR}
 * would load it, so an edited threshold or rule is checked before anyone evaluates with it.
 */
@Command(name = "validate", sortOptions = false,
        description = {"Check the DRL files and parameter table in each DIR; print file:line:column: message per problem.",
                "检查目录中的 DRL 规则文件和参数表；每个问题输出一行 文件:行:列: 说明。"},
        footer = {"", "Exit codes / 退出码: 0 no problems / 没有问题; 1 problems found / 发现问题; 3 other failure / 其他故障."})
final class ValidateCommand implements Callable<Integer>, LangAware {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Rule folders / 规则目录")
    List<Path> folders = new ArrayList<>();

    @Mixin
    LangOption langOption;

    @Override
    public Lang lang() {
        return langOption == null ? Lang.zh : langOption.lang;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lang lang = lang();
        List<RuleProblem> problems = new ArrayList<>();
        try (Ticker ignored = new Ticker(spec.commandLine().getErr(), lang, "正在编译规则文件", "compiling the rule files")) {
            for (Path folder : folders) {
                problems.addAll(PolicyEngine.validate(folder));
            }
        }
        if (!problems.isEmpty()) {
            out.println(Engines.problems(problems.stream().sorted().toList(), lang));
        }
        out.println(lang.t(folders.size() + " 个目录，" + problems.size() + " 处问题",
                folders.size() + " folder(s), " + problems.size() + " problem(s)"));
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
