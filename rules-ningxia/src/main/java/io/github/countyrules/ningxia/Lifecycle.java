package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.AcceptanceResult;
import io.github.countyrules.core.model.AcceptanceStep;
import io.github.countyrules.core.model.Designation;
import io.github.countyrules.core.model.Indicator;
import io.github.countyrules.core.model.ProgressReport;
import io.github.countyrules.core.model.Selection;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.HolidayCalendar;
import io.github.countyrules.core.rules.MonitoringSeries;
import io.github.countyrules.core.rules.Ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** NX-GUIDE 四(三)-四(五): notice, construction period, yearly reports, evaluation acceptance. */
public final class Lifecycle {
    private Lifecycle() {
    }

    /** A finding about one construction year. */
    public record YearFinding(int year, Finding finding) {
        public boolean met() {
            return finding.status() == Status.MET;
        }
    }

    /**
     * NX-L1 "面向社会公示5个工作日后发文公布": MET (the alert's condition) when publication comes before
     * the calendar day after the {@code days}-th working day of the notice, the start day being day 1
     * when it is a working day. Working days follow the official holiday calendar and the facts'
     * calendar entries. UNKNOWN when the notice start is not on record, or when the count reaches a
     * year that no calendar covers (named in the reason: never counted on weekends alone).
     */
    public static Finding notice(Selection sel, HolidayCalendar cal, int days) {
        Finding.Builder b = Finding.builder();
        b.fact("selection.published", sel.published());
        String official = HolidayCalendar.officialFirstYear() + "-" + HolidayCalendar.officialLastYear();
        String officialZh = HolidayCalendar.officialFirstYear() + "—" + HolidayCalendar.officialLastYear() + "年";
        String calZh = "；工作日按国务院办公厅公布的节假日安排(" + officialZh + "，含调休)"
                + (cal.factDays() > 0 ? "及录入的" + cal.factDays() + "条日历" : "") + "计算";
        String calEn = "; working days follow the State Council's official holiday calendar (" + official
                + ", adjusted working days included)" + (cal.factDays() == 0 ? "" : cal.factDays() == 1 ? " and the calendar entry on record"
                : " and the " + cal.factDays() + " calendar entries on record");
        b.fact("calendar", "official " + official + (cal.factDays() > 0 ? " + " + cal.factDays() + " calendar facts" : ""));
        if (sel.noticeStart() == null) {
            b.fact("selection.noticeStart", null).missing("selection.noticeStart");
            return b.unknown("公示开始日期未在案，无法核对公示是否满" + days + "个工作日",
                    "the notice start date is not on record, so the " + days + "-working-day notice cannot be checked");
        }
        b.fact("selection.noticeStart", sel.noticeStart());
        HolidayCalendar.Count count = cal.count(sel.noticeStart(), days);
        if (!count.decided()) {
            int y = count.uncoveredYear();
            b.fact("calendar." + y, null).missing("calendar." + y);
            return b.unknown("公示自" + sel.noticeStart() + "开始，计算" + days + "个工作日需用到" + y + "年的节假日安排，但随库的官方日历只到"
                            + officialZh + "，事实中也没有" + y + "年的日历，无法核对公示是否满" + days + "个工作日；请在 calendar 中录入"
                            + y + "年的节假日和调休",
                    "the notice began on " + sel.noticeStart() + " and counting its " + days + " working days needs the holidays of "
                            + y + ", which neither the shipped official calendar (" + official + ") nor the facts' calendar covers, so the "
                            + days + "-working-day notice cannot be checked; add " + y + "'s holidays and adjusted working days under calendar");
        }
        LocalDate last = count.last();
        LocalDate firstAllowed = last.plusDays(1);
        b.fact("notice.lastWorkingDay", last).fact("notice.firstAllowedPublication", firstAllowed);
        if (sel.published().isBefore(firstAllowed)) {
            return b.met("公示自" + sel.noticeStart() + "开始，第" + days + "个工作日为" + last + "，最早可于" + firstAllowed
                            + "发文公布；实际于" + sel.published() + "公布，公示不足" + days + "个工作日" + calZh,
                    "the notice began on " + sel.noticeStart() + " and its working day " + days + " is " + last
                            + ", so the list could be published from " + firstAllowed + "; it was published on "
                            + sel.published() + ", before the " + days + " working days had passed" + calEn);
        }
        return b.notMet("公示自" + sel.noticeStart() + "开始，满" + days + "个工作日(至" + last + ")后于" + sel.published() + "公布"
                        + calZh,
                "the notice began on " + sel.noticeStart() + " and ran its " + days + " working days (to " + last
                        + ") before publication on " + sel.published() + calEn);
    }

