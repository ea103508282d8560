package io.github.countyrules.core.rules;

import io.github.countyrules.core.model.CalendarDay;
import io.github.countyrules.core.model.DayKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HolidayCalendarTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void the_official_calendar_covers_2004_to_2026() {
        HolidayCalendar c = HolidayCalendar.official();
        assertEquals(2004, HolidayCalendar.officialFirstYear());
        assertEquals(2026, HolidayCalendar.officialLastYear());
        assertTrue(c.covers(2004));
        assertTrue(c.covers(2026));
        assertFalse(c.covers(2003));
        assertFalse(c.covers(2027));
        assertEquals(0, c.factDays());
    }

    @Test
    void without_calendar_facts_the_official_holidays_and_adjusted_working_days_apply() {
        HolidayCalendar c = new HolidayCalendar(List.of());
        // 2024 National Day: 10-01..10-07 off, Sun 09-29 and Sat 10-12 working days
        assertTrue(c.isWorkingDay(d("2024-09-29")));
        assertFalse(c.isWorkingDay(d("2024-10-03")));
        assertFalse(c.isWorkingDay(d("2024-10-07")));
        assertTrue(c.isWorkingDay(d("2024-10-12")));
        // notice from Mon 09-30: 09-30 (1), 10-08 (2), 10-09 (3), 10-10 (4), 10-11 (5)
        assertEquals(d("2024-10-11"), c.nthWorkingDay(d("2024-09-30"), 5));
        // from Tue 10-08: 08, 09, 10, 11, Sat 12 (adjusted working day) is the fifth
        assertEquals(d("2024-10-12"), c.nthWorkingDay(d("2024-10-08"), 5));
        // 2024 Labour Day: 05-01..05-05 off, Sat 05-11 a working day: from Wed 05-08, 08, 09, 10, 11, 13
        assertEquals(d("2024-05-13"), c.nthWorkingDay(d("2024-05-08"), 5));
        // 2026 Spring Festival: 02-15..02-23 off, Sat 02-14 and Sat 02-28 working days
        assertTrue(c.isWorkingDay(d("2026-02-14")));
        assertFalse(c.isWorkingDay(d("2026-02-16")));
        assertTrue(c.isWorkingDay(d("2026-02-28")));
        // an ordinary weekend stays a weekend
        assertFalse(c.isWorkingDay(d("2024-11-02")));
        assertTrue(c.isWorkingDay(d("2024-11-04")));
    }

    @Test
    void calendar_facts_add_to_and_override_the_official_calendar() {
        HolidayCalendar c = new HolidayCalendar(List.of(
                new CalendarDay(d("2024-10-12"), DayKind.HOLIDAY),   // overrides an official working day
                new CalendarDay(d("2024-10-07"), DayKind.WORKDAY),   // overrides an official holiday
                new CalendarDay(d("2024-11-04"), DayKind.HOLIDAY))); // adds a day off
        assertFalse(c.isWorkingDay(d("2024-10-12")));
        assertTrue(c.isWorkingDay(d("2024-10-07")));
        assertFalse(c.isWorkingDay(d("2024-11-04")));
        assertFalse(c.isWorkingDay(d("2024-10-06")));
        assertEquals(3, c.factDays());
    }

    @Test
    void a_count_reaching_a_year_no_calendar_covers_names_that_year() {
        HolidayCalendar c = HolidayCalendar.official();
        // from Mon 2026-12-28: 28, 29, 30, 31 are 2026's, the fifth would be in 2027
        HolidayCalendar.Count count = c.count(d("2026-12-28"), 5);
        assertFalse(count.decided());
        assertEquals(2027, count.uncoveredYear());
        assertNull(count.last());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.nthWorkingDay(d("2026-12-28"), 5));
        assertTrue(e.getMessage().contains("2027"), e.getMessage());
        // four working days stay within 2026
        assertEquals(d("2026-12-31"), c.count(d("2026-12-28"), 4).last());
        // a start in an uncovered year
        assertEquals(2003, c.count(d("2003-06-02"), 1).uncoveredYear());
    }

    @Test
    void one_calendar_fact_in_a_year_covers_that_year() {
        HolidayCalendar c = new HolidayCalendar(List.of(new CalendarDay(d("2027-01-01"), DayKind.HOLIDAY)));
        assertTrue(c.covers(2027));
        assertFalse(c.covers(2028));
        // 28, 29, 30, 31 Dec 2026; 1 Jan 2027 off; Sat/Sun 2, 3; Mon 4 is the fifth
        HolidayCalendar.Count count = c.count(d("2026-12-28"), 5);
        assertTrue(count.decided());
        assertEquals(d("2027-01-04"), count.last());
    }

    @Test
    void a_count_needs_at_least_one_day() {
        assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.official().count(d("2024-05-08"), 0));
    }
}
