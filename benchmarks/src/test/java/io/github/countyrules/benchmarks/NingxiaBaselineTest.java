package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.PolicyEngine;
import io.github.countyrules.core.model.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain-Java baseline and the per-region sessions decide exactly as the engine does: the same
 * decisions with the same outcomes and the same reasons (rule and status), on the whole data set
 * and on other seeds, so the benchmarks compare like with like.
 */
class NingxiaBaselineTest {
    private static PolicyEngine engine;

    @BeforeAll
    static void build() {
        engine = PolicyEngine.builder().modules("ningxia").build();
    }

    /** A decision as comparable text: region, programme, kind, year, outcome, sorted reasons. */
    static String line(String region, Object program, Object kind, Integer year, Object outcome, List<String> reasons) {
        return region + " " + program + " " + kind + " " + year + " " + outcome + " " + reasons.stream().sorted().toList();
    }

    static List<String> engine(Facts facts) {
        return engine.evaluate(facts).decisions().stream()
                .map(d -> line(d.region(), d.program(), d.kind(), d.year(), d.outcome(),
                        d.reasons().stream().map(r -> r.rule() + ":" + r.status()).toList()))
                .sorted().toList();
    }

    static List<String> lines(List<NingxiaBaseline.Decision> decisions) {
        return decisions.stream()
                .map(d -> line(d.region(), d.program(), d.kind(), d.year(), d.outcome(),
                        d.reasons().stream().map(r -> r.rule() + ":" + r.status()).toList()))
                .sorted().toList();
    }

    @Test
    void decidesTheWholeDataSetAsTheEngine() {
        // Given the nationwide data set, Ningxia rules only
        NationwideDataSet ds = NationwideDataSet.standard();

        // When the engine, the baseline and one session per region evaluate it
        List<String> byEngine = engine(ds.facts());
        List<String> byBaseline = lines(new NingxiaBaseline().evaluate(ds.facts()));
        List<String> bySessions = lines(new PerRegionSessions("ningxia").evaluate(ds.province("64"), ds.decidedRegions("64")));

        // Then all three give the same decisions
        assertTrue(byEngine.size() > 15, "decisions: " + byEngine);
        assertEquals(byEngine, byBaseline);
        assertEquals(byEngine, bySessions);
    }

    @Test
    void decidesOtherSeedsAsTheEngineCoveringEveryNingxiaOutcome() {
        Set<Outcome> seen = new java.util.HashSet<>();
        NingxiaBaseline baseline = new NingxiaBaseline();
        for (long seed : new long[]{NationwideDataSet.DEFAULT_SEED, 1, 2, 3}) {
            // Given a draw of the data set, Ningxia's facts only
            Facts nx = NationwideDataSet.generate(seed, 1).province("64");

            // Then the baseline decides as the engine
            assertEquals(engine(nx), lines(baseline.evaluate(nx)), "seed " + seed);
            engine.evaluate(nx).decisions().stream().map(Decision::outcome).forEach(seen::add);
        }
        // and the comparisons covered every outcome the Ningxia rules give
        Set<Outcome> ningxia = Set.of(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.UNDETERMINED, Outcome.NOT_APPLICABLE,
                Outcome.of("UNDER_CONSTRUCTION"), Outcome.of("APPROVED"), Outcome.of("NOT_APPROVED"), Outcome.of("DISQUALIFIED"), Outcome.of("TITLE_REVOKED"),
                Outcome.of("REPORT_OVERDUE"), Outcome.of("NOTICE_TOO_SHORT"));
        assertEquals(ningxia, seen);
    }
}
