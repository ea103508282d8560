package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Outcome;

/** The outcomes the gansu module's rules produce besides core's generic ones ({@link Outcome#ELIGIBLE}, {@link Outcome#INELIGIBLE},
 * {@link Outcome#NOT_APPLICABLE}, {@link Outcome#UNDETERMINED}), as its descriptor declares them. */
public final class GansuOutcome {
    public static final Outcome ABOVE_TARGET = Outcome.of("ABOVE_TARGET");
    public static final Outcome AWAITING_CONSENT = Outcome.of("AWAITING_CONSENT");
    public static final Outcome AWARDED = Outcome.of("AWARDED");
    public static final Outcome BELOW_TARGET = Outcome.of("BELOW_TARGET");
    public static final Outcome OBLIGATION_OUTSTANDING = Outcome.of("OBLIGATION_OUTSTANDING");
    public static final Outcome ON_TARGET = Outcome.of("ON_TARGET");
    public static final Outcome QUOTA_TOLERANCE_USED = Outcome.of("QUOTA_TOLERANCE_USED");
    public static final Outcome SELECTED = Outcome.of("SELECTED");
    public static final Outcome SUBSIDY_ELIGIBLE = Outcome.of("SUBSIDY_ELIGIBLE");
    public static final Outcome TARGET_NOT_MET = Outcome.of("TARGET_NOT_MET");
    public static final Outcome TIE_AT_QUOTA = Outcome.of("TIE_AT_QUOTA");
    public static final Outcome WAITLISTED = Outcome.of("WAITLISTED");

    private GansuOutcome() {
    }
}
