/**
 * Internal wiring: reading and validating facts, the shipped division table, parameter tables,
 * module discovery, KIE sessions and report assembly. Not part of the API; may change at any time.
 */
package io.github.countyrules.core.internal;
