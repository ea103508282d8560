package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.Outcome;

/** The outcomes the ningxia module's rules produce besides core's generic ones ({@link Outcome#ELIGIBLE}, {@link Outcome#INELIGIBLE},
 * {@link Outcome#NOT_APPLICABLE}, {@link Outcome#UNDETERMINED}), as its descriptor declares them. */
public final class NingxiaOutcome {
    public static final Outcome APPROVED = Outcome.of("APPROVED");
    public static final Outcome DISQUALIFIED = Outcome.of("DISQUALIFIED");
    public static final Outcome NOTICE_TOO_SHORT = Outcome.of("NOTICE_TOO_SHORT");
    public static final Outcome NOT_APPROVED = Outcome.of("NOT_APPROVED");
    public static final Outcome REPORT_OVERDUE = Outcome.of("REPORT_OVERDUE");
    public static final Outcome TITLE_REVOKED = Outcome.of("TITLE_REVOKED");
    public static final Outcome UNDER_CONSTRUCTION = Outcome.of("UNDER_CONSTRUCTION");

    private NingxiaOutcome() {
    }
}
