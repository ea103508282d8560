package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.Grade;
import io.github.countyrules.core.model.MonitoringResult;
import io.github.countyrules.core.model.Region;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.MonitoringSeries;
import io.github.countyrules.core.rules.Ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * NX-GUIDE 四(六) 动态管理: the grounds to disqualify a region under construction (NX-D1…D3) and to
 * revoke an approved title (NX-R1, NX-R2). Every finding is a trigger: MET means the ground holds.
 */
public final class DynamicManagement {
    /** "排名落后" read as a monitoring class of C or D. */
    public static final String GRADE_C_OR_D = "GRADE_C_OR_D";
    /** "排名落后" read as a rank in the bottom third of the peer group: 3 × rank > 2 × peerGroupSize. */
    public static final String BOTTOM_THIRD = "BOTTOM_THIRD";

    private DynamicManagement() {
    }

    /**
     * Whether the grounds found MET disqualify: NX-D1 alone does; NX-D2 and NX-D3 each alone do when
     * read as separate grounds (ningxia.declineGroundsJoint false), only together when read jointly.
     */
    public static boolean disqualifies(Collection<?> metRuleIds, boolean joint) {
        boolean d1 = metRuleIds.contains("NX-D1");
        boolean d2 = metRuleIds.contains("NX-D2");
        boolean d3 = metRuleIds.contains("NX-D3");
        return d1 || (joint ? d2 && d3 : d2 || d3);
    }

    /**
     * NX-D1 "建设期内创新能力连续2年下降": scores of Y-1 > Y > Y+1 where Y and Y+1 are construction
     * years (Y-1 may be the baseline year). NOT_MET when every such run is broken by a known year
     * that did not fall; otherwise UNKNOWN while a needed score is missing or not yet published.
     */
    public static Finding twoYearDecline(Collection<?> series, ConstructionPeriod p, LocalDate asOf, MonthDay pub) {
        MonitoringSeries s = Monitoring.single(series);
        Finding.Builder b = Finding.builder();
        for (int y = p.baselineYear(); y <= p.endYear(); y++) {
            b.fact(Monitoring.key(y, "score"), Monitoring.score(s, y));
        }
        List<String> notYet = new ArrayList<>();
        boolean undecided = false;
        for (int y = p.startYear(); y < p.endYear(); y++) {
            BigDecimal a = Monitoring.score(s, y - 1);
            BigDecimal m = Monitoring.score(s, y);
            BigDecimal c = Monitoring.score(s, y + 1);
            if (a != null && m != null && c != null && a.compareTo(m) > 0 && m.compareTo(c) > 0) {
                return b.met(y + "年、" + (y + 1) + "年创新能力连续2年下降：" + (y - 1) + "年 " + Text.show(a) + " → " + y + "年 "
                                + Text.show(m) + " → " + (y + 1) + "年 " + Text.show(c),
                        "capability declined in two consecutive years, " + y + " and " + (y + 1) + ": " + Text.show(a)
                                + " -> " + Text.show(m) + " -> " + Text.show(c));
            }
            boolean broken = (a != null && m != null && m.compareTo(a) >= 0) || (m != null && c != null && c.compareTo(m) >= 0);
            if (!broken) {
                undecided = true;
                for (int k = y - 1; k <= y + 1; k++) {
                    if (Monitoring.score(s, k) == null) {
                        b.missing(Monitoring.key(k, "score"));
                        if (Monitoring.notYetDue(k, asOf, pub) && !notYet.contains(String.valueOf(k))) {
                            notYet.add(String.valueOf(k));
                        }
                    }
                }
            }
        }
        if (undecided) {
            String zhNotYet = notYet.isEmpty() ? "" : "(" + Text.zhList(notYet) + "年度结果尚未到公布时间)";
            String enNotYet = notYet.isEmpty() ? "" : " (the results for " + Text.enList(notYet) + " are not yet due)";
            return b.unknown("缺少 " + Text.zhList(b.missingNames()) + zhNotYet + "，尚无法判断建设期内是否连续2年下降",
                    "missing " + Text.enList(b.missingNames()) + enNotYet
                            + ", so a decline in two consecutive construction years cannot yet be ruled out");
        }
        return b.notMet("建设期内未出现连续2年下降", "capability did not decline in two consecutive construction years");
    }

