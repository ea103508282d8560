package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.rules.Context;
import io.github.countyrules.core.rules.HolidayCalendar;
import io.github.countyrules.core.rules.Reason;
import io.github.countyrules.core.rules.Reasons;
import io.github.countyrules.core.rules.Subject;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Tables whose cells are dates, and tables with a default entry: generic parameter shapes any module may use. */
class TableCellsTest {
    private static final String TABLE = """
            x.deadline:
              type: dateTable
              clause: X 五
              zh: 截止日期
              en: deadline by year
              values:
                - value: {2018: 2018-09-10}
            x.limit:
              type: table
              clause: X 二
              zh: 限额
              en: limit by unit
              values:
                - value: {default: 1, "340100": 2}
            """;

    private static RuleSet ruleSet() {
        return new RuleSet(List.of(), ParameterTables.parse(TABLE.getBytes(StandardCharsets.UTF_8), "t.yaml", "x", "x."));
    }

    private static Context context(Map<String, Object> overrides, List<InputError> errors) {
        RuleSet.Resolved r = ruleSet().resolve(LocalDate.of(2018, 10, 1), Map.of(), overrides, errors);
        return RuleSet.context(LocalDate.of(2018, 10, 1), new HolidayCalendar(List.of()), r);
    }

    @Test
    void a_date_table_gives_its_cells_as_dates_and_null_for_a_key_it_lacks() {
        Context ctx = context(Map.of(), new ArrayList<>());
        assertEquals(LocalDate.of(2018, 9, 10), ctx.dateCell("x.deadline", 2018));
        assertNull(ctx.dateCell("x.deadline", 2019));
        assertEquals("{2018: 2018-09-10}", ctx.display("x.deadline"));
    }

    @Test
    void a_date_table_override_merges_cell_by_cell() {
        List<InputError> errors = new ArrayList<>();
        Context ctx = context(Map.of("x.deadline", Map.of("2019", "2019-06-30")), errors);
        assertEquals(List.of(), errors);
        assertEquals(LocalDate.of(2018, 9, 10), ctx.dateCell("x.deadline", 2018));
        assertEquals(LocalDate.of(2019, 6, 30), ctx.dateCell("x.deadline", 2019));
        assertEquals("{2018: 2018-09-10, 2019: 2019-06-30}", ctx.display("x.deadline"));
    }

    @Test
    void a_cell_that_is_not_a_date_is_an_error_naming_its_path() {
        List<InputError> errors = new ArrayList<>();
        context(Map.of("x.deadline", Map.of("2019", "30 June")), errors);
        assertEquals(List.of("parameters.x.deadline.2019"), errors.stream().map(InputError::path).toList());
        errors.clear();
        context(Map.of("x.deadline", Map.of("2019", "2019-02-30")), errors);
        assertEquals(List.of("parameters.x.deadline.2019"), errors.stream().map(InputError::path).toList());
        errors.clear();
        context(Map.of("x.deadline", Map.of("2019", 5)), errors);
        assertEquals(List.of("parameters.x.deadline.2019"), errors.stream().map(InputError::path).toList());
    }

    @Test
    void a_shipped_date_table_with_a_bad_cell_is_refused() {
        String bad = TABLE.replace("2018-09-10", "2018-13-10");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ParameterTables.parse(bad.getBytes(StandardCharsets.UTF_8), "t.yaml", "x", "x."));
        assertEquals(List.of("t.yaml:x.deadline.values[0].value.2018"), e.errors().stream().map(InputError::path).toList());
    }

    @Test
    void a_key_the_table_does_not_list_falls_back_to_its_default_entry() {
        Context ctx = context(Map.of(), new ArrayList<>());
        assertEquals(2, ctx.cellOrDefault("x.limit", "340100"));
        assertEquals(1, ctx.cellOrDefault("x.limit", "340200"));
        // the plain look-up knows no default
        assertNull(ctx.cell("x.limit", "340200"));
    }

    @Test
    void overrides_change_a_listed_cell_or_the_default() {
        Context ctx = context(Map.of("x.limit", Map.of("default", 3, "340200", 0)), new ArrayList<>());
        assertEquals(2, ctx.cellOrDefault("x.limit", "340100"));
        assertEquals(0, ctx.cellOrDefault("x.limit", "340200"));
        assertEquals(3, ctx.cellOrDefault("x.limit", "340300"));
    }

    @Test
    void without_a_default_entry_an_unlisted_key_has_no_cell() {
        Context ctx = context(Map.of(), new ArrayList<>());
        assertNull(ctx.cellOrDefault("x.deadline", 2019));
        assertNull(ctx.cellOrDefault("x.limit", "340100", "extra"));
    }

    @Test
    void reasons_record_the_cells_read_under_the_keys_asked_for() {
        Rule rule = mock(Rule.class);
        when(rule.getMetaData()).thenReturn(Map.of("id", "X-1", "clause", "X 二"));
        Context ctx = context(Map.of(), new ArrayList<>());
        Reason r = Reasons.of(rule, ctx, Subject.of("100201", null, Kind.ELIGIBILITY, 2018)).met()
                .dateCell("x.deadline", 2018)
                .dateCell("x.deadline", 2019)
                .cellOrDefault("x.limit", "340200")
                .zh("z").en("e").build();
        assertEquals(Map.of("x.deadline.2018", "2018-09-10", "x.deadline.2019", "-", "x.limit.340200", "1"), r.parameters());
    }
}
