package io.github.countyrules.cli;

import io.github.countyrules.core.api.PolicyEngine;

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

    /** Starts building an engine of {@code modules} (all on the class path when empty). */
    static CompletableFuture<PolicyEngine> start(List<String> modules) {
        // the class loader that loaded the CLI: a plain thread's context loader may not see the
        // rule modules when the command runs inside another program (a test, exec:java)
        ClassLoader cl = Engines.class.getClassLoader();
        CompletableFuture<PolicyEngine> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(PolicyEngine.builder().classLoader(cl).modules(modules).build());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "policy-rules-engine");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /** The engine, or the reason it could not be built: a module that is not there is the user's mistake. */
    static PolicyEngine await(CompletableFuture<PolicyEngine> f, List<String> modules) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof IllegalArgumentException && !modules.isEmpty()) {
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
    static PolicyEngine build(List<String> modules) {
        return await(start(modules), modules);
    }
}
