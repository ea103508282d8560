package io.github.countyrules.core.model;

/** Three-valued state of a criterion; UNKNOWN means a fact it needs is missing. */
public enum Status {
    MET, NOT_MET, UNKNOWN;

    public static Status of(boolean met) {
        return met ? MET : NOT_MET;
    }
}
