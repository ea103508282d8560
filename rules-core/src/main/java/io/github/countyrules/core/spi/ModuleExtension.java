package io.github.countyrules.core.spi;

/**
 * The Java part of a jurisdiction module, named by {@code extension:} in its descriptor. An
 * implementation must be stateless and thread-safe: one instance serves every evaluation.
 */
public interface ModuleExtension {
    /**
     * Checks the facts of one evaluation against this module's clauses (an indicator catalogue, the
     * order of acceptance steps, dates that a parameter bounds) and reports each problem through
     * {@code check}. Called for every evaluation by an engine that loads the module, with all facts
     * (not only this module's programmes).
     */
    void validate(FactsCheck check);
}
