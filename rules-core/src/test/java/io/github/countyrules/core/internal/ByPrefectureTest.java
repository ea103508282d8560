package io.github.countyrules.core.internal;

import io.github.countyrules.core.model.Designation;
import io.github.countyrules.core.model.DesignationStatus;
import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Region;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a province's facts are cut into prefectures for a module with {@code reach: prefecture}. */
class ByPrefectureTest {
    private static Region region(String code, Level level, String parent) {
        return new Region(code, code, level, parent, null, Set.of(), null);
    }

    private static Designation designation(String code) {
        return new Designation(code, Program.of("NINGXIA_INNOVATIVE_COUNTY"), DesignationStatus.of("APPROVED"), LocalDate.of(2024, 1, 1), null, null);
    }

    @Test
    void aCityItsUnitsAndTheirFactsMeetInOnePart() {
        // Given two cities of Ningxia with a unit each, the province, and a fact of each unit
        List<Object> province = List.of(region("640000", Level.PROVINCE, null),
                region("640100", Level.CITY, "640000"), region("640104", Level.DISTRICT, "640100"),
                region("640200", Level.CITY, "640000"), region("640205", Level.DISTRICT, "640200"),
                designation("640104"), designation("640205"));

        // When they are cut by prefecture
        List<List<Object>> parts = new ArrayList<>(Evaluator.byPrefecture(province));

        // Then each city is with its unit and the unit's fact; the province stands alone
        assertEquals(3, parts.size());
        assertEquals(List.of(province.get(0)), parts.get(0));
        assertEquals(List.of(province.get(1), province.get(2), province.get(5)), parts.get(1));
        assertEquals(List.of(province.get(3), province.get(4), province.get(6)), parts.get(2));
    }

    @Test
    void aUnitWhoseParentIsInAnotherPrefectureKeepsTheProvinceWhole() {
        // Given a county-level unit directly under the province (its parent outside its own four digits)
        List<Object> province = List.of(region("640100", Level.CITY, "640000"), region("640104", Level.DISTRICT, "640100"),
                region("649001", Level.COUNTY_CITY, "640000"));

        // When they are cut by prefecture
        List<List<Object>> parts = new ArrayList<>(Evaluator.byPrefecture(province));

        // Then nothing is cut: the unit and its parent must meet in one session
        assertEquals(List.of(province), parts);
    }
}