    /**
     * NX-D2 "创新能力总体下降明显": the latest construction year's published score is below the baseline
     * year's by at least {@code share} of the baseline, exactly.
     */
    public static Finding markedDecline(Collection<?> series, ConstructionPeriod p, Ratio share, boolean joint,
                                        LocalDate asOf, MonthDay pub) {
        MonitoringSeries s = Monitoring.single(series);
        Finding.Builder b = Finding.builder();
        int baseYear = p.baselineYear();
        BigDecimal base = Monitoring.score(s, baseYear);
        b.fact(Monitoring.key(baseYear, "score"), base);
        Integer latest = null;
        for (int y = p.endYear(); y >= p.startYear(); y--) {
            if (Monitoring.score(s, y) != null) {
                latest = y;
                break;
            }
        }
        String readingZh = joint ? "(与目标任务完成较差合并为一项理由)" : "(作为单独理由)";
        String readingEn = joint ? " (read jointly with poor target completion)" : " (a ground on its own)";
        if (base == null) {
            b.missing(Monitoring.key(baseYear, "score"));
        }
        if (latest == null) {
            b.fact(Monitoring.key(p.startYear(), "score"), null).missing(Monitoring.key(p.startYear(), "score"));
        }
        if (base == null || latest == null) {
            String zhNotYet = latest == null && Monitoring.notYetDue(p.startYear(), asOf, pub)
                    ? "(" + p.startYear() + "年度结果尚未到公布时间)" : "";
            String enNotYet = latest == null && Monitoring.notYetDue(p.startYear(), asOf, pub)
                    ? " (the " + p.startYear() + " result is not yet due)" : "";
            return b.unknown("缺少 " + Text.zhList(b.missingNames()) + zhNotYet + "，无法判断建设期内创新能力是否总体下降明显",
                    "missing " + Text.enList(b.missingNames()) + enNotYet + ", so a marked overall decline cannot be judged");
        }
        BigDecimal now = Monitoring.score(s, latest);
        b.fact(Monitoring.key(latest, "score"), now);
        boolean marked = Monitoring.markedDecline(base, now, share);
        String drop = now.compareTo(base) < 0 ? "下降 " + Monitoring.dropPercent(base, now) : "未下降";
        String dropEn = now.compareTo(base) < 0 ? "a drop of " + Monitoring.dropPercent(base, now) : "no drop";
        return b.of(marked,
                latest + "年得分 " + Text.show(now) + " 较基期" + baseYear + "年的 " + Text.show(base) + " " + drop + "，"
                        + (marked ? "达到" : "未达到") + "下降明显的标准 " + share.toPercentString() + readingZh,
                "the " + latest + " score " + Text.show(now) + " against the baseline (" + baseYear + ") " + Text.show(base) + ": "
                        + dropEn + ", " + (marked ? "at least" : "less than") + " the " + share.toPercentString()
                        + " that counts as a marked decline" + readingEn);
    }

    /**
     * NX-D3 "目标任务完成情况较差": MET when a construction year whose values exist at the as-of date
     * (years before the as-of year) has a share of quantitative targets met below {@code share};
     * a year with a target lacking its value, or with no quantitative target, is UNKNOWN.
     */
    public static Finding poorCompletion(Collection<?> indicators, ConstructionPeriod p, Ratio share, boolean joint,
                                         LocalDate asOf) {
        Finding.Builder b = Finding.builder();
        String readingZh = joint ? "(与创新能力总体下降明显合并为一项理由)" : "(作为单独理由)";
        String readingEn = joint ? " (read jointly with a marked decline)" : " (a ground on its own)";
        List<String> poorZh = new ArrayList<>();
        List<String> poorEn = new ArrayList<>();
        int judged = 0;
        for (int y = p.startYear(); y <= p.endYear() && y < asOf.getYear(); y++) {
            judged++;
            Lifecycle.YearCompletion c = Lifecycle.completion(indicators, y, b);
            if (c.missing().isEmpty()) {
                Ratio got = Ratio.of(c.met(), c.counted());
                if (got.isBelow(share)) {
                    poorZh.add(y + "年完成 " + c.met() + "/" + c.counted() + "(" + got.toPercentString() + ")");
                    poorEn.add(y + ": " + c.met() + "/" + c.counted() + " (" + got.toPercentString() + ")");
                }
            }
        }
        if (!poorZh.isEmpty()) {
            return b.met("目标任务完成情况较差，量化指标目标完成率低于 " + share.toPercentString() + "：" + String.join("；", poorZh) + readingZh,
                    "poor target completion, below " + share.toPercentString() + " of quantitative targets met: "
                            + String.join("; ", poorEn) + readingEn);
        }
        if (b.hasMissing()) {
            return b.unknown("附件2量化指标缺少 " + Text.zhList(b.missingNames()) + "，无法判断目标任务完成情况是否较差" + readingZh,
                    "附件2 indicators missing " + Text.enList(b.missingNames()) + ", so poor completion cannot be ruled out"
                            + readingEn);
        }
        if (judged == 0) {
            return b.notMet("尚无已结束的建设年度，目标任务完成情况暂无可判断的数据",
                    "no construction year has ended yet, so there is no target completion to judge");
        }
        return b.notMet("已结束的建设年度量化指标目标完成率均不低于 " + share.toPercentString() + readingZh,
                "every ended construction year met at least " + share.toPercentString() + " of its quantitative targets"
                        + readingEn);
    }

