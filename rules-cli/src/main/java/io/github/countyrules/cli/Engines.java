package io.github.countyrules.cli;

import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.RuleLoadException;
import io.github.countyrules.core.api.RuleProblem;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Builds the engine for a command. Loading the knowledge bases is most of a run's start-up, so
 * {@link #start} does it on a thread of its own while the command reads its input.
 */
final class Engines {
    private Engines() {
    }

    /** Starts building the engine the options ask for. */
    static CompletableFuture<PolicyEngine> start(ModulesOption o) {
        return start(o, java.util.Map.of());
    }

    /** Starts building the engine the options ask for, with these parameter overrides. */
    static CompletableFuture<PolicyEngine> start(ModulesOption o, java.util.Map<String, Object> parameters) {
        // the class loader that loaded the CLI: a plain thread's context loader may not see the
        // rule modules when the command runs inside another program (a test, exec:java)
        ClassLoader cl = Engines.class.getClassLoader();
        CompletableFuture<PolicyEngine> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                PolicyEngine.Builder b = PolicyEngine.builder().classLoader(cl).modules(o.modules);
                o.folders.forEach(b::rulesFrom);
                b.deadline(o.deadline);
                parameters.forEach(b::parameter);
                f.complete(b.build());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "policy-rules-engine");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /**
     * The engine, or the reason it could not be built: a module that is not there, or rule files
     * from a folder that do not compile, are the user's to fix (exit 2).
     */
    static PolicyEngine await(CompletableFuture<PolicyEngine> f, ModulesOption o) {
        try {
            PolicyEngine engine = f.get();
            Words.learn(engine.vocabulary());
            return engine;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuleLoadException rle) {
                throw new CliException(ExitCodes.INPUT,
                        "--rules 目录中的规则文件有 " + rle.problems().size() + " 处问题：\n" + problems(rle.problems(), Lang.zh),
                        "--rules: " + rle.problems().size() + " problem(s) in the rule files:\n" + problems(rle.problems(), Lang.en));
            }
            // the builder refuses an override with InvalidInputException, a module with "rule module '…'"
            if (cause instanceof IllegalArgumentException && !o.modules.isEmpty()) {
                throw new CliException(ExitCodes.INPUT, "--modules：" + cause.getMessage()
                        + "（可用的模块见 policy-rules rules）",
                        "--modules: " + cause.getMessage());
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Builds an engine now. */
    static PolicyEngine build(ModulesOption o) {
        return await(start(o), o);
    }

    /**
     * {@code file:line:column: message}, one a line in plain words; where the compiler gave its own
     * text, it follows on an indented line as a detail for whoever writes Java.
     */
    static String problems(List<RuleProblem> problems, Lang lang) {
        // problems quote rule files: their control characters are shown escaped, never sent to the terminal
        return String.join("\n", problems.stream().map(p -> io.github.countyrules.core.internal.ControlChars.escape(
                (lang == Lang.zh ? p.toStringZh() : p.toString())
                + (p.detail().isEmpty() ? "" : "\n    " + lang.t("编译器原文：", "compiler said: ") + p.detail()))).toList());
    }
}
