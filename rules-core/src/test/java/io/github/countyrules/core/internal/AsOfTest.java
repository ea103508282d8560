package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.*;
import io.github.countyrules.core.rules.Context;
import io.github.countyrules.core.rules.HolidayCalendar;
import io.github.countyrules.core.rules.MonitoringSeries;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** POLICY-SPEC §0: which facts exist at the as-of date. */
class AsOfTest {
    private static final String FACTS = """
            asOf: 2025-06-30
            monitoring:
              - {region: "640122", year: 2023, grade: B, score: 61.5}
              - {region: "640122", year: 2024, grade: B, score: 62, published: 2025-06-30}
              - {region: "640121", year: 2024, grade: C, score: 50}
            designations:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, status: SELECTED, since: 2023-10-01}
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION, since: 2024-01-01}
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, status: APPROVED, since: 2026-01-05}
            attestations:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, key: PLAN_FEASIBLE, value: false, date: 2024-01-01}
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, key: PLAN_FEASIBLE, value: true, date: 2024-06-01}
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, key: PLAN_FEASIBLE, value: false, date: 2025-07-01}
            selections:
              - {region: "640122", program: NINGXIA_INNOVATIVE_COUNTY, selected: 2025-06-01, noticeStart: 2025-06-30, published: 2025-07-08}
            techTransactions:
              - {region: "620102", year: 2024, value: 100}
              - {region: "620102", year: 2025, value: 100}
            """;

    private static List<Object> prepare(Facts f) {
        RuleSet rs = new RuleSet(List.of(), ModuleLoader.coreParameters());
        RuleSet.Resolved r = rs.resolve(f.asOf(), Map.of(), Map.of(), new ArrayList<>());
        Context ctx = RuleSet.context(f.asOf(), new HolidayCalendar(f.calendar()), r);
        return Evaluator.prepare(f, ctx);
    }

    private static <T> List<T> of(List<Object> in, Class<T> type) {
        return in.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void monitoring_results_exist_from_publication_with_1_july_by_default() {
        List<Object> in = prepare(Facts.fromYaml(FACTS));
        List<MonitoringResult> m = of(in, MonitoringResult.class);
        // 640122 2024 published on the as-of date itself: seen; 640121 2024 defaults to 2025-07-01: not yet
        assertEquals(List.of("640122/2023", "640122/2024"), m.stream().map(x -> x.region() + "/" + x.year()).toList());
        MonitoringSeries s = of(in, MonitoringSeries.class).get(0);
        assertEquals(2024, s.latestYear());
    }

    @Test
    void the_standing_is_the_latest_designation_on_or_before_the_as_of_date() {
        List<Designation> d = of(prepare(Facts.fromYaml(FACTS)), Designation.class);
        assertEquals(1, d.size());
        assertEquals(DesignationStatus.of("UNDER_CONSTRUCTION"), d.get(0).status());
    }

    @Test
    void the_latest_attestation_counts_and_later_ones_are_ignored() {
        List<Attestation> a = of(prepare(Facts.fromYaml(FACTS)), Attestation.class);
        assertEquals(1, a.size());
        assertTrue(a.get(0).value());
    }

    @Test
    void dates_after_the_as_of_date_are_blanked_on_a_selection() {
        Selection s = of(prepare(Facts.fromYaml(FACTS)), Selection.class).get(0);
        assertEquals(LocalDate.parse("2025-06-30"), s.noticeStart());
        assertNull(s.published());
    }

    @Test
    void yearly_values_exist_from_1_january_of_the_next_year() {
        List<TechTransaction> t = of(prepare(Facts.fromYaml(FACTS)), TechTransaction.class);
        assertEquals(List.of(2024), t.stream().map(TechTransaction::year).toList());
    }

    @Test
    void the_same_facts_in_another_order_prepare_identically() {
        Facts f = Facts.fromYaml(FACTS);
        Facts.Builder b = Facts.builder().asOf(f.asOf());
        List<Object> all = new ArrayList<>();
        all.addAll(f.monitoring());
        all.addAll(f.designations());
        all.addAll(f.attestations());
        all.addAll(f.selections());
        all.addAll(f.techTransactions());
        Collections.reverse(all);
        Facts shuffled = b.addAll(all).build();
        assertEquals(prepare(f), prepare(shuffled));
    }
}
