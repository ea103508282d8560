package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.util.Objects;

/**
 * A question a rule module decides: about a region, in a programme (or none), of a kind, for a year
 * (or none). Alerts are one question each, so {@code alert} names the alert for kind ALERT.
 * Rules insert subjects as facts; criteria attach {@link Reason}s to them and one {@link Verdict}
 * gives each its outcome.
 */
public record Subject(String region, Program program, Kind kind, Integer year, Outcome alert)
        implements Comparable<Subject> {

    public Subject {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ALERT) != (alert != null)) {
            throw new IllegalArgumentException("an ALERT subject names its alert, and only an ALERT subject does");
        }
    }

    public static Subject of(String region, Program program, Kind kind) {
        return new Subject(region, program, kind, null, null);
    }

    public static Subject of(String region, Program program, Kind kind, Integer year) {
        return new Subject(region, program, kind, year, null);
    }

    public static Subject alert(String region, Program program, Outcome alert) {
        return new Subject(region, program, Kind.ALERT, null, alert);
    }

    public static Subject alert(String region, Program program, Outcome alert, Integer year) {
        return new Subject(region, program, Kind.ALERT, year, alert);
    }

    /** Convenience for rules: the year as an int; fails when the subject has none. */
    public int yearValue() {
        return year;
    }

    /** Region, programme, kind, year, alert; a missing programme, year or alert first. */
    @Override
    public int compareTo(Subject o) {
        int c = region.compareTo(o.region);
        if (c == 0) {
            c = nullsFirst(program, o.program);
        }
        if (c == 0) {
            c = kind.compareTo(o.kind);
        }
        if (c == 0) {
            c = nullsFirst(year, o.year);
        }
        return c != 0 ? c : nullsFirst(alert, o.alert);
    }

    private static <T extends Comparable<T>> int nullsFirst(T a, T b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
