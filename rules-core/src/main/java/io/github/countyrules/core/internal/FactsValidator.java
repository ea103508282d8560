package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.model.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Function;

/**
 * Checks facts that are well-formed field by field against each other and the spec: unknown
 * regions and parents, programmes outside their province, duplicates, indicator values against the
 * 附件2 catalogue, national acceptance steps out of order. Reports every problem.
 */
public final class FactsValidator {

    /**
     * What is validated. {@code indexes} maps a list's name to the positions its items had in the
     * file, where the reader left broken items out; absent means positions are list indexes.
     */
    public record Input(LocalDate asOf, List<Region> regions, List<MonitoringResult> monitoring,
                        List<Designation> designations, List<Application> applications,
                        List<Attestation> attestations, List<Selection> selections,
                        List<ProgressReport> progressReports, List<Indicator> indicators,
                        List<AcceptanceStep> acceptance, List<WorkPlan> workPlans, List<Evaluation> evaluations,
                        List<Consent> consents, List<TechTransaction> techTransactions, List<TechPark> techParks,
                        List<ExpertStation> expertStations, List<CommissionerGroup> commissionerGroups,
                        List<CalendarDay> calendar, Map<String, int[]> indexes) {
        public Input(LocalDate asOf, List<Region> regions, List<MonitoringResult> monitoring,
                     List<Designation> designations, List<Application> applications,
                     List<Attestation> attestations, List<Selection> selections,
                     List<ProgressReport> progressReports, List<Indicator> indicators,
                     List<AcceptanceStep> acceptance, List<WorkPlan> workPlans, List<Evaluation> evaluations,
                     List<Consent> consents, List<TechTransaction> techTransactions, List<TechPark> techParks,
                     List<ExpertStation> expertStations, List<CommissionerGroup> commissionerGroups,
                     List<CalendarDay> calendar) {
            this(asOf, regions, monitoring, designations, applications, attestations, selections, progressReports,
                    indicators, acceptance, workPlans, evaluations, consents, techTransactions, techParks,
                    expertStations, commissionerGroups, calendar, Map.of());
        }

        String path(String list, int i) {
            int[] map = indexes.get(list);
            return list + "[" + (map == null ? i : map[i]) + "]";
        }
    }

    private final Input in;
    private final Errors err;
    private final Map<String, Region> table = new LinkedHashMap<>();

    private FactsValidator(Input in, Errors err) {
        this.in = in;
        this.err = err;
    }

    /**
     * Validates {@code in}, adding problems to {@code sink}, and returns the region table (shipped
     * regions with the listed ones applied).
     */
    public static Map<String, Region> validate(Input in, Map<String, Region> shipped, List<InputError> sink) {
        FactsValidator v = new FactsValidator(in, new Errors(sink));
        v.run(shipped);
        return v.table;
    }

