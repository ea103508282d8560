package io.github.countyrules.core.scenario;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.util.List;

/**
 * One expected decision: of {@code region} and {@code kind}, in {@code program} (when
 * {@code programGiven}; null there means "no programme"), of {@code year} when given, with
 * {@code outcome}, whose reasons include the rule ids {@code reasons}. With {@code absent}, no such
 * decision may exist (without an outcome: no decision of that kind at all). {@code line} is where
 * it stands in its scenario file (0 when unknown).
 */
public record Expectation(String region, boolean programGiven, Program program, Kind kind, Integer year,
                          Outcome outcome, List<String> reasons, boolean absent, int line) {
    public Expectation {
        reasons = List.copyOf(reasons);
    }

    /** An expectation without a line number. */
    public Expectation(String region, boolean programGiven, Program program, Kind kind, Integer year,
                       Outcome outcome, List<String> reasons, boolean absent) {
        this(region, programGiven, program, kind, year, outcome, reasons, absent, 0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(region);
        if (programGiven) {
            sb.append(' ').append(program == null ? "(no programme)" : program);
        }
        sb.append(' ').append(kind);
        if (year != null) {
            sb.append(' ').append(year);
        }
        if (absent) {
            sb.append(outcome == null ? " absent" : " not " + outcome);
        } else {
            sb.append(' ').append(outcome);
        }
        if (!reasons.isEmpty()) {
            sb.append(" reasons ").append(reasons);
        }
        return sb.toString();
    }
}
