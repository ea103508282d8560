package io.github.countyrules.core.model;

/** Outcomes of decisions, each belonging to one or more kinds (POLICY-SPEC §4). */
public enum Outcome {
    ELIGIBLE(Kind.ELIGIBILITY), INELIGIBLE(Kind.ELIGIBILITY), NOT_APPLICABLE(Kind.ELIGIBILITY, Kind.QUOTA),
    UNDETERMINED(Kind.ELIGIBILITY, Kind.STATUS, Kind.TARGET),
    PASSED(Kind.STATUS), RECTIFICATION(Kind.STATUS), CANCELLED(Kind.STATUS), IN_PROGRESS(Kind.STATUS),
    UNDER_CONSTRUCTION(Kind.STATUS), APPROVED(Kind.STATUS), NOT_APPROVED(Kind.STATUS),
    DISQUALIFIED(Kind.STATUS), TITLE_REVOKED(Kind.STATUS), AWARDED(Kind.STATUS), AWAITING_CONSENT(Kind.STATUS),
    SELECTED(Kind.QUOTA), WAITLISTED(Kind.QUOTA), TIE_AT_QUOTA(Kind.QUOTA),
    SUBSIDY_ELIGIBLE(Kind.FUNDING),
    BELOW_TARGET(Kind.TARGET), ON_TARGET(Kind.TARGET), ABOVE_TARGET(Kind.TARGET), TARGET_NOT_MET(Kind.TARGET),
    REPORT_OVERDUE(Kind.ALERT), NOTICE_TOO_SHORT(Kind.ALERT), ACCEPTANCE_DUE(Kind.ALERT),
    WORK_PLAN_MISSING(Kind.ALERT), EVALUATION_DUE(Kind.ALERT), COVERAGE_GAP(Kind.ALERT),
    OBLIGATION_OUTSTANDING(Kind.ALERT), QUOTA_EXCEEDED(Kind.ALERT), QUOTA_TOLERANCE_USED(Kind.ALERT);

    private final java.util.Set<Kind> kinds;

    Outcome(Kind first, Kind... more) {
        this.kinds = java.util.EnumSet.of(first, more);
    }

    /** True when a decision of {@code kind} may have this outcome. */
    public boolean belongsTo(Kind kind) {
        return kinds.contains(kind);
    }
}
