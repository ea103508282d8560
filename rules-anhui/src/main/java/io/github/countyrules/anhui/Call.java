package io.github.countyrules.anhui;

import java.time.LocalDate;

/**
 * The call of one application year as the parameters in force describe it: its deadline
 * ({@code anhui.deadline}; null when the year has none, so no call is open) and the year of its
 * capability data ({@code anhui.dataYear}; null when the table has no entry for the year).
 */
public record Call(int year, LocalDate deadline, Integer dataYear) {
    /** True when the year has a deadline, i.e. a call was open. */
    public boolean open() {
        return deadline != null;
    }
}
