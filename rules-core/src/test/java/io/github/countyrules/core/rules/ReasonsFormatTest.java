package io.github.countyrules.core.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Messages skip the formatter only where formatting would give the same text. */
class ReasonsFormatTest {
    @Test
    void finishedTextIsKeptAsItIs() {
        assertEquals("未达到B类以上", Reasons.format("未达到B类以上"));
        assertEquals("50% met", Reasons.format("%s", "50% met"));
    }

    @Test
    void templatesAreFormattedWithTheRootLocale() {
        assertEquals("2023年监测等级为C类", Reasons.format("%d年监测等级为%s类", 2023, "C"));
        assertEquals("100%", Reasons.format("100%%"));
        assertEquals("since 2024-06-15", Reasons.format("since %s", LocalDate.of(2024, 6, 15)));
        assertEquals("1.5 and 7", Reasons.format("%s and %s", new BigDecimal("1.5"), 7));
        assertEquals("x", Reasons.format("%s", (Object) "x"));
    }
}
