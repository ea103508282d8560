/**
 * What rule files use: {@link io.github.countyrules.core.rules.Subject} (a question to decide),
 * {@link io.github.countyrules.core.rules.Reasons} (the builder of a criterion's reason, reading the
 * rule's {@code @id} and {@code @clause}), {@link io.github.countyrules.core.rules.Verdict} (a
 * decision's outcome), {@link io.github.countyrules.core.rules.Context} (the as-of date, calendar and parameters in force),
 * exact {@link io.github.countyrules.core.rules.Ratio}s and small calculations the clauses need.
 *
 * <p>Every class here is immutable and has no side effects, so rule files that use it stay
 * deterministic.
 */
package io.github.countyrules.core.rules;
