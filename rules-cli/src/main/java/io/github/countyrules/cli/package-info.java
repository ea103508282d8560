/** The {@code policy-rules} command line. */
package io.github.countyrules.cli;
