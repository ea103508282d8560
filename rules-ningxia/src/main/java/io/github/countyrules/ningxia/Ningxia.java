package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.AttestationKey;
import io.github.countyrules.core.model.Program;

/**
 * The programmes and attestation keys of the ningxia module (宁夏自治区创新发展市和创新型县(区) / Ningxia innovative cities and counties) as typed constants for
 * Java callers and this module's DRL; the words are those its descriptor
 * ({@code META-INF/county-rules-module.yaml}) declares. Outcomes are in {@link NingxiaOutcome}, designation
 * statuses in {@link NingxiaStatus}.
 */
public final class Ningxia {
    /** The module's name, as {@code PolicyEngine.builder().modules(...)} takes it. */
    public static final String MODULE = "ningxia";

    /** 自治区创新型县(区). */
    public static final Program INNOVATIVE_COUNTY = Program.of("NINGXIA_INNOVATIVE_COUNTY");

    /** 自治区创新发展市. */
    public static final Program INNOVATIVE_CITY = Program.of("NINGXIA_INNOVATIVE_CITY");

    /** 国家创新型县(市), declared by the national module; read by NX-X1 and NX-M2b. */
    public static final Program NATIONAL_INNOVATIVE_COUNTY = Program.of("NATIONAL_INNOVATIVE_COUNTY");

    public static final AttestationKey PARTY_GOVT_PRIORITY = AttestationKey.of("PARTY_GOVT_PRIORITY");
    public static final AttestationKey POLICIES_ISSUED = AttestationKey.of("POLICIES_ISSUED");
    public static final AttestationKey TYPICAL_EXPERIENCE = AttestationKey.of("TYPICAL_EXPERIENCE");
    public static final AttestationKey PLAN_FEASIBLE = AttestationKey.of("PLAN_FEASIBLE");

    private Ningxia() {
    }
}
