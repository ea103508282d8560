package io.github.countyrules.national;

import io.github.countyrules.core.model.AcceptanceResult;
import io.github.countyrules.core.model.AcceptanceStep;
import io.github.countyrules.core.model.AcceptanceStepKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one round of a county's national acceptance stands (CN-A1): the latest step on record, the
 * first of the four steps (报送总结、视频答辩、现场复核、结果认定与公布) not yet on record, and the
 * result once published. Round 1 is the first acceptance, round 2 the re-acceptance after
 * rectification (整改一年后再验收). A derived fact: rules insert it logically, never change it.
 *
 * @param last       the latest step on record in this round
 * @param lastDate   its date
 * @param next       the first step not on record, or null when all four are (the round is complete)
 * @param result     the result, when RESULT_PUBLISHED is on record
 * @param resultDate the date of the result, when on record
 */
public record AcceptanceRound(String region, int round, AcceptanceStepKind last, LocalDate lastDate,
                              AcceptanceStepKind next, AcceptanceResult result, LocalDate resultDate) {

    /**
     * The state of {@code round} for {@code region} from the steps on record at the as-of date.
     * Steps of other regions, programmes or rounds are ignored, so a rule may pass whatever its
     * {@code collect} gathered. The core has already refused steps out of order and a result
     * without its earlier steps, so "first step missing" and "step after the latest" agree except
     * where an intermediate step is missing; then the missing one is named, being the one to record.
     */
    public static AcceptanceRound of(String region, int round, Collection<?> steps) {
        Objects.requireNonNull(region, "region");
        Map<AcceptanceStepKind, AcceptanceStep> byKind = new EnumMap<>(AcceptanceStepKind.class);
        for (Object o : steps) {
            if (o instanceof AcceptanceStep s && s.region().equals(region) && s.round() == round) {
                byKind.putIfAbsent(s.step(), s);
            }
        }
        if (byKind.isEmpty()) {
            throw new IllegalArgumentException("no acceptance step of round " + round + " for " + region);
        }
        AcceptanceStepKind next = null;
        for (AcceptanceStepKind k : AcceptanceStepKind.values()) {
            if (!byKind.containsKey(k)) {
                next = k;
                break;
            }
        }
        AcceptanceStepKind last = null;
        for (AcceptanceStepKind k : byKind.keySet()) {
            last = k; // EnumMap iterates in step order, so the last key is the latest step
        }
        AcceptanceStep result = byKind.get(AcceptanceStepKind.RESULT_PUBLISHED);
        return new AcceptanceRound(region, round, last, byKind.get(last).date(), next,
                result == null ? null : result.result(), result == null ? null : result.date());
    }
}
