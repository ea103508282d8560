package io.github.countyrules.core.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped tables are exactly what the generators make of the committed source data, and their
 * licences travel with them. {@code mvn -o -pl rules-core test -Dtest=ShippedDataTest
 * -Dcountyrules.regenerate=true} rewrites the tables after a source or generator change.
 */
class ShippedDataTest {
    private static final Path RESOURCES = Path.of("src/main/resources/io/github/countyrules/core");
    private static final boolean REGENERATE = Boolean.getBoolean("countyrules.regenerate");

    @Test
    void the_division_table_is_generated_from_the_committed_2023_codes() throws IOException {
        check(RESOURCES.resolve("divisions.csv"), DivisionTableGenerator.generate(DivisionTableGenerator.SOURCE));
    }

    @Test
    void the_holiday_calendar_is_generated_from_the_committed_chinese_days_json() throws IOException {
        check(RESOURCES.resolve("holidays.csv"), HolidayTableGenerator.generate(HolidayTableGenerator.SOURCE));
    }

    @Test
    void each_shipped_table_has_its_source_licence_next_to_it() throws IOException {
        assertEquals(Files.readString(Path.of("src/data/china-division-2023/LICENSE")),
                Files.readString(RESOURCES.resolve("divisions.LICENSE")));
        assertEquals(Files.readString(Path.of("src/data/chinese-holidays/LICENSE")),
                Files.readString(RESOURCES.resolve("holidays.LICENSE")));
        assertTrue(Files.readString(RESOURCES.resolve("divisions.LICENSE")).contains("DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE"));
        assertTrue(Files.readString(RESOURCES.resolve("holidays.LICENSE")).contains("MIT License"));
    }

    private static void check(Path shipped, String generated) throws IOException {
        if (REGENERATE) {
            Files.writeString(shipped, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(shipped, StandardCharsets.UTF_8),
                shipped + " differs from its generator's output: regenerate it (-Dcountyrules.regenerate=true) and commit");
    }
}
