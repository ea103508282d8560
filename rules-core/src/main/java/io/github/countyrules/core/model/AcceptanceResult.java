package io.github.countyrules.core.model;

/** Result of an acceptance: national PASS or LOW_LEVEL (建设水平较低); Ningxia PASS or FAIL. */
public enum AcceptanceResult {
    PASS, LOW_LEVEL, FAIL
}
