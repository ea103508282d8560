package io.github.countyrules.examples.reliability;

import io.github.countyrules.core.api.Decision;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.api.Report;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.examples.reliability.FactSets.FactSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import static io.github.countyrules.examples.reliability.SharedEngine.ENGINE;
import static io.github.countyrules.examples.reliability.SharedEngine.outcome;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Properties over generated fact sets for the national, Ningxia and Gansu modules together, all on
 * one shared engine. The tries add up to 10,000 fact sets a run; the counts of what was generated
 * and decided are printed at the end ("reliability figures").
 */
class DeterminismPropertiesTest {
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    static void count(String what) {
        COUNTS.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    @Provide
    Arbitrary<FactSet> sets() {
        return FactSets.factSets();
    }

    @Property(tries = 4000)
    void evaluation_throws_nothing_but_InvalidInputException(@ForAll("sets") FactSet s) {
        count("fact sets");
        Report report;
        try {
            Facts facts = s.build();
            report = ENGINE.evaluate(facts);
        } catch (InvalidInputException e) {
            assertFalse(e.errors().isEmpty());
            e.errors().forEach(err -> assertTrue(err.path() != null && !err.path().isEmpty() && err.en() != null, err.toString()));
            count("fact sets refused as invalid");
            if (!s.invalid()) {
                // the generator meant it to be valid: which rule of the validator did it break?
                count("refused although generated valid: " + e.errors().get(0).en().replaceAll("[0-9]", "#"));
            }
            return;
        }
        assertFalse(s.invalid(), "a set with an invalid fact was evaluated:\n" + s);
        count("fact sets evaluated");
        for (Decision d : report.decisions()) {
            count("decisions");
            count("outcome " + d.outcome());
        }
        every_undetermined_decision_names_what_is_missing(report, s);
    }

    /** POLICY-SPEC §0: an UNDETERMINED decision names the missing facts, or says why no value exists (GS-T1's zero base). */
    static void every_undetermined_decision_names_what_is_missing(Report report, FactSet s) {
        for (Decision d : report.decisions()) {
            if (d.outcome() != Outcome.UNDETERMINED) {
                continue;
            }
            boolean named = d.reasons().stream().anyMatch(r -> r.status() == Status.UNKNOWN
                    && (!r.missing().isEmpty() || r.rule().equals("GS-T1") && r.en().contains("zero")));
            assertTrue(named, "UNDETERMINED without an UNKNOWN reason naming what is missing: " + d + "\nin " + s);
        }
    }

    @Property(tries = 2000)
    void the_same_facts_in_any_order_give_the_same_report(@ForAll("sets") FactSet s, @ForAll Random random) {
        count("fact sets");
        List<Object> shuffled = new ArrayList<>(s.facts());
        Collections.shuffle(shuffled, random);
        String before = outcome(ENGINE, s::build);
        String after = outcome(ENGINE, () -> s.build(shuffled));
        assertEquals(before, after, "order changed the report of\n" + s);
        count(before.startsWith("INVALID") ? "shuffled: refused both ways" : "shuffled: same report");
    }

    @Property(tries = 2000)
    void facts_split_in_two_and_merged_give_the_same_report(@ForAll("sets") FactSet s, @ForAll Random random) {
        count("fact sets");
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        for (Object f : s.facts()) {
            (random.nextBoolean() ? a : b).add(f);
        }
        String whole = outcome(ENGINE, s::build);
        String merged = outcome(ENGINE, () -> {
            Facts partA;
            Facts partB;
            try {
                partA = s.build(a);                                       // carries the parameter overrides
                partB = Facts.builder().asOf(s.asOf()).addAll(b).build();
            } catch (InvalidInputException e) {
                // a part alone may be invalid (a town listed in one part, its evaluation in the other):
                // merge the fact lists instead
                count("split: parts merged as lists (a part alone invalid)");
                Facts.Builder m = Facts.builder().asOf(s.asOf());
                s.parameters().forEach(m::parameter);
                return m.addAll(a).addAll(b).build();
            }
            count("split: parts merged as Facts");
            return Facts.builder().asOf(s.asOf()).addAll(partA).addAll(partB).build();
        });
        assertEquals(whole, merged, "split " + a.size() + " + " + b.size() + " changed the report of\n" + s);
    }

    @Property(tries = 2000)
    void a_fact_dated_after_the_as_of_date_changes_nothing(@ForAll("sets") FactSet s, @ForAll Random random) {
        count("fact sets");
        String before = outcome(ENGINE, s::build);
        if (before.startsWith("INVALID")) {
            count("future: base set invalid, skipped");
            return;
        }
        Object later = FactSets.future(s, random);
        if (later == null) {
            count("future: no fitting fact");
            return;
        }
        List<Object> more = new ArrayList<>(s.facts());
        more.add(random.nextInt(more.size() + 1), later);
        String after = outcome(ENGINE, () -> s.build(more));
        assertEquals(before, after, "adding " + later + " (after " + s.asOf() + ") changed the report of\n" + s);
        count("future: checked with " + later.getClass().getSimpleName());
    }

    @AfterContainer
    static void figures() {
        Map<String, Long> sorted = new TreeMap<>();
        COUNTS.forEach((k, v) -> sorted.put(k, v.sum()));
        StringBuilder s = new StringBuilder("reliability figures (DeterminismPropertiesTest):");
        sorted.forEach((k, v) -> s.append("\n  ").append(k).append(": ").append(v));
        System.out.println(s);
    }
}
