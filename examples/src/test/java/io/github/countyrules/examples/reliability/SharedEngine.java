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
            // what the report says about the decisions: its input digest differs for other input by
            // design (ReportIdentityTest), e.g. when a fact dated after the as-of date is added
            var json = r.toJsonTree();
            json.remove("inputDigest");
            return json.toPrettyString();
        } catch (InvalidInputException e) {
            // refused by the loaded modules' declarations (checked at evaluation, or by FactSet.build
            // through PolicyEngine.check): refused all the same
            return "INVALID";
        }
    }
}
