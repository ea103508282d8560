package io.github.countyrules.examples.reliability;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;

import java.util.function.Supplier;

/** One engine with every shipped module, built once for all reliability tests of this JVM. */
final class SharedEngine {
    static final PolicyEngine ENGINE = PolicyEngine.builder().build();

    private SharedEngine() {
    }

    /**
     * The report's JSON, or "INVALID" for facts refused (the errors' paths name list positions, and
     * which of two duplicates is reported depends on the order). Anything else thrown propagates.
     */
    static String outcome(PolicyEngine engine, Supplier<Facts> facts) {
        Facts f;
        try {
            f = facts.get();
        } catch (InvalidInputException e) {
            return "INVALID";
        }
        try {
            Report r = engine.evaluate(f);
            return r.toJson();
        } catch (InvalidInputException e) {
            return "INVALID at evaluation";
        }
    }
}
