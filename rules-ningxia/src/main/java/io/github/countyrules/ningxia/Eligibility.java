package io.github.countyrules.ningxia;

import io.github.countyrules.core.model.Attestation;
import io.github.countyrules.core.model.AttestationKey;
import io.github.countyrules.core.model.Designation;
import io.github.countyrules.core.model.DesignationStatus;
import io.github.countyrules.core.model.Grade;
import io.github.countyrules.core.model.MonitoringResult;
import io.github.countyrules.core.model.Program;
import io.github.countyrules.core.model.Region;
import io.github.countyrules.core.rules.MonitoringSeries;
import io.github.countyrules.core.rules.Ratio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application criteria of NX-GUIDE 三(一) and 三(二) as pure functions from facts to
 * {@link Finding}s. Each method states the reading it implements; the rule files quote the clause.
 */
public final class Eligibility {
    /** National standings that count as "正在建设或获批" (POLICY-SPEC §0, "Standing in a programme"). */
    static final Set<DesignationStatus> NATIONAL_STANDING = Set.of(NingxiaStatus.UNDER_CONSTRUCTION,
            NingxiaStatus.RECTIFICATION, NingxiaStatus.PASSED);
    /** Ningxia standings that count as "正在建设或获批". */
    static final Set<DesignationStatus> NINGXIA_STANDING = Set.of(NingxiaStatus.UNDER_CONSTRUCTION,
            NingxiaStatus.APPROVED);

    private Eligibility() {
    }

    /**
     * A qualitative criterion the reviewing authority attests (one key, or several that must all be
     * attested true): NOT_MET when any attestation on record says false, else UNKNOWN when one is
     * missing, else MET. The engine inserts only the latest attestation per key.
     */
    public static Finding attested(Collection<?> attestations, String zhWhat, String enWhat, AttestationKey... keys) {
        Finding.Builder b = Finding.builder();
        List<AttestationKey> no = new ArrayList<>();
        List<AttestationKey> absent = new ArrayList<>();
        List<String> yes = new ArrayList<>();
        for (AttestationKey k : keys) {
            Attestation a = attestations.stream().map(Attestation.class::cast).filter(x -> x.key() == k).findFirst().orElse(null);
            String name = "attestations." + k;
            if (a == null) {
                b.fact(name, null).missing(name);
                absent.add(k);
                continue;
            }
            b.fact(name, a.value() + " (" + a.date() + (a.source() == null ? "" : "; " + a.source()) + ")");
            if (a.value()) {
                yes.add(k + " " + a.date());
            } else {
                no.add(k);
            }
        }
        if (!no.isEmpty()) {
            return b.notMet("审核部门认定未达到：" + zhWhat + "(" + Text.zhList(no) + " 为否)",
                    "the reviewing authority found this not fulfilled: " + enWhat + " (" + Text.enList(no) + " false)");
        }
        if (!absent.isEmpty()) {
            return b.unknown("尚无审核部门认定在案：" + zhWhat + "(缺少 " + Text.zhList(absent) + ")",
                    "no finding of the reviewing authority on record: " + enWhat + " (missing " + Text.enList(absent) + ")");
        }
        return b.met("审核部门认定：" + zhWhat + "(" + Text.zhList(yes) + ")",
                "attested by the reviewing authority: " + enWhat + " (" + Text.enList(yes) + ")");
    }

