package io.github.countyrules.core.rules;

/** An inclusive range of exact values, such as the 5 %–8 % growth band of GS-T1. */
public record Band(Ratio lower, Ratio upper) {
    public boolean contains(Ratio r) {
        return r.isAtLeast(lower) && upper.isAtLeast(r);
    }

    @Override
    public String toString() {
        return lower.toDecimalString(6) + "-" + upper.toDecimalString(6);
    }
}
