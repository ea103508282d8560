/**
 * The fact model: immutable records for every fact of FACTS-FORMAT.md (regions, monitoring results,
 * designations, applications, attestations, selections, progress reports, indicators, acceptance
 * steps, work plans, evaluations, consents, technology transactions, tech parks, expert stations,
 * commissioner groups, calendar days) and the enumerations they use.
 *
 * <p>Rule files may import this package and {@code io.github.countyrules.core.rules}, nothing else.
 */
package io.github.countyrules.core.model;
