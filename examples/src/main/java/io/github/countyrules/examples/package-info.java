/** Small programs that use the public API exactly as an application would. */
package io.github.countyrules.examples;