    /** NX-L2: the period itself, as the reason every lifecycle STATUS decision starts from. */
    public static Finding period(ConstructionPeriod p, Designation d) {
        Finding.Builder b = Finding.builder();
        b.fact("designation.status", d.status()).fact("designation.since", d.since());
        if (d.source() != null) {
            b.fact("designation.source", d.source());
        }
        b.fact(p.publishedFrom(), p.published());
        b.fact("construction.years", p.startYear() + "-" + p.endYear()).fact("construction.baselineYear", p.baselineYear());
        String fromZh = p.publishedFrom().equals("selection.published") ? "名单公布日期" : "无名单公布记录，按在案记录的起始日期";
        String fromEn = p.publishedFrom().equals("selection.published") ? "the list's publication date"
                : "no publication on record, so the designation's since date";
        return b.met(fromZh + " " + p.published() + "；建设年度为" + p.startYear() + "—" + p.endYear() + "年，基期为"
                        + p.baselineYear() + "年，建设期至" + p.endDate() + "结束",
                fromEn + " " + p.published() + "; construction years " + p.startYear() + "-" + p.endYear()
                        + ", baseline year " + p.baselineYear() + ", the period ends on " + p.endDate());
    }

    /**
     * NX-L3 "每年3月底前将上一年度建设进展报告报送": for each construction year whose report due date
     * ({@code due} of the next year) has passed at the as-of date, MET (overdue) when no report for
     * it is on record, NOT_MET when one is. Years not yet due are not judged; the due day itself is
     * still in time.
     */
    public static List<YearFinding> reports(ConstructionPeriod p, Collection<?> reports, MonthDay due, LocalDate asOf) {
        List<YearFinding> out = new ArrayList<>();
        for (int y = p.startYear(); y <= p.endYear(); y++) {
            LocalDate dueDate = due.atYear(y + 1);
            if (!asOf.isAfter(dueDate)) {
                continue;
            }
            int year = y;
            ProgressReport r = reports.stream().map(ProgressReport.class::cast).filter(x -> x.year() == year)
                    .min(Comparator.comparing(ProgressReport::submitted)).orElse(null);
            Finding.Builder b = Finding.builder();
            b.fact("progressReports." + y + ".due", dueDate).fact("progressReports." + y + ".submitted", r == null ? null : r.submitted());
            if (r == null) {
                out.add(new YearFinding(y, b.met(y + "年度建设进展报告应于" + dueDate + "前报送，截至评估日未见报送",
                        "the progress report for " + y + " was due by " + dueDate + " and none is on record")));
            } else {
                boolean late = r.submitted().isAfter(dueDate);
                out.add(new YearFinding(y, b.notMet(y + "年度建设进展报告已于" + r.submitted() + "报送" + (late ? "(晚于" + dueDate + ")" : ""),
                        "the progress report for " + y + " was submitted on " + r.submitted()
                                + (late ? " (after the due date " + dueDate + ")" : ""))));
            }
        }
        return out;
    }

    /**
     * NX-L4 "建设期内创新能力稳步提升": no construction year's score below the year before it, and the
     * last construction year's score above the baseline year's.
     */
    public static Finding steadyImprovement(Collection<?> series, ConstructionPeriod p) {
        MonitoringSeries s = Monitoring.single(series);
        Finding.Builder b = Finding.builder();
        for (int y = p.baselineYear(); y <= p.endYear(); y++) {
            BigDecimal v = Monitoring.score(s, y);
            b.fact(Monitoring.key(y, "score"), v);
            if (v == null) {
                b.missing(Monitoring.key(y, "score"));
            }
        }
        List<String> zhBad = new ArrayList<>();
        List<String> enBad = new ArrayList<>();
        for (int y = p.startYear(); y <= p.endYear(); y++) {
            BigDecimal before = Monitoring.score(s, y - 1);
            BigDecimal now = Monitoring.score(s, y);
            if (before != null && now != null && now.compareTo(before) < 0) {
                zhBad.add(y + "年得分 " + Text.show(now) + " 低于" + (y - 1) + "年的 " + Text.show(before));
                enBad.add("the " + y + " score " + Text.show(now) + " is below " + (y - 1) + "'s " + Text.show(before));
            }
        }
        BigDecimal base = Monitoring.score(s, p.baselineYear());
        BigDecimal last = Monitoring.score(s, p.endYear());
        if (base != null && last != null && last.compareTo(base) <= 0) {
            zhBad.add(p.endYear() + "年得分 " + Text.show(last) + " 未高于基期" + p.baselineYear() + "年的 " + Text.show(base));
            enBad.add("the " + p.endYear() + " score " + Text.show(last) + " is not above the baseline (" + p.baselineYear()
                    + ") score " + Text.show(base));
        }
        String window = p.baselineYear() + "-" + p.endYear();
        if (!zhBad.isEmpty()) {
            return b.notMet("建设期内创新能力未稳步提升：" + String.join("；", zhBad),
                    "capability did not improve steadily during construction: " + String.join("; ", enBad));
        }
        if (b.hasMissing()) {
            return b.unknown("缺少 " + Text.zhList(b.missingNames()) + "，无法判断建设期内(" + window + ")创新能力是否稳步提升",
                    "missing " + Text.enList(b.missingNames()) + ", so steady improvement over " + window + " cannot be judged");
        }
        return b.met("建设期内创新能力稳步提升：各建设年度得分不低于上一年，" + p.endYear() + "年得分 " + Text.show(last) + " 高于基期 "
                        + Text.show(base),
                "capability improved steadily: no construction year fell below the year before, and " + p.endYear() + "'s "
                        + Text.show(last) + " is above the baseline " + Text.show(base));
    }

