package io.github.countyrules.core.api;

/** A rule id of the policy specification that a module declares it implements ({@code specIds:}), with its clause. */
public record SpecRule(String id, String module, String clause) {
}
