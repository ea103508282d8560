package io.github.countyrules.examples;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.model.Application;
import io.github.countyrules.core.model.Attestation;
import io.github.countyrules.core.model.AttestationKey;
import io.github.countyrules.core.model.Grade;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.MonitoringResult;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.ningxia.Ningxia;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Facts built in Java rather than read from a file: a Ningxia county (永宁县, 640121) applies to
 * become a 自治区创新型县(区) in 2025. Shows the builder, a what-if on a variant of the facts, and
 * how refused input looks. The numbers are made up for the example.
 *
 * <pre>mvn -B -q -pl examples exec:java -Dexec.mainClass=io.github.countyrules.examples.BuildFactsInJava</pre>
 */
public final class BuildFactsInJava {
    private static final String COUNTY = "640121";
    private static final String SAMPLE = "sample value, not official";

    private BuildFactsInJava() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // Only the Ningxia rules matter here; the shipped division table already knows 640121.
        PolicyEngine engine = PolicyEngine.builder().modules("ningxia").build();

        LocalDate asOf = LocalDate.of(2025, 6, 30);
        Facts.Builder b = Facts.builder().asOf(asOf)
                // three yearly scores, each higher than the last, class B: "近3年持续提升", "B类以上"
                .add(monitoring(2022, Grade.B, "58.0", LocalDate.of(2023, 6, 20)))
                .add(monitoring(2023, Grade.B, "61.5", LocalDate.of(2024, 6, 15)))
                .add(monitoring(2024, Grade.B, "63.2", LocalDate.of(2025, 6, 15)))
                .add(new Application(COUNTY, Ningxia.INNOVATIVE_COUNTY, 2025, LocalDate.of(2025, 3, 10),
                        null, null, SAMPLE));
        // the qualitative criteria are findings of the reviewing authority, not computed
        for (AttestationKey key : new AttestationKey[]{Ningxia.PARTY_GOVT_PRIORITY,
                Ningxia.TYPICAL_EXPERIENCE, Ningxia.PLAN_FEASIBLE}) {
            b.add(new Attestation(COUNTY, Ningxia.INNOVATIVE_COUNTY, key, true, LocalDate.of(2025, 4, 1), SAMPLE));
        }
        Facts facts = b.build();                         // validates; throws InvalidInputException if not
        print("永宁县申报 2025 / 640121 applies for 2025", engine.evaluate(facts), out);

        // What if the 2024 result had been class C? Facts are immutable values: build a variant
        // from the same facts with that one result replaced.
        Facts.Builder whatIf = Facts.builder().asOf(asOf);
        facts.monitoring().stream().filter(m -> m.year() != 2024).forEach(whatIf::add);
        whatIf.add(monitoring(2024, Grade.C, "57.0", LocalDate.of(2025, 6, 15)));
        facts.applications().forEach(whatIf::add);
        facts.attestations().forEach(whatIf::add);
        print("若2024年为C类 / if 2024 were class C", engine.evaluate(whatIf.build()), out);

        // Bad input: a region code nobody knows, and no as-of date. Every problem is reported.
        try {
            Facts.builder().add(new Application("649999", Ningxia.INNOVATIVE_COUNTY, 2025,
                    LocalDate.of(2025, 3, 10), null, null, null)).build();
        } catch (InvalidInputException e) {
            out.println();
            out.println("输入有误 / refused input:");
            e.errors().forEach(err -> out.println("  " + err.path() + ": " + err.zh() + " / " + err.en()));
        }
    }

    private static MonitoringResult monitoring(int year, Grade grade, String score, LocalDate published) {
        return new MonitoringResult(COUNTY, year, grade, new BigDecimal(score), null, null, published, SAMPLE);
    }

    private static void print(String title, Report report, PrintStream out) {
        out.println();
        out.println(title);
        Optional<Decision> d = report.decision(COUNTY, Ningxia.INNOVATIVE_COUNTY, Kind.ELIGIBILITY, 2025);
        if (d.isEmpty()) {
            out.println("  (no eligibility decision: the Ningxia module has no such rules yet)");
            return;
        }
        out.println("  → " + d.get().outcome());
        for (Reason r : d.get().reasons()) {
            out.println("    " + r.rule() + " " + r.status() + ": " + r.zh() + " / " + r.en());
        }
    }
}
