package io.github.countyrules.anhui;

/**
 * An application of the year whose AH-E1…E5 criteria are all met: the one fact AH-R1 ranks. Derived
 * with truth maintenance, so it goes away if any criterion turns out unmet or unknown.
 */
public record Eligible(String region, int year) {
}
