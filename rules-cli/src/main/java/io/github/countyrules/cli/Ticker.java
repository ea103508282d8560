package io.github.countyrules.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Says on stderr that a long evaluation is still running, so a nationwide facts file does not
 * look like a hang. Quiet when the work ends within the first {@code after}; stdout is never
 * touched, so piped JSON stays clean.
 */
final class Ticker implements AutoCloseable {
    static final Duration AFTER = Duration.ofSeconds(1);
    static final Duration EVERY = Duration.ofSeconds(10);

    private final PrintWriter err;
    private final Lang lang;
    private final String zh;
    private final String en;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile boolean spoke;

    Ticker(PrintWriter err, Lang lang, String zh, String en) {
        this(err, lang, zh, en, AFTER, EVERY);
    }

    Ticker(PrintWriter err, Lang lang, String zh, String en, Duration after, Duration every) {
        this.err = err;
        this.lang = lang;
        this.zh = zh;
        this.en = en;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policy-rules-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, after.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        spoke = true;
        String s = seconds();
        synchronized (err) {
            err.println(lang.t(zh + "……已用 " + s + " 秒", en + "… " + s + " s so far"));
            err.flush();
        }
    }

    private String seconds() {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
    }

    /** Whether a progress line was printed. */
    boolean spoke() {
        return spoke;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (spoke) {
            synchronized (err) {
                err.println(lang.t("完成，用时 " + seconds() + " 秒", "done in " + seconds() + " s"));
                err.flush();
            }
        }
    }
}
