package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.model.*;
import io.github.countyrules.core.rules.IndicatorCatalogue;

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
        indicators();
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
            Program prog = program.apply(t);
            if (code != null && prog != null && !prog.admits(code)) {
                err.add(p + ".region", code, prog + " 只适用于代码以 " + prog.province() + " 开头的地区",
                        prog + " applies only to regions whose code starts with " + prog.province());
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
        for (int i = 0; i < in.designations().size(); i++) {
            Designation d = in.designations().get(i);
            String p = in.path("designations", i);
            if (!allowed(d.program()).contains(d.status())) {
                err.add(p + ".status", d.status(), d.program() + " 的状态应为：" + allowed(d.program()),
                        "status of " + d.program() + " must be one of " + allowed(d.program()));
            }
            if (d.theme() != null && d.program() != Program.NATIONAL_INNOVATIVE_COUNTY) {
                err.add(p + ".theme", d.theme(), "只有国家创新型县有主题", "only national innovative counties have a theme");
            }
        }
    }

    static Set<DesignationStatus> allowed(Program p) {
        return switch (p) {
            case NATIONAL_INNOVATIVE_COUNTY -> EnumSet.of(DesignationStatus.APPLIED, DesignationStatus.SELECTED,
                    DesignationStatus.UNDER_CONSTRUCTION, DesignationStatus.RECTIFICATION, DesignationStatus.PASSED,
                    DesignationStatus.CANCELLED);
            case NINGXIA_INNOVATIVE_COUNTY, NINGXIA_INNOVATIVE_CITY -> EnumSet.of(DesignationStatus.APPLIED,
                    DesignationStatus.SELECTED, DesignationStatus.UNDER_CONSTRUCTION, DesignationStatus.APPROVED,
                    DesignationStatus.DISQUALIFIED, DesignationStatus.TITLE_REVOKED);
            case GANSU_INNOVATIVE_COUNTY, GANSU_INNOVATIVE_TOWN -> EnumSet.of(DesignationStatus.APPLIED,
                    DesignationStatus.SELECTED, DesignationStatus.AWARDED);
            // GS-PLAN 二(一) builds parks but awards them no title
            case GANSU_TECH_PARK -> EnumSet.of(DesignationStatus.APPLIED, DesignationStatus.SELECTED);
        };
    }

    private void applications() {
        duplicates("applications", in.applications(), a -> List.of(a.region(), a.program(), a.year()),
                "同一地区、项目和年度的申报重复", "duplicate application for the same region, programme and year");
        for (int i = 0; i < in.applications().size(); i++) {
            Application a = in.applications().get(i);
            String p = in.path("applications", i);
            if (a.program() == Program.NATIONAL_INNOVATIVE_COUNTY) {
                if (a.batch() == null) {
                    err.missing(p + ".batch");
                }
                if (a.theme() == null) {
                    err.add(p + ".theme", null, "国家创新型县申报须且只须选择一个主题：INDUSTRY | ECOLOGY | LIVELIHOOD",
                            "a national application names exactly one theme: INDUSTRY | ECOLOGY | LIVELIHOOD");
                }
            } else {
                if (a.batch() != null) {
                    err.add(p + ".batch", a.batch(), "只有国家创新型县申报有批次", "only national applications have a batch");
                }
                if (a.theme() != null) {
                    err.add(p + ".theme", a.theme(), "只有国家创新型县申报有主题", "only national applications have a theme");
                }
            }
        }
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

    private void indicators() {
        duplicates("indicators", in.indicators(), x -> List.of(x.region(), x.program(), x.number(), x.year()),
                "同一地区、项目、指标和年度重复", "duplicate indicator for the same region, programme, number and year");
        for (int i = 0; i < in.indicators().size(); i++) {
            Indicator x = in.indicators().get(i);
            String p = in.path("indicators", i);
            if (x.program() != Program.NINGXIA_INNOVATIVE_COUNTY && x.program() != Program.NINGXIA_INNOVATIVE_CITY) {
                err.add(p + ".program", x.program(), "附件2指标只属于宁夏项目", "附件2 indicators belong to the Ningxia programmes");
            }
            IndicatorCatalogue.Item item = IndicatorCatalogue.item(x.number());
            if (item == null) {
                err.add(p + ".number", x.number(), "附件2没有此指标，应为 1-25", "no such indicator in 附件2; expected 1-25");
                continue;
            }
            if (x.unit() != null && !x.unit().equals(item.unit())) {
                err.add(p + ".unit", x.unit(), "指标" + x.number() + "的单位应为 " + item.unit(),
                        "indicator " + x.number() + " is measured in " + item.unit());
            }
            if (!item.quantitative()) {
                if (x.value() != null || x.target() != null) {
                    err.add(p + (x.value() != null ? ".value" : ".target"), x.value() != null ? x.value() : x.target(),
                            "指标" + x.number() + "为定性指标，只填 text", "indicator " + x.number() + " is qualitative: text only");
                }
                continue;
            }
            if (x.text() != null) {
                err.add(p + ".text", x.text(), "指标" + x.number() + "为定量指标，填 value 和 target",
                        "indicator " + x.number() + " is quantitative: value and target, not text");
            }
            for (String f : List.of("value", "target")) {
                BigDecimal v = f.equals("value") ? x.value() : x.target();
                if (v == null) {
                    continue;
                }
                switch (item.measure()) {
                    case SHARE -> {
                        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
                            err.add(p + "." + f, v.toPlainString(), "百分比应在 0-100 之间", "a percentage must lie in 0-100");
                        }
                    }
                    case GROWTH -> { }
                    default -> nonNegative(p + "." + f, v);
                }
            }
        }
    }

    private void acceptance() {
        duplicates("acceptance", in.acceptance(), a -> List.of(a.region(), a.program(), a.round(), a.step()),
                "同一轮验收的同一步骤重复", "the same step of the same round is recorded twice");
        Map<List<Object>, List<Integer>> rounds = new TreeMap<>(Comparator.comparing(Object::toString));
        for (int i = 0; i < in.acceptance().size(); i++) {
            AcceptanceStep a = in.acceptance().get(i);
            String p = in.path("acceptance", i);
            boolean national = a.program() == Program.NATIONAL_INNOVATIVE_COUNTY;
            boolean ningxia = a.program() == Program.NINGXIA_INNOVATIVE_COUNTY || a.program() == Program.NINGXIA_INNOVATIVE_CITY;
            if (!national && !ningxia) {
                err.add(p + ".program", a.program(), "只有国家和宁夏项目有验收", "only the national and Ningxia programmes have acceptance");
                continue;
            }
            if (a.round() < 1 || (national && a.round() > 2) || (ningxia && a.round() != 1)) {
                err.add(p + ".round", a.round(), national ? "国家验收轮次为 1 或 2(整改后再验收)" : "宁夏评估验收只有第 1 轮",
                        national ? "national acceptance has round 1 or 2 (re-acceptance)" : "Ningxia acceptance has round 1 only");
            }
            if (a.step() == AcceptanceStepKind.RESULT_PUBLISHED) {
                if (a.result() == null) {
                    err.missing(p + ".result");
                } else if (national && a.result() == AcceptanceResult.FAIL) {
                    err.add(p + ".result", a.result(), "国家验收结果应为 PASS | LOW_LEVEL", "a national result is PASS | LOW_LEVEL");
                } else if (ningxia && a.result() == AcceptanceResult.LOW_LEVEL) {
                    err.add(p + ".result", a.result(), "宁夏评估验收结果应为 PASS | FAIL", "a Ningxia result is PASS | FAIL");
                }
            } else {
                if (ningxia) {
                    err.add(p + ".step", a.step(), "宁夏评估验收只记录 RESULT_PUBLISHED", "Ningxia acceptance records RESULT_PUBLISHED only");
                }
                if (a.result() != null) {
                    err.add(p + ".result", a.result(), "只有 RESULT_PUBLISHED 步骤有结果", "only the RESULT_PUBLISHED step has a result");
                }
            }
            if (national) {
                rounds.computeIfAbsent(List.of(a.region(), a.program(), a.round()), k -> new ArrayList<>()).add(i);
            }
        }
        // CN-A1: the four steps happen in order; a result needs all earlier steps.
        for (List<Integer> idx : rounds.values()) {
            Map<AcceptanceStepKind, Integer> byStep = new EnumMap<>(AcceptanceStepKind.class);
            for (int i : idx) {
                byStep.putIfAbsent(in.acceptance().get(i).step(), i);
            }
            AcceptanceStepKind[] order = AcceptanceStepKind.values();
            for (int s = 0; s < order.length; s++) {
                Integer later = byStep.get(order[s]);
                if (later == null) {
                    continue;
                }
                AcceptanceStep ls = in.acceptance().get(later);
                for (int e = 0; e < s; e++) {
                    Integer earlier = byStep.get(order[e]);
                    if (earlier == null) {
                        // CN-A1: the steps happen in order, so a step on record implies every earlier one
                        err.add(in.path("acceptance", later) + ".step", ls.step(),
                                (order[s] == AcceptanceStepKind.RESULT_PUBLISHED ? "结果公布" : ls.step().toString())
                                        + "之前缺少步骤 " + order[e] + "(CN-A1：报送总结、视频答辩、现场复核、结果认定与公布依次进行)",
                                (order[s] == AcceptanceStepKind.RESULT_PUBLISHED ? "a result" : "step " + ls.step())
                                        + " without the earlier step " + order[e] + " (CN-A1: summary, video defence, "
                                        + "on-site review, result, in this order)");
                        continue;
                    }
                    AcceptanceStep es = in.acceptance().get(earlier);
                    if (ls.date() != null && es.date() != null && ls.date().isBefore(es.date())) {
                        err.add(in.path("acceptance", later) + ".date", ls.date(),
                                ls.step() + " 早于前一步骤 " + es.step() + "(" + es.date() + "，" + in.path("acceptance", earlier) + ")",
                                ls.step() + " is dated before the earlier step " + es.step() + " (" + es.date() + ", "
                                        + in.path("acceptance", earlier) + ")");
                    }
                }
            }
        }
    }
}
