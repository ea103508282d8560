/**
 * What a jurisdiction module may implement in Java, beyond what its descriptor
 * ({@code META-INF/county-rules-module.yaml}) declares: checks of facts that need code.
 *
 * <p>A module names its {@link io.github.countyrules.core.spi.ModuleExtension} class under
 * {@code extension:} in its descriptor; the engine instantiates it once when the module is loaded
 * (public no-argument constructor) and calls it for every evaluation, after the generic checks and
 * before any rule runs. Problems it reports are input errors: the evaluation throws
 * {@link io.github.countyrules.core.api.InvalidInputException} listing all of them.
 */
package io.github.countyrules.core.spi;
