package io.github.countyrules.core.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A named parameter of a loaded module: its type, the clause it reads, why its default (zh, en),
 * the value in force at a date, as text, and every dated value of its table (oldest first).
 */
public record ParameterInfo(String name, String module, String type, String clause, String zh, String en,
                            String value, List<DatedValue> history) {

    /** A value of the parameter table and the date it takes effect (null: from the start). */
    public record DatedValue(LocalDate from, String value) {
    }

    public ParameterInfo {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A parameter without its table's history. */
    public ParameterInfo(String name, String module, String type, String clause, String zh, String en, String value) {
        this(name, module, type, clause, zh, en, value, List.of());
    }
}
