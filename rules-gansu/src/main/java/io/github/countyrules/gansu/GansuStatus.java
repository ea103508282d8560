package io.github.countyrules.gansu;

import io.github.countyrules.core.model.DesignationStatus;

/** The designation statuses the gansu module's rules and checks use. */
public final class GansuStatus {
    public static final DesignationStatus APPLIED = DesignationStatus.of("APPLIED");
    public static final DesignationStatus SELECTED = DesignationStatus.of("SELECTED");
    public static final DesignationStatus AWARDED = DesignationStatus.of("AWARDED");

    private GansuStatus() {
    }
}