    /** Whether one result "ranks behind" under a reading, with the facts it needs when it cannot tell. */
    record Behind(Status status, List<String> missing, String zh, String en) {
    }

    static Behind behind(MonitoringResult r, String reading, String prefix) {
        if (GRADE_C_OR_D.equals(reading)) {
            boolean b = r.grade() == Grade.C || r.grade() == Grade.D;
            return new Behind(Status.of(b), List.of(), r.grade() + "类", "class " + r.grade());
        }
        if (r.rank() == null || r.peerGroupSize() == null) {
            List<String> missing = new ArrayList<>();
            if (r.rank() == null) {
                missing.add(prefix + "rank");
            }
            if (r.peerGroupSize() == null) {
                missing.add(prefix + "peerGroupSize");
            }
            return new Behind(Status.UNKNOWN, missing, "无同类县(区)排名", "no rank in the peer group");
        }
        boolean b = 3L * r.rank() > 2L * r.peerGroupSize();
        return new Behind(Status.of(b), List.of(), "同类第 " + r.rank() + "/" + r.peerGroupSize() + " 名",
                "rank " + r.rank() + " of " + r.peerGroupSize());
    }

    /**
     * NX-R2 "创新能力下降明显或在同类县(区)中创新能力排名落后": in the latest monitoring year, a drop
     * from the year before of at least {@code share}, or ranking behind under {@code reading}.
     * MET when either holds; NOT_MET when both are known not to; otherwise UNKNOWN.
     */
    public static Finding countyRevocation(Collection<?> series, String reading, Ratio share, LocalDate asOf, MonthDay pub) {
        MonitoringSeries s = Monitoring.single(series);
        Finding.Builder b = Finding.builder();
        if (s == null) {
            int y = Monitoring.expectedLatestYear(asOf, pub);
            b.fact(Monitoring.key(y, "score"), null).missing(Monitoring.key(y, "score"));
            return b.unknown("截至评估日尚无已公布的监测评价结果，无法判断是否下降明显或排名落后",
                    "no monitoring result is published at the as-of date, so neither a marked decline nor ranking behind can be judged");
        }
        MonitoringResult r = s.latest();
        int y = r.year();
        BigDecimal before = Monitoring.score(s, y - 1);
        b.fact(Monitoring.key(y, "score"), r.score()).fact(Monitoring.key(y - 1, "score"), before);
        Status decline;
        String declineZh;
        String declineEn;
        if (before == null) {
            b.missing(Monitoring.key(y - 1, "score"));
            decline = Status.UNKNOWN;
            declineZh = "缺少" + (y - 1) + "年得分，无法判断" + y + "年是否下降明显";
            declineEn = "without the " + (y - 1) + " score a marked decline in " + y + " cannot be judged";
        } else {
            decline = Status.of(Monitoring.markedDecline(before, r.score(), share));
            String drop = r.score().compareTo(before) < 0 ? "下降 " + Monitoring.dropPercent(before, r.score()) : "未下降";
            String dropEn = r.score().compareTo(before) < 0 ? "a drop of " + Monitoring.dropPercent(before, r.score()) : "no drop";
            declineZh = y + "年得分 " + Text.show(r.score()) + " 较上年 " + Text.show(before) + " " + drop + "，"
                    + (decline == Status.MET ? "达到" : "未达到") + "下降明显的标准 " + share.toPercentString();
            declineEn = "the " + y + " score " + Text.show(r.score()) + " against " + Text.show(before) + " the year before: "
                    + dropEn + ", " + (decline == Status.MET ? "at least" : "less than") + " the " + share.toPercentString()
                    + " that counts as marked";
        }
        b.fact(Monitoring.key(y, "grade"), r.grade());
        if (r.rank() != null) {
            b.fact(Monitoring.key(y, "rank"), r.rank());
        }
        if (r.peerGroupSize() != null) {
            b.fact(Monitoring.key(y, "peerGroupSize"), r.peerGroupSize());
        }
        Behind rank = behind(r, reading, "monitoring." + y + ".");
        rank.missing().forEach(b::missing);
        String rankZh = y + "年" + rank.zh() + "，按 " + reading + " 的理解" + (rank.status() == Status.MET ? "属于排名落后"
                : rank.status() == Status.NOT_MET ? "不属于排名落后" : "无法判断是否排名落后");
        String rankEn = y + ": " + rank.en() + ", which under the reading " + reading + (rank.status() == Status.MET
                ? " ranks behind" : rank.status() == Status.NOT_MET ? " does not rank behind" : " cannot be placed");
        String zh = declineZh + "；" + rankZh;
        String en = declineEn + "; " + rankEn;
        if (decline == Status.MET || rank.status() == Status.MET) {
            return b.met(zh, en);
        }
        if (decline == Status.UNKNOWN || rank.status() == Status.UNKNOWN) {
            return b.unknown(zh, en);
        }
        return b.notMet(zh, en);
    }

