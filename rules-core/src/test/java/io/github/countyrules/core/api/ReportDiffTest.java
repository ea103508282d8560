package io.github.countyrules.core.api;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.rules.Subject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

class ReportDiffTest {
    private static Decision d(String region, Outcome o, String rule, Status st) {
        Subject s = Subject.of(region, Program.of("NINGXIA_INNOVATIVE_COUNTY"), Kind.ELIGIBILITY, 2024);
        Reason r = new Reason(s, rule, "c", st, new TreeMap<>(Map.of("f", "1")), new TreeMap<>(), List.of(), "z", "e");
        return new Decision(region, null, Program.of("NINGXIA_INNOVATIVE_COUNTY"), Kind.ELIGIBILITY, 2024, o, List.of(r));
    }

    private static Report report(Decision... ds) {
        return new Report(LocalDate.of(2025, 1, 1), new RuleSetInfo(List.of("ningxia"), "0", "sha256:x"), new TreeMap<>(),
                List.of(), List.of(ds), List.of(), List.of());
    }

    @Test
    void lists_exactly_the_decisions_that_change_with_a_count_per_rule() {
        Report before = report(d("640121", Outcome.ELIGIBLE, "NX-C2b", Status.MET), d("640122", Outcome.ELIGIBLE, "NX-C2b", Status.MET),
                d("640181", Outcome.INELIGIBLE, "NX-C1", Status.NOT_MET));
        Report after = report(d("640121", Outcome.ELIGIBLE, "NX-C2b", Status.MET), d("640122", Outcome.INELIGIBLE, "NX-C2b", Status.NOT_MET),
                d("640205", Outcome.ELIGIBLE, "NX-C2b", Status.MET));
        ReportDiff diff = ReportDiff.between(before, after);
        // outcome changes first, then decisions added, then removed (ReportDiff.SORTS)
        assertEquals(List.of("640122:outcome", "640205:added", "640181:removed"),
                diff.changes().stream().map(c -> c.key().region() + ":" + c.what()).toList());
        assertEquals(2, diff.perRule().get("NX-C2b"));
        assertEquals(1, diff.perRule().get("NX-C1"));
        assertTrue(ReportDiff.between(before, before).isEmpty());
    }
}
