package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.CalendarDay;
import io.github.countyrules.core.model.DayKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, less holidays, plus adjusted working days (调休), from the shipped
 * official calendar (the State Council's yearly holiday notices, resource {@code holidays.csv}) and
 * the facts' {@code calendar} entries, which add days to it or override its days.
 *
 * <p>A year is covered when the official calendar lists it or at least one calendar fact falls in
 * it. A count that reaches a year no calendar covers is not made on weekends alone: {@link
 * #count(LocalDate, int)} names that year, and rules report UNKNOWN.
 */
public final class HolidayCalendar {
    private final Map<LocalDate, DayKind> facts;
    private final TreeSet<Integer> factYears = new TreeSet<>();

    /** The official calendar with {@code facts} (the facts' {@code calendar} entries) on top. */
    public HolidayCalendar(Collection<CalendarDay> facts) {
        this.facts = new HashMap<>(Math.max(16, facts.size() * 2));
        for (CalendarDay d : facts) {
            this.facts.put(d.date(), d.kind());
            factYears.add(d.date().getYear());
        }
    }

    /** The official calendar alone. */
    public static HolidayCalendar official() {
        return new HolidayCalendar(java.util.List.of());
    }

    /** The first year of the shipped official calendar (2004). */
    public static int officialFirstYear() {
        return Official.FIRST;
    }

    /** The last year of the shipped official calendar (2026 in this release). */
    public static int officialLastYear() {
        return Official.LAST;
    }

    /** Number of calendar facts on top of the official calendar. */
    public int factDays() {
        return facts.size();
    }

    /** True when the official calendar lists {@code year} or a calendar fact falls in it. */
    public boolean covers(int year) {
        return Official.covers(year) || factYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate d) {
        DayKind k = facts.get(d);
        if (k == null) {
            k = Official.DAYS.get(d);
        }
        if (k != null) {
            return k == DayKind.WORKDAY;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * The outcome of counting working days: the date of the {@code n}-th working day, or, when the
     * count reached a year that no calendar covers, that year (and no date).
     */
    public record Count(LocalDate last, Integer uncoveredYear) {
        public boolean decided() {
            return uncoveredYear == null;
        }
    }

    /**
     * Counts {@code n} working days from {@code start}: {@code start} is day 1 when it is a working
     * day, otherwise counting begins on the next working day. Stops at the first day of a year that
     * no calendar covers.
     */
    public Count count(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate d = start;
        int year = Integer.MIN_VALUE;
        int count = 0;
        while (true) {
            if (d.getYear() != year) {
                year = d.getYear();
                if (!covers(year)) {
                    return new Count(null, year);
                }
            }
            if (isWorkingDay(d)) {
                count++;
                if (count == n) {
                    return new Count(d, null);
                }
            }
            d = d.plusDays(1);
        }
    }

    /**
     * The date of the {@code n}-th working day counting from {@code start} (see {@link #count}).
     *
     * @throws IllegalStateException when the count reaches a year no calendar covers; rules use
     *                               {@link #count} and report UNKNOWN instead
     */
    public LocalDate nthWorkingDay(LocalDate start, int n) {
        Count c = count(start, n);
        if (!c.decided()) {
            throw new IllegalStateException("no holiday calendar covers " + c.uncoveredYear());
        }
        return c.last();
    }

    /** The shipped official calendar, read once on first use. */
    private static final class Official {
        static final Map<LocalDate, DayKind> DAYS = new HashMap<>(2048);
        static final boolean[] YEARS = new boolean[10_000];
        static final int FIRST;
        static final int LAST;

        static {
            String resource = "/io/github/countyrules/core/holidays.csv";
            TreeSet<Integer> years = new TreeSet<>();
            try (InputStream in = HolidayCalendar.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("shipped table missing: " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean header = true;
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    // date,kind,zh,en
                    LocalDate date = LocalDate.of(Integer.parseInt(line, 0, 4, 10), Integer.parseInt(line, 5, 7, 10),
                            Integer.parseInt(line, 8, 10, 10));
                    int comma = line.indexOf(',', 11);
                    DAYS.put(date, DayKind.valueOf(line.substring(11, comma)));
                    years.add(date.getYear());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            years.forEach(y -> YEARS[y] = true);
            FIRST = years.first();
            LAST = years.last();
        }

        static boolean covers(int year) {
            return year >= 0 && year < YEARS.length && YEARS[year];
        }
    }
}
