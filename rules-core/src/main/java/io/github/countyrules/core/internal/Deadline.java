package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.DeadlineExceededException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The deadline of one evaluation. Rules compiled from a folder run on a worker thread the caller
 * waits for at most the deadline: past it the sessions are told to stop firing (an agenda filter
 * reads {@link Token#stopped}), the worker is interrupted, and the caller gets a
 * {@link DeadlineExceededException} at once, even when a consequence never returns (a worker stuck
 * in a loop is abandoned and named in the thread list). Shipped modules run on the caller's thread,
 * with a timer that stops their sessions (their code holds no loop that does not end; the firing cap
 * bounds rules that keep re-activating).
 */
public final class Deadline {
    /** The token of the evaluation running on this thread, read once by the evaluator. */
    private static final ThreadLocal<Token> CURRENT = new ThreadLocal<>();
    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "county-rules-evaluation-" + WORKERS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "county-rules-deadline");
        t.setDaemon(true);
        return t;
    });

    private Deadline() {
    }

    /** Whether an evaluation should stop, and the module it was running. */
    public static final class Token {
        public volatile boolean stopped;
        public volatile String module = "";
        volatile Thread worker;
    }

    /** How long a worker past its deadline gets to notice before it is stopped by force. */
    static final Duration GRACE = Duration.ofMillis(500);

    /**
     * Stops a worker that did not end at the deadline: code looping in a consequence ignores
     * interrupts. {@code Thread.stop} still works on Java 17 (later JDKs refuse it; there the worker
     * stays abandoned and runs on as a daemon thread until it ends).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopByForce(Token t) {
        // under the token's lock: a worker that finished its evaluation in the meantime is never touched
        synchronized (t) {
            Thread w = t.worker;
            if (w != null && w.isAlive()) {
                try {
                    w.stop();
                } catch (UnsupportedOperationException | SecurityException e) {
                    // a JDK without Thread.stop: the worker stays abandoned
                }
            }
        }
    }

    private static final Token NEVER = new Token();

    /** The current evaluation's token (one that never stops outside {@link #run}). */
    public static Token token() {
        Token t = CURRENT.get();
        return t == null ? NEVER : t;
    }

    /**
     * Runs {@code evaluation} within {@code limit}; {@code isolate} runs it on a worker thread, which
     * rules from a folder need (their code may not return).
     */
    public static <T> T run(Supplier<T> evaluation, Duration limit, boolean isolate, List<String> modules) {
        Token token = new Token();
        if (!isolate) {
            ScheduledFuture<?> timer = TIMER.schedule(() -> {
                token.stopped = true;
            }, limit.toNanos(), TimeUnit.NANOSECONDS);
            Token before = CURRENT.get();
            CURRENT.set(token);
            try {
                T result = evaluation.get();
                if (token.stopped) {
                    throw new DeadlineExceededException(limit, name(token, modules));
                }
                return result;
            } catch (RuntimeException e) {
                if (token.stopped) {
                    throw new DeadlineExceededException(limit, name(token, modules));
                }
                throw e;
            } finally {
                timer.cancel(false);
                CURRENT.set(before);
            }
        }
        Future<T> f = POOL.submit(() -> {
            CURRENT.set(token);
            token.worker = Thread.currentThread();
            try {
                return evaluation.get();
            } finally {
                synchronized (token) {
                    token.worker = null;
                }
                CURRENT.remove();
            }
        });
        try {
            T result = f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            if (token.stopped) {
                throw new DeadlineExceededException(limit, name(token, modules));
            }
            return result;
        } catch (TimeoutException e) {
            token.stopped = true;
            f.cancel(true);
            TIMER.schedule(() -> stopByForce(token), GRACE.toMillis(), TimeUnit.MILLISECONDS);
            throw new DeadlineExceededException(limit, name(token, modules));
        } catch (InterruptedException e) {
            token.stopped = true;
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeadlineExceededException(limit, name(token, modules));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (token.stopped) {
                throw new DeadlineExceededException(limit, name(token, modules));
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private static String name(Token t, List<String> modules) {
        return t.module.isEmpty() ? String.join(", ", modules) : t.module;
    }
}
