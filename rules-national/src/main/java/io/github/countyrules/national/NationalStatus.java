package io.github.countyrules.national;

import io.github.countyrules.core.model.DesignationStatus;

/** The designation statuses the national module's rules and checks use. */
public final class NationalStatus {
    public static final DesignationStatus APPLIED = DesignationStatus.of("APPLIED");
    public static final DesignationStatus SELECTED = DesignationStatus.of("SELECTED");
    public static final DesignationStatus UNDER_CONSTRUCTION = DesignationStatus.of("UNDER_CONSTRUCTION");
    public static final DesignationStatus RECTIFICATION = DesignationStatus.of("RECTIFICATION");
    public static final DesignationStatus PASSED = DesignationStatus.of("PASSED");
    public static final DesignationStatus CANCELLED = DesignationStatus.of("CANCELLED");

    private NationalStatus() {
    }
}
