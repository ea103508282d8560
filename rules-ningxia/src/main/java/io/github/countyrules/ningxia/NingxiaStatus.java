package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.DesignationStatus;

/** The designation statuses the ningxia module's rules and checks use. */
public final class NingxiaStatus {
    public static final DesignationStatus APPLIED = DesignationStatus.of("APPLIED");
    public static final DesignationStatus SELECTED = DesignationStatus.of("SELECTED");
    public static final DesignationStatus UNDER_CONSTRUCTION = DesignationStatus.of("UNDER_CONSTRUCTION");
    public static final DesignationStatus APPROVED = DesignationStatus.of("APPROVED");
    public static final DesignationStatus DISQUALIFIED = DesignationStatus.of("DISQUALIFIED");
    public static final DesignationStatus TITLE_REVOKED = DesignationStatus.of("TITLE_REVOKED");
    public static final DesignationStatus PASSED = DesignationStatus.of("PASSED");
    public static final DesignationStatus RECTIFICATION = DesignationStatus.of("RECTIFICATION");

    private NingxiaStatus() {
    }
}
