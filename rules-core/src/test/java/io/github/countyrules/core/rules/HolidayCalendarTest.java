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
    void without_a_calendar_only_weekends_are_skipped() {
        HolidayCalendar c = new HolidayCalendar(List.of());
        assertTrue(c.isEmpty());
        // Wednesday 2024-05-08 is day 1; Tue 05-14 is day 5
        assertEquals(d("2024-05-14"), c.nthWorkingDay(d("2024-05-08"), 5));
        // a notice starting on Saturday counts from Monday
        assertEquals(d("2024-05-10"), c.nthWorkingDay(d("2024-05-04"), 5));
    }

    @Test
    void holidays_are_skipped_and_adjusted_working_days_count() {
        // 2024 National Day: 10-01..10-07 off, Sat 10-12 a working day
        List<CalendarDay> days = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            days.add(new CalendarDay(d("2024-10-0" + i), DayKind.HOLIDAY));
        }
        days.add(new CalendarDay(d("2024-10-12"), DayKind.WORKDAY));
        HolidayCalendar c = new HolidayCalendar(days);
        // notice from Mon 09-30: 09-30 (1), 10-08 (2), 10-09 (3), 10-10 (4), 10-11 (5)
        assertEquals(d("2024-10-11"), c.nthWorkingDay(d("2024-09-30"), 5));
        // from Tue 10-08: 08, 09, 10, 11, Sat 12 (adjusted working day) is the fifth
        assertEquals(d("2024-10-12"), c.nthWorkingDay(d("2024-10-08"), 5));
        assertFalse(c.isWorkingDay(d("2024-10-03")));
        assertTrue(c.isWorkingDay(d("2024-10-12")));
    }
}
