package io.github.countyrules.gansu;

import io.github.countyrules.core.model.Program;

/**
 * The programmes of the gansu module (甘肃省推进县域创新驱动发展 / Gansu county innovation) as typed constants for
 * Java callers and this module's DRL; the words are those its descriptor
 * ({@code META-INF/county-rules-module.yaml}) declares. Outcomes are in {@link GansuOutcome}, designation
 * statuses in {@link GansuStatus}.
 */
public final class Gansu {
    /** The module's name, as {@code PolicyEngine.builder().modules(...)} takes it. */
    public static final String MODULE = "gansu";

    /** 甘肃省创新型县(市). */
    public static final Program INNOVATIVE_COUNTY = Program.of("GANSU_INNOVATIVE_COUNTY");

    /** 甘肃省创新型乡镇. */
    public static final Program INNOVATIVE_TOWN = Program.of("GANSU_INNOVATIVE_TOWN");

    /** 甘肃省科技园区. */
    public static final Program TECH_PARK = Program.of("GANSU_TECH_PARK");

    private Gansu() {
    }
}