    private void run(Map<String, Region> shipped) {
        if (in.asOf() == null) {
            err.missing("asOf");
        }
        regions(shipped);
        monitoring();
        designations();
        simple("applications", in.applications(), Application::region, Application::program);
        applications();
        simple("attestations", in.attestations(), Attestation::region, Attestation::program);
        duplicates("attestations", in.attestations(), a -> List.of(a.region(), a.program(), a.key(), a.date()),
                "同一地区、项目、事项和日期的认定重复", "duplicate attestation for the same region, programme, key and date");
        simple("selections", in.selections(), Selection::region, Selection::program);
        selections();
        simple("progressReports", in.progressReports(), ProgressReport::region, ProgressReport::program);
        duplicates("progressReports", in.progressReports(), p -> List.of(p.region(), p.program(), p.year()),
                "同一地区、项目和年度的进展报告重复", "duplicate progress report for the same region, programme and year");
        simple("indicators", in.indicators(), Indicator::region, Indicator::program);
        duplicates("indicators", in.indicators(), x -> List.of(x.region(), x.program(), x.number(), x.year()),
                "同一地区、项目、指标和年度重复", "duplicate indicator for the same region, programme, number and year");
        simple("acceptance", in.acceptance(), AcceptanceStep::region, AcceptanceStep::program);
        acceptance();
        simple("workPlans", in.workPlans(), WorkPlan::region, WorkPlan::program);
        for (int i = 0; i < in.workPlans().size(); i++) {
            WorkPlan w = in.workPlans().get(i);
            if (w.toYear() < w.fromYear()) {
                err.add(in.path("workPlans", i) + ".toYear", w.toYear(), "结束年度早于起始年度 " + w.fromYear(),
                        "toYear is before fromYear " + w.fromYear());
            }
        }
        simple("evaluations", in.evaluations(), Evaluation::region, Evaluation::program);
        duplicates("evaluations", in.evaluations(), e -> List.of(e.region(), e.program(), e.year()),
                "同一地区、项目和年度的考评重复", "duplicate evaluation for the same region, programme and year");
        for (int i = 0; i < in.evaluations().size(); i++) {
            nonNegative(in.path("evaluations", i) + ".score", in.evaluations().get(i).score());
        }
        simple("consents", in.consents(), Consent::region, Consent::program);
        duplicates("consents", in.consents(), c -> List.of(c.region(), c.program(), c.year()),
                "同一地区、项目和年度的省政府同意重复", "duplicate consent for the same region, programme and year");
        simple("techTransactions", in.techTransactions(), TechTransaction::region, t -> null);
        duplicates("techTransactions", in.techTransactions(), t -> List.of(t.region(), t.year()),
                "同一地区和年度的技术合同成交额重复", "duplicate technology transactions for the same region and year");
        for (int i = 0; i < in.techTransactions().size(); i++) {
            nonNegative(in.path("techTransactions", i) + ".value", in.techTransactions().get(i).value());
        }
        simple("techParks", in.techParks(), TechPark::region, t -> null);
        simple("expertStations", in.expertStations(), ExpertStation::region, t -> null);
        simple("commissionerGroups", in.commissionerGroups(), CommissionerGroup::region, t -> null);
        duplicates("calendar", in.calendar(), CalendarDay::date,
                "日历中同一日期重复", "the calendar lists this date twice");
    }

