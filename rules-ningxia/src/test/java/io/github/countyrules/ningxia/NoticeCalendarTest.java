package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.CalendarDay;
import io.github.countyrules.core.model.DayKind;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Selection;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.HolidayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** NX-L1's working-day count and the official holiday calendar: what the reason says. */
class NoticeCalendarTest {
    private static Selection notice(String start, String published) {
        return new Selection("640105", Ningxia.INNOVATIVE_COUNTY, LocalDate.parse(start).minusDays(5),
                LocalDate.parse(start), LocalDate.parse(published), null);
    }

    @Test
    void a_count_reaching_a_year_no_calendar_covers_is_unknown_and_names_the_year_in_both_languages() {
        Finding f = Lifecycle.notice(notice("2026-12-28", "2027-01-04"), HolidayCalendar.official(), 5);
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals(List.of("calendar.2027"), f.missing());
        assertTrue(f.zh().contains("2027年的节假日安排"), f.zh());
        assertTrue(f.zh().contains("2004—2026年"), f.zh());
        assertTrue(f.en().contains("needs the holidays of 2027"), f.en());
        assertTrue(f.en().contains("add 2027's holidays"), f.en());
    }

    @Test
    void a_calendar_fact_in_the_year_decides_the_count() {
        HolidayCalendar cal = new HolidayCalendar(List.of(new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY)));
        Finding early = Lifecycle.notice(notice("2026-12-28", "2027-01-04"), cal, 5);
        assertEquals(Status.MET, early.status());
        assertEquals("2027-01-05", early.facts().get("notice.firstAllowedPublication"));
        assertTrue(early.en().contains("and the calendar entry on record"), early.en());
        assertEquals(Status.NOT_MET, Lifecycle.notice(notice("2026-12-28", "2027-01-05"), cal, 5).status());
    }

    @Test
    void the_official_calendar_is_named_in_the_reason() {
        Finding f = Lifecycle.notice(notice("2024-09-30", "2024-10-11"), HolidayCalendar.official(), 5);
        assertEquals(Status.MET, f.status());
        assertEquals("2024-10-12", f.facts().get("notice.firstAllowedPublication"));
        assertTrue(f.zh().contains("国务院办公厅公布的节假日安排"), f.zh());
        assertTrue(f.en().contains("official holiday calendar (2004-2026"), f.en());
    }
}
