package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.model.*;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The program whose start-up {@link StartupComparison} times, run in a fresh JVM each time: it
 * builds an engine with every module, either precompiled from the class path
 * ({@code precompiled}) or compiled from DRL folders ({@code drl DIR...}, one per module, each
 * replacing the module of its name), evaluates one county and prints
 * {@code FIRST_DECISION <ms since JVM start> <decisions>}. The facts are built in code, so both
 * ways do the same work apart from the rules.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        PolicyEngine.Builder b = PolicyEngine.builder();
        if (args.length > 0 && args[0].equals("drl")) {
            for (int i = 1; i < args.length; i++) {
                b.rulesFrom(Path.of(args[i]));
            }
        } else if (args.length == 0 || !args[0].equals("precompiled")) {
            System.err.println("usage: StartupProbe precompiled | drl DIR...");
            System.exit(2);
        }
        PolicyEngine engine = b.build();
        Report r = engine.evaluate(oneCounty());
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String outcome = r.decision("640105", Program.of("NINGXIA_INNOVATIVE_COUNTY"), Kind.ELIGIBILITY)
                .map(d -> d.outcome().name()).orElse("none");
        System.out.println("FIRST_DECISION " + sinceStart + " " + r.decisions().size() + " " + outcome);
    }

    /** A Ningxia county applying in 2025 with three years of results and the authority's findings. */
    static Facts oneCounty() {
        String c = "640105";
        Program p = Program.of("NINGXIA_INNOVATIVE_COUNTY");
        Facts.Builder b = Facts.builder().asOf(LocalDate.of(2025, 9, 30));
        b.add(new MonitoringResult(c, 2022, Grade.B, new BigDecimal("61.5"), 5, 12, LocalDate.of(2023, 6, 15), null));
        b.add(new MonitoringResult(c, 2023, Grade.B, new BigDecimal("63.2"), 4, 12, LocalDate.of(2024, 6, 15), null));
        b.add(new MonitoringResult(c, 2024, Grade.A, new BigDecimal("70.4"), 2, 12, LocalDate.of(2025, 6, 15), null));
        b.add(new Application(c, p, 2025, LocalDate.of(2025, 3, 10), null, null, null));
        for (AttestationKey k : new AttestationKey[]{AttestationKey.of("PARTY_GOVT_PRIORITY"), AttestationKey.of("TYPICAL_EXPERIENCE"),
                AttestationKey.of("PLAN_FEASIBLE")}) {
            b.add(new Attestation(c, p, k, true, LocalDate.of(2025, 4, 1), null));
        }
        return b.build();
    }
}