    /** Targets met and counted for one construction year, or the facts that are missing. */
    record YearCompletion(int year, int met, int counted, List<String> missing) {
    }

    /**
     * 附件2 completion for one year: quantitative indicators with a target count; a target whose
     * value is missing, or a year with no quantitative target at all, leaves the year unknown.
     */
    static YearCompletion completion(Collection<?> indicators, int year, Finding.Builder b) {
        List<Indicator> of = indicators.stream().map(Indicator.class::cast).filter(i -> i.year() == year).toList();
        IndicatorCatalogue.Completion c = IndicatorCatalogue.completion(of);
        List<String> missing = new ArrayList<>();
        for (int n : c.missingValues()) {
            missing.add("indicators." + year + "." + n + ".value");
        }
        if (c.counted() == 0 && missing.isEmpty()) {
            missing.add("indicators." + year + ".target");
        }
        missing.forEach(b::missing);
        b.fact("indicators." + year + ".targetsMet", c.met() + "/" + c.counted());
        return new YearCompletion(year, c.met(), c.counted(), missing);
    }

    /**
     * NX-L4 "建设目标任务完成较好": over all construction years together, quantitative targets met /
     * targets with a value >= {@code share}.
     */
    public static Finding goodCompletion(Collection<?> indicators, ConstructionPeriod p, Ratio share) {
        Finding.Builder b = Finding.builder();
        int met = 0;
        int counted = 0;
        for (int y = p.startYear(); y <= p.endYear(); y++) {
            YearCompletion c = completion(indicators, y, b);
            met += c.met();
            counted += c.counted();
        }
        String window = p.startYear() + "-" + p.endYear();
        if (b.hasMissing()) {
            return b.unknown("附件2量化指标缺少 " + Text.zhList(b.missingNames()) + "，无法计算" + window + "年目标完成率",
                    "附件2 indicators missing " + Text.enList(b.missingNames()) + ", so the share of targets met in " + window
                            + " cannot be computed");
        }
        Ratio got = Ratio.of(met, counted);
        b.fact("indicators.targetsMet", met + "/" + counted);
        boolean ok = got.isAtLeast(share);
        return b.of(ok,
                window + "年量化指标目标完成 " + met + "/" + counted + "(" + got.toPercentString() + ")，" + (ok ? "达到" : "低于")
                        + "完成较好的标准 " + share.toPercentString(),
                "quantitative targets met in " + window + ": " + met + "/" + counted + " (" + got.toPercentString() + "), "
                        + (ok ? "at least" : "below") + " the " + share.toPercentString() + " that counts as completed well");
    }

    /** NX-L4 "组织专家开展评估验收": the experts' conclusion on record (step RESULT_PUBLISHED). */
    public static Finding acceptance(Collection<?> steps) {
        Finding.Builder b = Finding.builder();
        AcceptanceStep a = steps.stream().map(AcceptanceStep.class::cast).max(Comparator.comparing(AcceptanceStep::date)).orElse(null);
        if (a == null) {
            b.fact("acceptance.RESULT_PUBLISHED", null).missing("acceptance.RESULT_PUBLISHED");
            return b.unknown("专家评估验收结论尚未在案", "the experts' acceptance conclusion is not on record");
        }
        b.fact("acceptance.RESULT_PUBLISHED", a.result() + " " + a.date());
        if (a.source() != null) {
            b.fact("acceptance.source", a.source());
        }
        boolean ok = a.result() == AcceptanceResult.PASS;
        return b.of(ok, "专家评估验收结论(" + a.date() + ")：" + (ok ? "通过" : "未通过"),
                "the experts' acceptance conclusion (" + a.date() + "): " + (ok ? "passed" : "failed"));
    }
}
