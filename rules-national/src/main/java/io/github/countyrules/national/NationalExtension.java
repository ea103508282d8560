package io.github.countyrules.national;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.AcceptanceResult;
import io.github.countyrules.core.model.AcceptanceStep;
import io.github.countyrules.core.model.AcceptanceStepKind;
import io.github.countyrules.core.spi.FactsCheck;
import io.github.countyrules.core.spi.ModuleExtension;

import java.time.LocalDate;
import java.util.*;

/**
 * The national module's checks of facts that need code: acceptance rounds and results (CN-A1: the
 * four steps in order; round 2 only as re-acceptance), the re-acceptance date (CN-A4: at least
 * {@code national.rectificationYears} after the round-1 result LOW_LEVEL), and no 附件2 indicators
 * on the national programme.
 */
public final class NationalExtension implements ModuleExtension {
    @Override
    public void validate(FactsCheck c) {
        Facts f = c.facts();
        int[] errors = {0};
        FactsCheck counted = new FactsCheck() {
            @Override
            public Facts facts() {
                return c.facts();
            }

            @Override
            public io.github.countyrules.core.api.Vocabulary vocabulary() {
                return c.vocabulary();
            }

            @Override
            public Object parameter(String name) {
                return c.parameter(name);
            }

            @Override
            public void error(String path, Object value, String zh, String en) {
                errors[0]++;
                c.error(path, value, zh, en);
            }
        };
        for (int i = 0; i < f.indicators().size(); i++) {
            if (National.INNOVATIVE_COUNTY.equals(f.indicators().get(i).program())) {
                counted.error("indicators[" + i + "].program", f.indicators().get(i).program(),
                        "附件2指标不属于国家创新型县", "附件2 indicators do not belong to the national programme");
            }
        }
        acceptance(counted, f.acceptance());
        if (errors[0] == 0) {
            reAcceptance(c, f.acceptance());
        }
    }

    private static void acceptance(FactsCheck c, List<AcceptanceStep> steps) {
        Map<List<Object>, List<Integer>> rounds = new TreeMap<>(Comparator.comparing(Object::toString));
        for (int i = 0; i < steps.size(); i++) {
            AcceptanceStep a = steps.get(i);
            if (!National.INNOVATIVE_COUNTY.equals(a.program())) {
                continue;
            }
            String p = "acceptance[" + i + "]";
            if (a.round() > 2) {
                c.error(p + ".round", a.round(), "国家验收轮次为 1 或 2(整改后再验收)", "national acceptance has round 1 or 2 (re-acceptance)");
            }
            if (a.step() == AcceptanceStepKind.RESULT_PUBLISHED && a.result() == AcceptanceResult.FAIL) {
                c.error(p + ".result", a.result(), "国家验收结果应为 PASS | LOW_LEVEL", "a national result is PASS | LOW_LEVEL");
            }
            rounds.computeIfAbsent(List.of(a.region(), a.program(), a.round()), k -> new ArrayList<>()).add(i);
        }
        // CN-A1: the four steps happen in order; a result needs all earlier steps.
        AcceptanceStepKind[] order = AcceptanceStepKind.values();
        for (List<Integer> idx : rounds.values()) {
            Map<AcceptanceStepKind, Integer> byStep = new EnumMap<>(AcceptanceStepKind.class);
            for (int i : idx) {
                byStep.putIfAbsent(steps.get(i).step(), i);
            }
            for (int s = 0; s < order.length; s++) {
                Integer later = byStep.get(order[s]);
                if (later == null) {
                    continue;
                }
                AcceptanceStep ls = steps.get(later);
                for (int e = 0; e < s; e++) {
                    Integer earlier = byStep.get(order[e]);
                    if (earlier == null) {
                        // the steps happen in order, so a step on record implies every earlier one
                        c.error("acceptance[" + later + "].step", ls.step(),
                                (order[s] == AcceptanceStepKind.RESULT_PUBLISHED ? "结果公布" : ls.step().toString())
                                        + "之前缺少步骤 " + order[e] + "(CN-A1：报送总结、视频答辩、现场复核、结果认定与公布依次进行)",
                                (order[s] == AcceptanceStepKind.RESULT_PUBLISHED ? "a result" : "step " + ls.step())
                                        + " without the earlier step " + order[e] + " (CN-A1: summary, video defence, "
                                        + "on-site review, result, in this order)");
                        continue;
                    }
                    AcceptanceStep es = steps.get(earlier);
                    if (ls.date() != null && es.date() != null && ls.date().isBefore(es.date())) {
                        c.error("acceptance[" + later + "].date", ls.date(),
                                ls.step() + " 早于前一步骤 " + es.step() + "(" + es.date() + "，acceptance[" + earlier + "])",
                                ls.step() + " is dated before the earlier step " + es.step() + " (" + es.date() + ", acceptance["
                                        + earlier + "])");
                    }
                }
            }
        }
    }

    /** CN-A4: every round-2 step comes at least national.rectificationYears after the round-1 result. */
    private static void reAcceptance(FactsCheck c, List<AcceptanceStep> steps) {
        if (!(c.parameter("national.rectificationYears") instanceof Integer y)) {
            return;
        }
        // each region's first round-1 result on record, found once rather than for every round-2 step
        Map<String, AcceptanceStep> firstResult = new HashMap<>();
        for (AcceptanceStep x : steps) {
            if (National.INNOVATIVE_COUNTY.equals(x.program()) && x.round() == 1 && x.step() == AcceptanceStepKind.RESULT_PUBLISHED) {
                firstResult.putIfAbsent(x.region(), x);
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            AcceptanceStep a = steps.get(i);
            if (!National.INNOVATIVE_COUNTY.equals(a.program()) || a.round() != 2) {
                continue;
            }
            AcceptanceStep first = firstResult.get(a.region());
            String p = "acceptance[" + i + "]";
            if (first == null || first.result() != AcceptanceResult.LOW_LEVEL) {
                c.error(p + ".round", "2", "再验收(第2轮)须在第1轮结果为 LOW_LEVEL(责令整改)之后(CN-A4)",
                        "a re-acceptance (round 2) needs a round-1 result LOW_LEVEL (CN-A4)");
                continue;
            }
            LocalDate earliest = first.date().plusYears(y);
            if (a.date().isBefore(earliest)) {
                c.error(p + ".date", a.date().toString(),
                        "再验收步骤早于首次验收结果(" + first.date() + ")后 " + y + " 年，最早 " + earliest + "(整改一年后再验收，national.rectificationYears)",
                        "re-acceptance step before " + earliest + ", " + y + " year(s) after the round-1 result of "
                                + first.date() + " (national.rectificationYears)");
            }
        }
    }
}
