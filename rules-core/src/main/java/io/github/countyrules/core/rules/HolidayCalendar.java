package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.CalendarDay;
import io.github.countyrules.core.model.DayKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days: Monday to Friday, less the calendar's holidays, plus its adjusted working days
 * (调休). An empty calendar skips weekends only; rules say so in their reasons.
 */
public final class HolidayCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    public HolidayCalendar(Collection<CalendarDay> days) {
        Set<LocalDate> h = new HashSet<>();
        Set<LocalDate> w = new HashSet<>();
        for (CalendarDay d : days) {
            (d.kind() == DayKind.HOLIDAY ? h : w).add(d.date());
        }
        this.holidays = h;
        this.workdays = w;
    }

    /** True when no holiday or adjusted working day is on record. */
    public boolean isEmpty() {
        return holidays.isEmpty() && workdays.isEmpty();
    }

    public boolean isWorkingDay(LocalDate d) {
        if (workdays.contains(d)) {
            return true;
        }
        if (holidays.contains(d)) {
            return false;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /**
     * The date of the {@code n}-th working day counting from {@code start}: {@code start} is day 1
     * when it is a working day, otherwise counting begins on the next working day.
     */
    public LocalDate nthWorkingDay(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate d = start;
        int count = 0;
        while (true) {
            if (isWorkingDay(d)) {
                count++;
                if (count == n) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }
}
