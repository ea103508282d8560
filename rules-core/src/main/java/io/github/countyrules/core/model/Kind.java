package io.github.countyrules.core.model;

/** Kind of a decision (POLICY-SPEC §4). */
public enum Kind {
    ELIGIBILITY, STATUS, QUOTA, FUNDING, TARGET, ALERT
}
