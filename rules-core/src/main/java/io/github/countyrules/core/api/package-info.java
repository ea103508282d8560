/**
 * What applications use: {@link io.github.countyrules.core.api.PolicyEngine} (built once, shared
 * by threads), {@link io.github.countyrules.core.api.Facts} (read from YAML/JSON or built in Java),
 * and the {@link io.github.countyrules.core.api.Report} of {@link io.github.countyrules.core.api.Decision}s
 * with their reasons.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().build();        // finds the rule modules on the classpath
 * Report report = engine.evaluate(Facts.fromYaml(Path.of("facts.yaml")));
 * for (Decision d : report.decisions()) { ... d.outcome() ... d.reasons() ... }
 * }</pre>
 */
package io.github.countyrules.core.api;
