package io.github.countyrules.cli;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Explanation;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@code policy-rules explain FACTS --region CODE [--program P]}: one region's decisions with every
 * criterion, met or not, and which of them decided the outcome. The logic is
 * {@link PolicyEngine#explain}; this prints it.
 */
@Command(name = "explain", sortOptions = false,
        description = {"Explain one region's decisions: every criterion, met or not, and which decided the outcome.",
                "解释一个地区的决定：列出每一项条件(满足与否)，并指出决定结果的理由。"},
        footer = {"", "Exit codes / 退出码: 0 explained / 已解释; 2 input error (facts, unknown region or programme) / "
                + "输入有误(事实、地区代码或项目不存在); 3 other failure / 其他故障."})
final class ExplainCommand implements Callable<Integer>, LangAware {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FACTS", description = "Facts file / 事实文件")
    Path factsFile;

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "Region code, e.g. 640105 / 地区代码，如 640105")
    String region;

    @Option(names = "--program", paramLabel = "P",
            description = "Only this programme, e.g. NINGXIA_INNOVATIVE_COUNTY / 只看这个项目，如 NINGXIA_INNOVATIVE_COUNTY")
    String program;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json / text(默认)或 json")
    Format format = Format.text;

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
        Facts facts;
        Report report;
        PolicyEngine engine;
        try {
            facts = Facts.fromYaml(factsFile);
            engine = Engines.await(building, modulesOption);
            report = engine.evaluate(facts);
        } catch (InvalidInputException e) {
            err.println(lang.t("事实文件 " + factsFile + " 未被接受，未作解释：", "The facts in " + factsFile + " were refused; nothing was explained:"));
            InputErrors.print(e.errors(), lang, err);
            return ExitCodes.INPUT;
        }
        List<Decision> all = report.decisionsFor(region);
        if (all.isEmpty() && facts.region(region) == null) {
            throw new CliException(ExitCodes.INPUT, "--region " + region + "：事实文件和行政区划表中都没有这个地区代码(应为 6 位代码，如 640105)",
                    "--region " + region + ": no region with this code in the facts or the division table (expected a 6-digit code such as 640105)");
        }
        if (program != null && all.stream().noneMatch(d -> d.program() != null && d.program().name().equals(program))) {
            TreeSet<String> has = new TreeSet<>();
            all.forEach(d -> {
                if (d.program() != null) {
                    has.add(d.program().name());
                }
            });
            throw new CliException(ExitCodes.INPUT, "--program " + program + "：地区 " + region + " 没有这个项目的决定；该地区的项目："
                    + (has.isEmpty() ? "无" : String.join("、", has.stream().map(p -> Labels.code(p) + "(" + p + ")").toList())),
                    "--program " + program + ": region " + region + " has no decision in this programme; its programmes: "
                            + (has.isEmpty() ? "none" : String.join(", ", has)));
        }
        Explanation x = Explanation.of(report, region, program, engine.rules());
        if (format == Format.json) {
            out.println(x.toJson());
        } else {
            print(x, facts, lang, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(Explanation x, Facts facts, Lang lang, PrintWriter out) {
        String name = x.regionName() != null ? x.regionName()
                : facts.region(x.region()) == null ? "" : facts.region(x.region()).name();
        out.println((x.region() + " " + Objects.toString(name, "")).trim() + lang.t(" · 评估日期 ", " · as of ") + x.asOf());
        if (x.decisions().isEmpty()) {
            out.println(lang.t("(这些事实中没有关于该地区的决定)", "(the facts give no decision about this region)"));
            return;
        }
        for (Explanation.Item it : x.decisions()) {
            Decision d = it.decision();
            out.println();
            StringBuilder head = new StringBuilder().append(Words.program(d.program(), lang)).append(" · ").append(Words.kind(d.kind(), lang));
            if (d.year() != null) {
                head.append(" · ").append(d.year()).append(lang.t(" 年", ""));
            }
            head.append(" → ").append(Words.outcome(d.outcome(), lang));
            out.println(head);
            List<Explanation.Criterion> decisive = it.decisive();
            if (decisive.isEmpty()) {
                out.println(lang.t("  决定结果的理由：每项条件都满足，没有触发任何情形", "  decided by: every criterion met, nothing triggered"));
            } else {
                out.println(lang.t("  决定结果的理由：", "  decided by: ") + String.join(lang.t("、", ", "),
                        decisive.stream().map(c -> c.reason().rule() + " " + Words.status(c.role(), c.reason().status(), lang)).toList()));
            }
            out.println(lang.t("  全部 " + it.criteria().size() + " 项理由：", "  all " + it.criteria().size() + " reason(s):"));
            for (Explanation.Criterion c : it.criteria()) {
                TextReport.reason(c.reason(), c.role(), lang, out, (c.decisive() ? "  ▶ " : "  - "), "      ");
            }
        }
    }
}
