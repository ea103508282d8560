package io.github.countyrules.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.github.countyrules.core.api.PolicyEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code policy-rules}: evaluate facts, run scenarios, list the rules (FACTS-FORMAT.md, "Command
 * line"; docs/cli.md). Exit codes: 0 done, 1 scenarios failed, 2 input refused or usage error,
 * 3 anything else.
 */
@Command(name = "policy-rules",
        mixinStandardHelpOptions = true,
        versionProvider = PolicyRules.Version.class,
        scope = ScopeType.INHERIT,
        sortOptions = false,
        usageHelpAutoWidth = true,
        subcommands = {EvaluateCommand.class, TestCommand.class, ValidateCommand.class, RulesCommand.class, DiffCommand.class,
                RulebookCommand.class, ExplainCommand.class},
        description = {
                "County innovation policies as executable, explainable rules.",
                "县域创新政策的可执行、可解释规则。"},
        footer = {"", "Exit codes / 退出码: 0 ok, 1 scenarios failed, rule files with problems or (diff --exit-code) changes, 2 input or usage error, 3 other failure.",
                "Docs / 文档: docs/cli.md"})
public final class PolicyRules implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces and engine logs / 出错时显示堆栈并输出引擎日志")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: evaluate, test, validate, rules, diff or rulebook / 缺少子命令：evaluate、test、validate、rules、diff 或 rulebook");
    }

    public static void main(String[] args) {
        // the platform default may be GBK or ASCII; the reports are Chinese, so bytes out are always UTF-8
        PrintStream stdout = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(stdout);
        System.setErr(stderr);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(out, err, args);
        } catch (Throwable e) {
            // last resort (an Error outside picocli's handling): one line, never a trace
            err.println("policy-rules: " + Failures.oneLine(e));
            code = ExitCodes.SOFTWARE;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with these writers and returns the exit code; used by main and by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new PolicyRules());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new Failures());
        cmd.setExecutionStrategy(pr -> {
            if (!Failures.debug(pr)) {
                return new CommandLine.RunLast().execute(pr);
            }
            Level before = rootLevel(Level.INFO);
            try {
                return new CommandLine.RunLast().execute(pr);
            } finally {
                rootLevel(before);
            }
        });
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Sets the root log level and returns the previous one. With --debug the engine's own INFO logs
     * help; normally logback.xml keeps it to warnings. Restored afterwards, for callers that run
     * several commands in one JVM.
     */
    private static Level rootLevel(Level level) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
            Level before = root.getLevel();
            root.setLevel(level);
            return before;
        }
        return level;
    }

    /** "policy-rules 0.1.0", the Java running it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{
                    "policy-rules " + PolicyEngine.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** Turns an exception escaping a command into one line on stderr and exit code 3 (2 for a {@link CliException}). */
    static final class Failures implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult pr) {
            Lang lang = cl.getCommand() instanceof LangAware a && a.lang() != null ? a.lang() : Lang.zh;
            PrintWriter err = cl.getErr();
            boolean debug = debug(pr);
            if (debug) {
                ex.printStackTrace(err);
            }
            if (ex instanceof CliException c) {
                err.println("policy-rules: " + c.message(lang));
                err.flush();
                return c.exitCode();
            }
            err.println("policy-rules: " + lang.t("出错：", "error: ") + oneLine(ex)
                    + (debug ? "" : lang.t("（加 --debug 可查看详情）", " (run with --debug for details)")));
            err.flush();
            return ExitCodes.SOFTWARE;
        }

        static boolean debug(ParseResult pr) {
            for (ParseResult p = pr; p != null; p = p.subcommand()) {
                if (p.hasMatchedOption("--debug")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The innermost useful message on one line: a reader needs what failed, not where. Core
         * messages put the detail on the lines after a heading, so a few lines are joined.
         */
        static String oneLine(Throwable e) {
            Throwable t = e;
            while ((t instanceof java.util.concurrent.CompletionException
                    || t instanceof java.util.concurrent.ExecutionException
                    || t instanceof java.io.UncheckedIOException
                    || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
                t = t.getCause();
            }
            String m = t.getMessage();
            if (m == null || m.isBlank()) {
                return t.getClass().getSimpleName();
            }
            String first = String.join(" ", m.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                    .limit(4).toList());
            if (first.length() > 400) {
                first = first.substring(0, 400) + "…";
            }
            // these carry sentences; the others (NoSuchFileException: /x) need their name to make sense
            boolean plain = t.getClass() == RuntimeException.class || t instanceof IllegalStateException
                    || t instanceof IllegalArgumentException || t instanceof io.github.countyrules.core.api.DeadlineExceededException;
            // messages may quote a rule folder's text: its control characters never reach the terminal raw
            return io.github.countyrules.core.internal.ControlChars.escape(plain ? first : t.getClass().getSimpleName() + ": " + first);
        }
    }
}