    /**
     * NX-R1 "所辖县(区)连续两年有三分之一以上的县(区)排名落后": in each of the latest {@code years}
     * monitoring years (ending with the latest year any unit has a published result), units ranking
     * behind / all units >= {@code share}. A year is UNKNOWN when units without a result could tip it.
     */
    public static Finding cityRankBehind(String city, Collection<?> regions, Collection<?> series, String reading,
                                         int years, Ratio share, LocalDate asOf, MonthDay pub) {
        List<Region> units = Eligibility.units(city, regions);
        Map<String, MonitoringSeries> byRegion = Monitoring.byRegion(series);
        Finding.Builder b = Finding.builder();
        if (units.isEmpty()) {
            b.missing("regions.parent=" + city);
            return b.unknown("没有登记该市所辖的县(区)", "no county-level unit under this city is known");
        }
        int last = units.stream().map(u -> byRegion.get(u.code())).filter(x -> x != null).mapToInt(MonitoringSeries::latestYear)
                .max().orElse(Monitoring.expectedLatestYear(asOf, pub));
        int first = last - years + 1;
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        boolean anyNo = false;
        boolean anyUnknown = false;
        for (int y = first; y <= last; y++) {
            int behindCount = 0;
            int unknown = 0;
            List<String> who = new ArrayList<>();
            for (Region u : units) {
                MonitoringResult r = Monitoring.result(byRegion.get(u.code()), y);
                if (r == null) {
                    unknown++;
                    b.fact(Monitoring.key(u.code(), y, "grade"), null).missing(Monitoring.key(u.code(), y, "grade"));
                    continue;
                }
                Behind h = behind(r, reading, "monitoring." + u.code() + "." + y + ".");
                b.fact(Monitoring.key(u.code(), y, GRADE_C_OR_D.equals(reading) ? "grade" : "rank"),
                        GRADE_C_OR_D.equals(reading) ? r.grade() : r.rank() == null ? null : r.rank() + "/" + r.peerGroupSize());
                if (h.status() == Status.MET) {
                    behindCount++;
                    who.add(Eligibility.label(u));
                } else if (h.status() == Status.UNKNOWN) {
                    unknown++;
                    h.missing().forEach(b::missing);
                }
            }
            int n = units.size();
            boolean yes = Ratio.of(behindCount, n).isAtLeast(share);
            boolean no = Ratio.of(behindCount + unknown, n).isBelow(share);
            anyNo |= no;
            anyUnknown |= !yes && !no;
            b.fact("rankBehind." + y, behindCount + "/" + n + (unknown == 0 ? "" : " (" + unknown + " unknown)"));
            zh.add(y + "年 " + behindCount + "/" + n + " 个县(区)排名落后" + (who.isEmpty() ? "" : "(" + Text.zhList(who) + ")")
                    + (unknown == 0 ? "" : "，" + unknown + " 个无法判断"));
            en.add(y + ": " + behindCount + " of " + n + " units rank behind" + (who.isEmpty() ? "" : " (" + Text.enList(who) + ")")
                    + (unknown == 0 ? "" : ", " + unknown + " cannot be placed"));
        }
        String head = "按 " + reading + " 的理解，连续" + years + "年(" + first + "—" + last + ")中每年须有 " + share + " 以上县(区)排名落后：";
        String headEn = "under the reading " + reading + ", at least " + share + " of the units must rank behind in each of "
                + years + " consecutive years (" + first + "-" + last + "): ";
        if (anyNo) {
            return b.notMet(head + String.join("；", zh), headEn + String.join("; ", en));
        }
        if (anyUnknown) {
            return b.unknown(head + String.join("；", zh), headEn + String.join("; ", en));
        }
        return b.met(head + String.join("；", zh), headEn + String.join("; ", en));
    }
}
