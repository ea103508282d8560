package io.github.countyrules.core.model;

/** A region's standing in a programme, as on record. */
public enum DesignationStatus {
    APPLIED, SELECTED, UNDER_CONSTRUCTION, APPROVED, DISQUALIFIED, TITLE_REVOKED,
    PASSED, RECTIFICATION, CANCELLED, AWARDED
}
