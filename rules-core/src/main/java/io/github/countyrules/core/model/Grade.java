package io.github.countyrules.core.model;

/** Monitoring class of 县域科技创新能力监测评价; A is best (A &gt; B &gt; C &gt; D). */
public enum Grade {
    A, B, C, D;

    /** True when this class is {@code bar} or better: "B类以上(含B类)" is {@code atLeast(B)}. */
    public boolean atLeast(Grade bar) {
        return ordinal() <= bar.ordinal();
    }
}
