package io.github.countyrules.spring;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.ReloadResult;
import io.github.countyrules.core.api.Report;

import java.time.Duration;

/**
 * Told about every evaluation and reload that goes through {@link CountyRulesService}: the
 * starter's metrics and decision log are listeners; an application may add its own beans.
 */
public interface EvaluationListener {
    /**
     * An evaluation finished: {@code report} is null when it failed, and holds the input errors
     * when the facts were refused.
     */
    default void evaluated(Facts facts, String inputDigest, Report report, Duration took, Throwable failure) {
    }

    /** A reload finished ({@code trigger}: "startup", "api", "file-change", …). */
    default void reloaded(ReloadResult result, String trigger) {
    }
}
