/** JMH benchmarks, the seeded nationwide data set, and the plain-Java baseline. */
package io.github.countyrules.benchmarks;
