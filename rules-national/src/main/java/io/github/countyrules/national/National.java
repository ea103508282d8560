package io.github.countyrules.national;

import io.github.countyrules.core.model.Program;

/**
 * The programmes of the national module (国家创新型县(市)建设与验收 / national innovative counties) as typed constants for
 * Java callers and this module's DRL; the words are those its descriptor
 * ({@code META-INF/county-rules-module.yaml}) declares. Outcomes are in {@link NationalOutcome}, designation
 * statuses in {@link NationalStatus}.
 */
public final class National {
    /** The module's name, as {@code PolicyEngine.builder().modules(...)} takes it. */
    public static final String MODULE = "national";

    /** 国家创新型县(市). */
    public static final Program INNOVATIVE_COUNTY = Program.of("NATIONAL_INNOVATIVE_COUNTY");

    private National() {
    }
}