    private void regions(Map<String, Region> shipped) {
        table.putAll(shipped);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < in.regions().size(); i++) {
            Region r = in.regions().get(i);
            String p = in.path("regions", i);
            Integer first = seen.putIfAbsent(r.code(), i);
            if (first != null) {
                err.add(p + ".code", r.code(), "地区代码重复，已见于 " + in.path("regions", first),
                        "duplicate region code, already listed at " + in.path("regions", first));
                continue;
            }
            boolean tagsOnly = r.name() == null && r.level() == null && r.parent() == null && r.peerGroup() == null;
            if (tagsOnly) {
                Region base = shipped.get(r.code());
                if (base == null) {
                    err.add(p, r.code(), "只列出代码和标签的地区必须是随库提供的全国区划表中的地区(2023年省、地、县三级)；其他地区(如已撤销的地区、乡镇)须给出 name 和 level",
                            "a region listed with only code and tags must be in the shipped national division table "
                                    + "(provinces, prefectures and county-level units of 2023); others (a region that no longer exists, a town) "
                                    + "need name and level");
                    continue;
                }
                Set<Tag> tags = new TreeSet<>(base.tags());
                tags.addAll(r.tags());
                table.put(r.code(), new Region(base.code(), base.name(), base.level(), base.parent(), base.peerGroup(),
                        tags, r.source() != null ? r.source() : base.source()));
            } else {
                if (r.name() == null) {
                    err.missing(p + ".name");
                }
                if (r.level() == null) {
                    err.missing(p + ".level");
                }
                table.put(r.code(), r);
            }
        }
        for (int i = 0; i < in.regions().size(); i++) {
            Region r = in.regions().get(i);
            if (r.level() == null) {
                continue;
            }
            String p = in.path("regions", i);
            if (r.level() == Level.PROVINCE) {
                if (r.parent() != null) {
                    err.add(p + ".parent", r.parent(), "省级地区没有上级", "a PROVINCE has no parent");
                }
            } else if (r.parent() == null) {
                err.add(p + ".parent", null, "除省级外每个地区都须有上级 parent", "every region but a PROVINCE needs a parent");
            } else if (!table.containsKey(r.parent())) {
                err.add(p + ".parent", r.parent(), "上级地区未列出也非随库提供", "parent is neither listed nor shipped");
            } else if (r.parent().equals(r.code())) {
                err.add(p + ".parent", r.parent(), "地区不能以自身为上级", "a region cannot be its own parent");
            }
        }
    }

    private <T> void simple(String list, List<T> items, Function<T, String> region, Function<T, Program> program) {
        for (int i = 0; i < items.size(); i++) {
            T t = items.get(i);
            String code = region.apply(t);
            String p = in.path(list, i);
            if (code != null && !table.containsKey(code)) {
                err.add(p + ".region", code, "地区代码既未列出也非随库提供", "region code is neither listed nor shipped");
                continue;
            }
        }
    }

    private <T> void duplicates(String list, List<T> items, Function<T, Object> key, String zh, String en) {
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = seen.putIfAbsent(key.apply(items.get(i)), i);
            if (first != null) {
                err.add(in.path(list, i), null, zh + "，已见于 " + in.path(list, first),
                        en + ", already at " + in.path(list, first));
            }
        }
    }

    private void nonNegative(String path, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            err.add(path, v.toPlainString(), "不能为负数", "must not be negative");
        }
    }

    private void monitoring() {
        simple("monitoring", in.monitoring(), MonitoringResult::region, m -> null);
        duplicates("monitoring", in.monitoring(), m -> List.of(m.region(), m.year()),
                "同一地区同一年度的监测结果重复", "duplicate monitoring result for the same region and year");
        for (int i = 0; i < in.monitoring().size(); i++) {
            MonitoringResult m = in.monitoring().get(i);
            String p = in.path("monitoring", i);
            nonNegative(p + ".score", m.score());
            if (m.rank() != null && m.peerGroupSize() != null && m.rank() > m.peerGroupSize()) {
                err.add(p + ".rank", m.rank(), "名次大于同类组规模 " + m.peerGroupSize(),
                        "rank is greater than peerGroupSize " + m.peerGroupSize());
            }
            if (m.published() != null && m.published().getYear() <= m.year()) {
                err.add(p + ".published", m.published(), m.year() + "年度结果应于次年及以后公布",
                        "the result for " + m.year() + " is published in " + (m.year() + 1) + " or later");
            }
        }
    }

    private void designations() {
        simple("designations", in.designations(), Designation::region, Designation::program);
        duplicates("designations", in.designations(), d -> List.of(d.region(), d.program(), d.since()),
                "同一地区和项目在同一日期有两条记录", "two designations for one region and programme with the same since");
    }

    private void applications() {
        duplicates("applications", in.applications(), a -> List.of(a.region(), a.program(), a.year()),
                "同一地区、项目和年度的申报重复", "duplicate application for the same region, programme and year");
    }

    private void selections() {
        duplicates("selections", in.selections(), s -> List.of(s.region(), s.program(), s.selected()),
                "同一地区和项目在同一日期的入选记录重复", "duplicate selection for the same region, programme and date");
        for (int i = 0; i < in.selections().size(); i++) {
            Selection s = in.selections().get(i);
            String p = in.path("selections", i);
            if (s.noticeStart() != null && s.noticeStart().isBefore(s.selected())) {
                err.add(p + ".noticeStart", s.noticeStart(), "公示不能早于入选日期 " + s.selected(),
                        "the notice cannot start before selection on " + s.selected());
            }
            if (s.published() != null && s.noticeStart() != null && s.published().isBefore(s.noticeStart())) {
                err.add(p + ".published", s.published(), "公布不能早于公示开始 " + s.noticeStart(),
                        "publication cannot precede the notice start " + s.noticeStart());
            }
        }
    }

    private void acceptance() {
        duplicates("acceptance", in.acceptance(), a -> List.of(a.region(), a.program(), a.round(), a.step()),
                "同一轮验收的同一步骤重复", "the same step of the same round is recorded twice");
        for (int i = 0; i < in.acceptance().size(); i++) {
            AcceptanceStep a = in.acceptance().get(i);
            String p = in.path("acceptance", i);
            if (a.round() < 1) {
                err.add(p + ".round", a.round(), "验收轮次从 1 开始", "acceptance rounds start at 1");
            }
            if (a.step() == AcceptanceStepKind.RESULT_PUBLISHED) {
                if (a.result() == null) {
                    err.missing(p + ".result");
                }
            } else if (a.result() != null) {
                err.add(p + ".result", a.result(), "只有 RESULT_PUBLISHED 步骤有结果", "only the RESULT_PUBLISHED step has a result");
            }
        }
    }
}
