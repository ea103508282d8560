package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.OutcomeInfo;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The outcomes core's own code produces may be given for the kinds core's own code can give them. */
class GenericOutcomesTest {
    private static OutcomeInfo generic(Outcome o) {
        return VocabularyBuilder.GENERIC.stream().filter(i -> i.outcome().equals(o)).findFirst().orElseThrow();
    }

    @Test
    void undeterminedIsAnOutcomeOfEveryKindButAlerts() {
        // Verdict.allMustHold gives UNDETERMINED for a question of any kind, e.g. a ranking (QUOTA) that
        // waits for a missing score; an alert is raised or not
        assertEquals(EnumSet.complementOf(EnumSet.of(Kind.ALERT)), EnumSet.copyOf(generic(Outcome.UNDETERMINED).kinds()));
    }

    @Test
    void theOtherGenericOutcomesKeepTheirKinds() {
        assertEquals(EnumSet.of(Kind.ELIGIBILITY), EnumSet.copyOf(generic(Outcome.ELIGIBLE).kinds()));
        assertEquals(EnumSet.of(Kind.ELIGIBILITY), EnumSet.copyOf(generic(Outcome.INELIGIBLE).kinds()));
        assertEquals(EnumSet.of(Kind.ELIGIBILITY, Kind.QUOTA), EnumSet.copyOf(generic(Outcome.NOT_APPLICABLE).kinds()));
        assertEquals(List.of("core"), generic(Outcome.UNDETERMINED).modules());
    }
}
