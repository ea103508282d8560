/**
 * Helpers of the Gansu rules (甘办发〔2018〕8号): the derived facts the quota rules pass between
 * them ({@link io.github.countyrules.gansu.Candidate}, {@link io.github.countyrules.gansu.Round},
 * {@link io.github.countyrules.gansu.Placement}, {@link io.github.countyrules.gansu.Award},
 * {@link io.github.countyrules.gansu.TitleHeld}) and pure functions for what a rule cannot say in
 * one pattern: ranking every candidate of a programme and year at once
 * ({@link io.github.countyrules.gansu.Ranking}) and the exact growth band of 一 "年均增长5%—8%"
 * ({@link io.github.countyrules.gansu.Growth}).
 *
 * <p>Nothing here has state or side effects, so the rules stay independent of the order facts
 * arrive in.
 */
package io.github.countyrules.gansu;
