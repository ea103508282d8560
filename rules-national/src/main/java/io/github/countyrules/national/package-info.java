/**
 * Helpers of the national rules (科技部 创新型县(市)): derived facts the rules classify with
 * ({@link io.github.countyrules.national.AcceptanceRound}, {@link io.github.countyrules.national.Candidate},
 * {@link io.github.countyrules.national.PassedOn}) and pure functions for dates and wording
 * ({@link io.github.countyrules.national.NationalTerms}). The rules themselves are the DRL files
 * next to {@code parameters.yaml} in this package's resource folder.
 */
package io.github.countyrules.national;
