package io.github.countyrules.core.api;

import java.time.Duration;

/**
 * An evaluation ran past the engine's deadline ({@link PolicyEngine.Builder#deadline}): its
 * sessions were stopped and no report was made. The engine stays usable for the next call.
 */
public final class DeadlineExceededException extends RuntimeException {
    private final Duration deadline;
    private final String module;

    public DeadlineExceededException(Duration deadline, String module) {
        super("评估超过时限 " + seconds(deadline) + "（模块 " + module + "），已停止，未产生报告 / the evaluation ran past its deadline of "
                + seconds(deadline) + " (module " + module + ") and was stopped; no report was made");
        this.deadline = deadline;
        this.module = module;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The deadline that was exceeded. */
    public Duration deadline() {
        return deadline;
    }

    /** The module whose rules were running when the deadline passed. */
    public String module() {
        return module;
    }
}
