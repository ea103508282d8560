package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The data set is the same in every run, nationwide in size, and readable as a facts file. */
class NationwideDataSetTest {
    private static NationwideDataSet standard;

    @BeforeAll
    static void generate() {
        standard = NationwideDataSet.standard();
    }

    @Test
    void sameSeedGivesTheSameFactsAndAnotherSeedOthers() {
        // Given a second run with the default seed and one with another seed
        Facts again = NationwideDataSet.standard().facts();
        Facts other = NationwideDataSet.generate(7, 1).facts();

        // Then every list of facts is equal, in the same order, for the same seed
        Facts first = standard.facts();
        assertEquals(first.regions(), again.regions());
        assertEquals(first.monitoring(), again.monitoring());
        assertEquals(first.designations(), again.designations());
        assertEquals(first.applications(), again.applications());
        assertEquals(first.attestations(), again.attestations());
        assertEquals(first.selections(), again.selections());
        assertEquals(first.progressReports(), again.progressReports());
        assertEquals(first.indicators(), again.indicators());
        assertEquals(first.acceptance(), again.acceptance());
        assertEquals(first.workPlans(), again.workPlans());
        assertEquals(first.evaluations(), again.evaluations());
        assertEquals(first.consents(), again.consents());
        assertEquals(first.techTransactions(), again.techTransactions());
        assertEquals(first.techParks(), again.techParks());
        assertEquals(first.expertStations(), again.expertStations());
        assertEquals(first.commissionerGroups(), again.commissionerGroups());
        assertEquals(first.calendar(), again.calendar());
        assertNotEquals(first.monitoring(), other.monitoring());
    }

    @Test
    void hasTheNationsCountyLevelUnitsWithTheRealOnesOfNingxiaAndGansu() {
        assertEquals(NationwideDataSet.COUNTY_LEVEL_UNITS, standard.countyLevelUnits().size());
        Map<String, Long> byProvince = standard.countyLevelUnits().stream()
                .collect(Collectors.groupingBy(Region::province, Collectors.counting()));
        assertEquals(31, byProvince.size(), "every province of the mainland");
        assertEquals(22, byProvince.get("64"));
        assertEquals(86, byProvince.get("62"));
        // the real units keep their shipped names and parents
        Region helan = standard.facts().region("640122");
        assertEquals("贺兰县", helan.name());
        assertEquals("640100", helan.parent());
        assertEquals("川区", helan.peerGroup());
        // generated codes are GB/T 2260-shaped: six digits under a prefecture of the same province
        for (Region r : standard.countyLevelUnits()) {
            assertTrue(r.code().matches("\\d{6}"), r.code());
            assertEquals(r.code().substring(0, 4) + "00", r.parent(), r.code());
        }
    }

    @Test
    void hasSixYearsOfMonitoringAndProgrammeFactsInRealProportions() {
        Facts f = standard.facts();
        Set<Integer> years = f.monitoring().stream().map(MonitoringResult::year).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(2019, 2020, 2021, 2022, 2023, 2024), years);
        // about one result a unit and year; a few are missing, as in real series
        assertTrue(f.monitoring().size() > 0.95 * 6 * 2844, "results: " + f.monitoring().size());
        long firstBatch = f.designations().stream().filter(d -> d.program().equals(Program.of("NATIONAL_INNOVATIVE_COUNTY"))
                && d.status().equals(DesignationStatus.of("UNDER_CONSTRUCTION")) && d.since().getYear() == 2018).count();
        long secondBatch = f.designations().stream().filter(d -> d.program().equals(Program.of("NATIONAL_INNOVATIVE_COUNTY"))
                && d.since().equals(java.time.LocalDate.of(2023, 5, 10))).count();
        assertEquals(52, firstBatch);
        assertEquals(92, secondBatch);
        assertEquals(160, f.regionTable().values().stream().filter(r -> r.hasTag(Tag.KEY_ASSISTED_COUNTY)).count());
        // every programme of the modules on the class path, as their descriptors declare them
        java.util.List<io.github.countyrules.core.api.ProgramInfo> programmes = io.github.countyrules.core.api.PolicyEngine.builder().build()
                .vocabulary().programs();
        assertFalse(programmes.isEmpty());
        for (io.github.countyrules.core.api.ProgramInfo info : programmes) {
            if (!java.util.Set.of("national", "ningxia", "gansu").contains(info.module())) {
                // the nationwide set is made for the national, Ningxia and Gansu rules (NationwideDataSet)
                continue;
            }
            Program p = info.program();
            // parks are selected, but the Gansu plan awards them no title
            assertEquals(!p.equals(Program.of("GANSU_TECH_PARK")), f.designations().stream().anyMatch(d -> d.program().equals(p)), "designations in " + p);
            assertTrue(f.evaluations().stream().anyMatch(e -> e.program().equals(p)) || !"gansu".equals(info.module()), "evaluations in " + p);
        }
        assertFalse(f.applications().isEmpty());
        assertFalse(f.progressReports().isEmpty());
        assertFalse(f.indicators().isEmpty());
        assertFalse(f.acceptance().isEmpty());
        assertFalse(f.evaluations().isEmpty());
        assertFalse(f.techTransactions().isEmpty());
    }

    @Test
    void isReadBackFromItsFactsFileUnchanged() {
        // Given the facts of Ningxia and Gansu, which hold every kind of fact, written as a facts file
        Facts two = standard.subset(code -> code.startsWith("62") || code.startsWith("64"));
        String yaml = FactsYaml.toYaml(two);

        // When it is read as a user's facts file would be
        Facts read = Facts.fromYaml(yaml);

        // Then every fact comes back equal, and writes out the same
        assertEquals(two.asOf(), read.asOf());
        assertEquals(two.regions(), read.regions());
        assertEquals(two.monitoring(), read.monitoring());
        assertEquals(two.designations(), read.designations());
        assertEquals(two.indicators(), read.indicators());
        assertEquals(two.acceptance(), read.acceptance());
        assertEquals(two.evaluations(), read.evaluations());
        assertEquals(two.techTransactions(), read.techTransactions());
        assertEquals(two.calendar(), read.calendar());
        assertEquals(yaml, FactsYaml.toYaml(read));
    }

    @Test
    void scalesEveryProvinceAndKeepsTheRealUnits() {
        NationwideDataSet twice = NationwideDataSet.generate(NationwideDataSet.DEFAULT_SEED, 2);
        assertEquals(2 * NationwideDataSet.COUNTY_LEVEL_UNITS, twice.countyLevelUnits().size());
        assertEquals("贺兰县", twice.facts().region("640122").name());
        assertEquals(2 * 22, twice.countyLevelUnits().stream().filter(r -> r.province().equals("64")).count());
        assertEquals(2 * 160, twice.facts().regionTable().values().stream().filter(r -> r.hasTag(Tag.KEY_ASSISTED_COUNTY)).count());
    }
}
