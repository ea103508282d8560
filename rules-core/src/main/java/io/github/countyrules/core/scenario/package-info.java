/**
 * Scenarios (FACTS-FORMAT.md, "Scenario file"): facts in, expected decisions or input errors out.
 * {@link io.github.countyrules.core.scenario.Scenarios} reads files and folders,
 * {@link io.github.countyrules.core.scenario.ScenarioRunner} checks them against an engine, and
 * {@link io.github.countyrules.core.scenario.ScenarioTests} turns them into JUnit 5 dynamic tests.
 */
package io.github.countyrules.core.scenario;