    /**
     * NX-C2a "近3年创新能力持续提升": the composite scores of the last {@code years} monitoring years,
     * ending with the latest year published at the as-of date, rise strictly year over year.
     * NOT_MET when two known consecutive years do not rise; otherwise UNKNOWN when a year is missing.
     */
    public static Finding improvement(Collection<?> series, int years, LocalDate asOf, MonthDay defaultPublication) {
        MonitoringSeries s = Monitoring.single(series);
        int last = s != null ? s.latestYear() : Monitoring.expectedLatestYear(asOf, defaultPublication);
        int first = last - years + 1;
        Finding.Builder b = Finding.builder();
        List<String> scores = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            BigDecimal v = Monitoring.score(s, y);
            b.fact(Monitoring.key(y, "score"), v);
            scores.add(y + ":" + Text.show(v));
            if (v == null) {
                b.missing(Monitoring.key(y, "score"));
            }
        }
        List<String> zhBad = new ArrayList<>();
        List<String> enBad = new ArrayList<>();
        for (int y = first + 1; y <= last; y++) {
            BigDecimal before = Monitoring.score(s, y - 1);
            BigDecimal now = Monitoring.score(s, y);
            if (before != null && now != null && now.compareTo(before) <= 0) {
                zhBad.add(y + "年得分 " + Text.show(now) + " 未高于" + (y - 1) + "年的 " + Text.show(before));
                enBad.add("the " + y + " score " + Text.show(now) + " is not above " + (y - 1) + "'s " + Text.show(before));
            }
        }
        String window = first + "-" + last;
        if (!zhBad.isEmpty()) {
            return b.notMet("近" + years + "年(" + window + ")创新能力未持续提升：" + String.join("；", zhBad),
                    "capability did not improve continuously over the last " + years + " years (" + window + "): "
                            + String.join("; ", enBad));
        }
        if (b.hasMissing()) {
            String none = s == null ? "截至评估日尚无已公布的监测评价结果；" : "";
            String noneEn = s == null ? "no monitoring result is published at the as-of date; " : "";
            return b.unknown(none + "缺少 " + Text.zhList(b.missingNames()) + "，无法判断近" + years + "年(" + window + ")是否持续提升",
                    noneEn + "missing " + Text.enList(b.missingNames()) + ", so continuous improvement over " + window
                            + " cannot be judged");
        }
        return b.met("近" + years + "年(" + window + ")监测综合得分逐年提升：" + String.join("，", scores),
                "composite scores rose every year over the last " + years + " years (" + window + "): "
                        + String.join(", ", scores));
    }

    /** NX-C2b: the latest monitoring class published at the as-of date is {@code min} or better. */
    public static Finding latestGrade(Collection<?> series, Grade min, LocalDate asOf, MonthDay defaultPublication) {
        MonitoringSeries s = Monitoring.single(series);
        Finding.Builder b = Finding.builder();
        if (s == null) {
            String name = Monitoring.key(Monitoring.expectedLatestYear(asOf, defaultPublication), "grade");
            b.fact(name, null).missing(name);
            return b.unknown("截至评估日尚无已公布的监测评价结果(缺少 " + name + ")",
                    "no monitoring result is published at the as-of date (missing " + name + ")");
        }
        MonitoringResult r = s.latest();
        b.fact(Monitoring.key(r.year(), "grade"), r.grade());
        if (r.source() != null) {
            b.fact(Monitoring.key(r.year(), "source"), r.source());
        }
        boolean ok = r.grade().atLeast(min);
        return b.of(ok,
                "最新(" + r.year() + "年度)监测评价结果为" + r.grade() + "类，" + (ok ? "达到" : "未达到") + min + "类以上(含" + min + "类)",
                "the latest monitoring class (" + r.year() + ") is " + r.grade() + ", " + (ok ? "" : "not ") + "class "
                        + min + " or better");
    }

    /** The county-level units under a city (regions whose parent is the city), by code. */
    static List<Region> units(String city, Collection<?> regions) {
        return regions.stream().map(Region.class::cast)
                .filter(r -> city.equals(r.parent()) && r.level() != null && r.level().isCountyLevel())
                .sorted(Comparator.comparing(Region::code)).toList();
    }

    static String label(Region r) {
        return (r.name() == null ? "" : r.name()) + "(" + r.code() + ")";
    }

    /**
     * NX-M2a "所辖县(区)监测评价结果均达到B类以上": every unit's latest class is {@code min} or better.
     * NOT_MET when a unit is below it; otherwise UNKNOWN when a unit has no result.
     */
    public static Finding unitsGrade(String city, Collection<?> regions, Collection<?> series, Grade min,
                                     LocalDate asOf, MonthDay defaultPublication) {
        List<Region> units = units(city, regions);
        Map<String, MonitoringSeries> byRegion = Monitoring.byRegion(series);
        Finding.Builder b = Finding.builder();
        if (units.isEmpty()) {
            b.missing("regions.parent=" + city);
            return b.unknown("没有登记该市所辖的县(区)", "no county-level unit under this city is known");
        }
        int expected = Monitoring.expectedLatestYear(asOf, defaultPublication);
        List<String> below = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Region u : units) {
            MonitoringSeries s = byRegion.get(u.code());
            if (s == null) {
                String name = Monitoring.key(u.code(), expected, "grade");
                b.fact(name, null).missing(name);
                absent.add(label(u));
                continue;
            }
            MonitoringResult r = s.latest();
            b.fact(Monitoring.key(u.code(), r.year(), "grade"), r.grade());
            if (!r.grade().atLeast(min)) {
                below.add(label(u) + " " + r.year() + ":" + r.grade());
            }
        }
        if (!below.isEmpty()) {
            return b.notMet("所辖县(区)中有监测评价结果未达到" + min + "类以上：" + Text.zhList(below),
                    "units under the city below class " + min + ": " + Text.enList(below));
        }
        if (!absent.isEmpty()) {
            return b.unknown("所辖县(区)缺少已公布的监测评价结果：" + Text.zhList(absent),
                    "units under the city with no published monitoring result: " + Text.enList(absent));
        }
        return b.met("所辖 " + units.size() + " 个县(区)最新监测评价结果均达到" + min + "类以上",
                "all " + units.size() + " units under the city have a latest class of " + min + " or better");
    }

    /** True when a standing designation makes a unit "正在建设或获批为国家、自治区创新型县(区)". */
    static boolean designated(Designation d) {
        return (Ningxia.NATIONAL_INNOVATIVE_COUNTY.equals(d.program()) && NATIONAL_STANDING.contains(d.status()))
                || (Ningxia.INNOVATIVE_COUNTY.equals(d.program()) && NINGXIA_STANDING.contains(d.status()));
    }

    /**
     * NX-M2b "有三分之二以上的县(区)正在建设或获批为国家、自治区创新型县(区)": designated units / all
     * units >= {@code share}, exactly. Designations are facts on record, so this is never UNKNOWN.
     */
    public static Finding unitsDesignated(String city, Collection<?> regions, Collection<?> designations, Ratio share) {
        List<Region> units = units(city, regions);
        Finding.Builder b = Finding.builder();
        if (units.isEmpty()) {
            b.missing("regions.parent=" + city);
            return b.unknown("没有登记该市所辖的县(区)", "no county-level unit under this city is known");
        }
        List<String> yes = new ArrayList<>();
        for (Region u : units) {
            designations.stream().map(Designation.class::cast)
                    .filter(d -> d.region().equals(u.code()) && designated(d))
                    .sorted(Comparator.comparing(Designation::program))
                    .forEach(d -> {
                        b.fact("designations." + u.code() + "." + d.program(), d.status() + " " + d.since());
                        if (!yes.contains(label(u))) {
                            yes.add(label(u));
                        }
                    });
        }
        Ratio got = Ratio.of(yes.size(), units.size());
        b.fact("designatedUnits", yes.size() + "/" + units.size());
        boolean ok = got.isAtLeast(share);
        String who = yes.isEmpty() ? "无" : Text.zhList(yes);
        String whoEn = yes.isEmpty() ? "none" : Text.enList(yes);
        return b.of(ok,
                "所辖 " + units.size() + " 个县(区)中 " + yes.size() + " 个正在建设或获批为国家、自治区创新型县(区)(" + who + ")，"
                        + (ok ? "达到" : "未达到") + share + "以上",
                yes.size() + " of " + units.size() + " units are under construction or approved as national or Ningxia "
                        + "innovative counties (" + whoEn + "), " + (ok ? "" : "not ") + "at least " + share);
    }
}
