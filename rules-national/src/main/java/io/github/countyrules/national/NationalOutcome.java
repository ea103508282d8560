package io.github.countyrules.national;

import io.github.countyrules.core.model.Outcome;

/** The outcomes the national module's rules produce besides core's generic ones ({@link Outcome#ELIGIBLE}, {@link Outcome#INELIGIBLE},
 * {@link Outcome#NOT_APPLICABLE}, {@link Outcome#UNDETERMINED}), as its descriptor declares them. */
public final class NationalOutcome {
    public static final Outcome ACCEPTANCE_DUE = Outcome.of("ACCEPTANCE_DUE");
    public static final Outcome CANCELLED = Outcome.of("CANCELLED");
    public static final Outcome COVERAGE_GAP = Outcome.of("COVERAGE_GAP");
    public static final Outcome EVALUATION_DUE = Outcome.of("EVALUATION_DUE");
    public static final Outcome IN_PROGRESS = Outcome.of("IN_PROGRESS");
    public static final Outcome PASSED = Outcome.of("PASSED");
    public static final Outcome QUOTA_EXCEEDED = Outcome.of("QUOTA_EXCEEDED");
    public static final Outcome RECTIFICATION = Outcome.of("RECTIFICATION");
    public static final Outcome UNDER_CONSTRUCTION = Outcome.of("UNDER_CONSTRUCTION");
    public static final Outcome WORK_PLAN_MISSING = Outcome.of("WORK_PLAN_MISSING");

    private NationalOutcome() {
    }
}
