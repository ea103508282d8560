package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.*;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.*;

/**
 * The Ningxia rules (POLICY-SPEC §1: NX-C*, NX-X1, NX-M*, NX-L*, NX-D*, NX-R*) written by hand in
 * plain Java, over the same {@link Facts} the engine gets: the physical limit the Drools path is
 * measured against. It makes the same decisions (region, programme, kind, year, outcome) with the
 * same reasons (rule id and status), but no messages, fact values or parameter echoes: what it
 * leaves out is exactly the explanation the engine adds. A JUnit test checks it against the engine
 * on the whole data set.
 *
 * <p>It reads the parameters' default values (the module's {@code parameters.yaml} in force at the
 * data set's as-of date); facts with parameter overrides are refused. Stateless and thread-safe.
 */
public final class NingxiaBaseline {
    private static final String NX = "64";

    /** The Ningxia parameters it uses; {@link #defaults()} are the module's table values. */
    public record Params(MonthDay defaultPublication, Grade minimumGrade, int improvementYears, long[] designatedShare,
                         int noticeWorkingDays, int constructionYears, int startOffset, MonthDay reportDue,
                         long[] goodCompletion, long[] markedDecline, long[] poorCompletion, boolean cityGradeReading,
                         boolean countyGradeReading, long[] rankBehindShare, int rankBehindYears, boolean joint) {
        public static Params defaults() {
            return new Params(MonthDay.of(7, 1), Grade.B, 3, new long[]{2, 3}, 5, 2, 1, MonthDay.of(3, 31),
                    new long[]{4, 5}, new long[]{1, 10}, new long[]{1, 2}, true, false, new long[]{1, 3}, 2, false);
        }
    }

    /** A reason reduced to what decides: the rule and its status. */
    public record Criterion(String rule, Status status) {
    }

    /** A decision as the engine would report it, without the region's name and the explanation. */
    public record Decision(String region, Program program, Kind kind, Integer year, Outcome outcome,
                           List<Criterion> reasons) {
    }

    private final Params p;

    public NingxiaBaseline(Params params) {
        this.p = params;
    }

    public NingxiaBaseline() {
        this(Params.defaults());
    }

    /** What one Ningxia region brings to the rules, cut at the as-of date (POLICY-SPEC §0). */
    private static final class RegionFacts {
        final Region region;
        final List<Region> units = new ArrayList<>();
        TreeMap<Integer, MonitoringResult> series;
        final HashMap<Program, Designation> standing = new HashMap<>();
        final List<Application> applications = new ArrayList<>();
        final Map<Program, HashMap<AttestationKey, Attestation>> attestations = new HashMap<>();
        final HashMap<Program, Selection> selections = new HashMap<>();
        final HashMap<Program, BitSet> reports = new HashMap<>();
        final HashMap<Program, List<Indicator>> indicators = new HashMap<>();
        final HashMap<Program, AcceptanceStep> results = new HashMap<>();

        RegionFacts(Region region) {
            this.region = region;
        }
    }

    /** Every Ningxia decision for the facts, in no particular order. */
    public List<Decision> evaluate(Facts facts) {
        if (!facts.parameters().isEmpty()) {
            throw new IllegalArgumentException("the baseline evaluates the parameters' default values only");
        }
        LocalDate asOf = facts.asOf();
        Map<String, RegionFacts> by = cut(facts, asOf);
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (CalendarDay d : facts.calendar()) {
            (d.kind() == DayKind.HOLIDAY ? holidays : workdays).add(d.date());
        }
        List<Decision> out = new ArrayList<>();
        for (RegionFacts f : by.values()) {
            for (Application a : f.applications) {
                if (a.program() == Program.of("NINGXIA_INNOVATIVE_COUNTY")) {
                    countyEligibility(f, a.year(), asOf, out);
                } else if (a.program() == Program.of("NINGXIA_INNOVATIVE_CITY")) {
                    cityEligibility(f, by, a.year(), asOf, out);
                }
            }
            for (Program prog : List.of(Program.of("NINGXIA_INNOVATIVE_COUNTY"), Program.of("NINGXIA_INNOVATIVE_CITY"))) {
                Selection sel = f.selections.get(prog);
                if (sel != null && sel.noticeStart() != null && sel.published() != null
                        && notice(sel, holidays, workdays) == Status.MET) {
                    out.add(new Decision(f.region.code(), prog, Kind.ALERT, null, Outcome.of("NOTICE_TOO_SHORT"),
                            List.of(new Criterion("NX-L1", Status.MET))));
                }
                Designation d = f.standing.get(prog);
                if (d != null) {
                    status(f, by, d, asOf, holidays, workdays, out);
                }
            }
        }
        return out;
    }

    private Map<String, RegionFacts> cut(Facts facts, LocalDate asOf) {
        Map<String, RegionFacts> by = new HashMap<>();
        for (Region r : facts.regionTable().values()) {
            if (r.code().startsWith(NX)) {
                by.put(r.code(), new RegionFacts(r));
            }
        }
        for (RegionFacts f : by.values()) {
            String parent = f.region.parent();
            if (parent != null && f.region.level().isCountyLevel() && by.containsKey(parent)) {
                by.get(parent).units.add(f.region);
            }
        }
        for (MonitoringResult m : facts.monitoring()) {
            RegionFacts f = by.get(m.region());
            LocalDate published = m.published() != null ? m.published() : p.defaultPublication.atYear(m.year() + 1);
            if (f != null && !published.isAfter(asOf)) {
                if (f.series == null) {
                    f.series = new TreeMap<>();
                }
                f.series.put(m.year(), m);
            }
        }
        for (Designation d : facts.designations()) {
            RegionFacts f = by.get(d.region());
            if (f != null && !d.since().isAfter(asOf)) {
                f.standing.merge(d.program(), d, (a, b) -> a.since().isAfter(b.since()) ? a : b);
            }
        }
        for (Application a : facts.applications()) {
            RegionFacts f = by.get(a.region());
            if (f != null && !a.submitted().isAfter(asOf)) {
                f.applications.add(a);
            }
        }
        for (Attestation a : facts.attestations()) {
            RegionFacts f = by.get(a.region());
            if (f != null && !a.date().isAfter(asOf)) {
                f.attestations.computeIfAbsent(a.program(), k -> new HashMap<>())
                        .merge(a.key(), a, (x, y) -> x.date().isAfter(y.date()) ? x : y);
            }
        }
        for (Selection s : facts.selections()) {
            RegionFacts f = by.get(s.region());
            if (f != null && !s.selected().isAfter(asOf)) {
                Selection cut = new Selection(s.region(), s.program(), s.selected(),
                        s.noticeStart() != null && !s.noticeStart().isAfter(asOf) ? s.noticeStart() : null,
                        s.published() != null && !s.published().isAfter(asOf) ? s.published() : null, s.source());
                f.selections.merge(s.program(), cut, (x, y) -> x.selected().isAfter(y.selected()) ? x : y);
            }
        }
        for (ProgressReport r : facts.progressReports()) {
            RegionFacts f = by.get(r.region());
            if (f != null && !r.submitted().isAfter(asOf)) {
                f.reports.computeIfAbsent(r.program(), k -> new BitSet()).set(r.year());
            }
        }
        int year = asOf.getYear();
        for (Indicator i : facts.indicators()) {
            RegionFacts f = by.get(i.region());
            if (f != null && i.year() < year) {
                f.indicators.computeIfAbsent(i.program(), k -> new ArrayList<>()).add(i);
            }
        }
        for (AcceptanceStep a : facts.acceptance()) {
            RegionFacts f = by.get(a.region());
            if (f != null && !a.date().isAfter(asOf) && a.step() == AcceptanceStepKind.RESULT_PUBLISHED) {
                f.results.merge(a.program(), a, (x, y) -> y.date().isAfter(x.date()) ? y : x);
            }
        }
        return by;
    }

    // ---- 三(二), 五(二): a county's application -------------------------------------------------

    private void countyEligibility(RegionFacts f, int year, LocalDate asOf, List<Decision> out) {
        Program prog = Program.of("NINGXIA_INNOVATIVE_COUNTY");
        Designation nat = f.standing.get(Program.of("NATIONAL_INNOVATIVE_COUNTY"));
        if (nat != null && (nat.status() == DesignationStatus.of("UNDER_CONSTRUCTION")
                || nat.status() == DesignationStatus.of("RECTIFICATION") || nat.status() == DesignationStatus.of("PASSED"))) {
            out.add(new Decision(f.region.code(), prog, Kind.ELIGIBILITY, year, Outcome.NOT_APPLICABLE,
                    List.of(new Criterion("NX-X1", Status.MET))));
            return;
        }
        List<Criterion> r = new ArrayList<>(5);
        r.add(new Criterion("NX-C1", attested(f, prog, AttestationKey.of("PARTY_GOVT_PRIORITY"))));
        r.add(new Criterion("NX-C2a", improvement(f.series, asOf)));
        r.add(new Criterion("NX-C2b", f.series == null ? Status.UNKNOWN
                : Status.of(f.series.lastEntry().getValue().grade().atLeast(p.minimumGrade))));
        r.add(new Criterion("NX-C3", attested(f, prog, AttestationKey.of("TYPICAL_EXPERIENCE"))));
        r.add(new Criterion("NX-C4", attested(f, prog, AttestationKey.of("PLAN_FEASIBLE"))));
        out.add(new Decision(f.region.code(), prog, Kind.ELIGIBILITY, year, allMustHold(r, Outcome.ELIGIBLE, Outcome.INELIGIBLE), r));
    }

    private static Status attested(RegionFacts f, Program prog, AttestationKey... keys) {
        Map<AttestationKey, Attestation> on = f.attestations.getOrDefault(prog, new HashMap<>());
        boolean absent = false;
        for (AttestationKey k : keys) {
            Attestation a = on.get(k);
            if (a == null) {
                absent = true;
            } else if (!a.value()) {
                return Status.NOT_MET;
            }
        }
        return absent ? Status.UNKNOWN : Status.MET;
    }

    /** NX-C2a: strictly rising scores over the last improvementYears years of the series. */
    private Status improvement(TreeMap<Integer, MonitoringResult> s, LocalDate asOf) {
        int last = s != null ? s.lastKey() : expectedLatestYear(asOf);
        int first = last - p.improvementYears + 1;
        boolean missing = false;
        for (int y = first; y <= last; y++) {
            missing |= score(s, y) == null;
        }
        for (int y = first + 1; y <= last; y++) {
            BigDecimal before = score(s, y - 1);
            BigDecimal now = score(s, y);
            if (before != null && now != null && now.compareTo(before) <= 0) {
                return Status.NOT_MET;
            }
        }
        return missing ? Status.UNKNOWN : Status.MET;
    }

    private int expectedLatestYear(LocalDate asOf) {
        return asOf.isBefore(p.defaultPublication.atYear(asOf.getYear())) ? asOf.getYear() - 2 : asOf.getYear() - 1;
    }

    // ---- 三(一): a city's application -----------------------------------------------------------

    private void cityEligibility(RegionFacts f, Map<String, RegionFacts> by, int year, LocalDate asOf, List<Decision> out) {
        Program prog = Program.of("NINGXIA_INNOVATIVE_CITY");
        List<Criterion> r = new ArrayList<>(5);
        r.add(new Criterion("NX-M1", attested(f, prog, AttestationKey.of("PARTY_GOVT_PRIORITY"), AttestationKey.of("POLICIES_ISSUED"))));
        r.add(new Criterion("NX-M2a", unitsGrade(f, by)));
        r.add(new Criterion("NX-M2b", unitsDesignated(f, by)));
        r.add(new Criterion("NX-M3", attested(f, prog, AttestationKey.of("TYPICAL_EXPERIENCE"))));
        r.add(new Criterion("NX-M4", attested(f, prog, AttestationKey.of("PLAN_FEASIBLE"))));
        out.add(new Decision(f.region.code(), prog, Kind.ELIGIBILITY, year, allMustHold(r, Outcome.ELIGIBLE, Outcome.INELIGIBLE), r));
    }

    private Status unitsGrade(RegionFacts city, Map<String, RegionFacts> by) {
        if (city.units.isEmpty()) {
            return Status.UNKNOWN;
        }
        boolean absent = false;
        for (Region u : city.units) {
            TreeMap<Integer, MonitoringResult> s = by.get(u.code()).series;
            if (s == null) {
                absent = true;
            } else if (!s.lastEntry().getValue().grade().atLeast(p.minimumGrade)) {
                return Status.NOT_MET;
            }
        }
        return absent ? Status.UNKNOWN : Status.MET;
    }

    private Status unitsDesignated(RegionFacts city, Map<String, RegionFacts> by) {
        if (city.units.isEmpty()) {
            return Status.UNKNOWN;
        }
        int yes = 0;
        for (Region u : city.units) {
            RegionFacts f = by.get(u.code());
            Designation nat = f.standing.get(Program.of("NATIONAL_INNOVATIVE_COUNTY"));
            Designation nx = f.standing.get(Program.of("NINGXIA_INNOVATIVE_COUNTY"));
            if ((nat != null && (nat.status() == DesignationStatus.of("UNDER_CONSTRUCTION") || nat.status() == DesignationStatus.of("RECTIFICATION")
                    || nat.status() == DesignationStatus.of("PASSED")))
                    || (nx != null && (nx.status() == DesignationStatus.of("UNDER_CONSTRUCTION") || nx.status() == DesignationStatus.of("APPROVED")))) {
                yes++;
            }
        }
        return Status.of(atLeast(yes, city.units.size(), p.designatedShare));
    }

    // ---- 四, 四(六): the standing of a designated region -------------------------------------------

    private void status(RegionFacts f, Map<String, RegionFacts> by, Designation d, LocalDate asOf,
                        Set<LocalDate> holidays, Set<LocalDate> workdays, List<Decision> out) {
        String code = f.region.code();
        Program prog = d.program();
        switch (d.status().name()) {
            case "DISQUALIFIED" -> out.add(new Decision(code, prog, Kind.STATUS, null, Outcome.of("DISQUALIFIED"),
                    List.of(new Criterion("NX-D", Status.MET))));
            case "TITLE_REVOKED" -> out.add(new Decision(code, prog, Kind.STATUS, null, Outcome.of("TITLE_REVOKED"),
                    List.of(new Criterion("NX-R", Status.MET))));
            case "APPROVED" -> {
                Status s = prog == Program.of("NINGXIA_INNOVATIVE_CITY") ? cityRankBehind(f, by, asOf) : countyRevocation(f.series);
                out.add(new Decision(code, prog, Kind.STATUS, null, s == Status.MET ? Outcome.of("TITLE_REVOKED") : Outcome.of("APPROVED"),
                        List.of(new Criterion(prog == Program.of("NINGXIA_INNOVATIVE_CITY") ? "NX-R1" : "NX-R2", s))));
            }
            case "SELECTED", "UNDER_CONSTRUCTION" -> construction(f, d, asOf, holidays, workdays, out);
            default -> {
            }
        }
    }

    private void construction(RegionFacts f, Designation d, LocalDate asOf, Set<LocalDate> holidays,
                              Set<LocalDate> workdays, List<Decision> out) {
        String code = f.region.code();
        Program prog = d.program();
        Selection sel = f.selections.get(prog);
        LocalDate published = sel != null && sel.published() != null ? sel.published() : d.since();
        int start = published.getYear() + p.startOffset;
        int end = start + p.constructionYears - 1;
        boolean started = asOf.getYear() >= start;
        boolean ended = asOf.isAfter(LocalDate.of(end, 12, 31));
        List<Criterion> r = new ArrayList<>(12);
        r.add(new Criterion("NX-L2", Status.MET));
        if (sel != null && sel.published() != null) {
            r.add(new Criterion("NX-L1", notice(sel, holidays, workdays)));
        }
        BitSet reports = f.reports.get(prog);
        for (int y = start; y <= end; y++) {
            if (asOf.isAfter(p.reportDue.atYear(y + 1))) {
                boolean overdue = reports == null || !reports.get(y);
                r.add(new Criterion("NX-L3", Status.of(overdue)));
                if (overdue) {
                    out.add(new Decision(code, prog, Kind.ALERT, y, Outcome.of("REPORT_OVERDUE"), List.of(new Criterion("NX-L3", Status.MET))));
                }
            }
        }
        List<Indicator> indicators = f.indicators.getOrDefault(prog, List.of());
        boolean disqualified = false;
        if (started) {
            Status d1 = twoYearDecline(f.series, start, end);
            Status d2 = markedDecline(f.series, start, end);
            Status d3 = poorCompletion(indicators, start, end, asOf);
            r.add(new Criterion("NX-D1", d1));
            r.add(new Criterion("NX-D2", d2));
            r.add(new Criterion("NX-D3", d3));
            disqualified = d1 == Status.MET || (p.joint ? d2 == Status.MET && d3 == Status.MET : d2 == Status.MET || d3 == Status.MET);
        }
        Outcome outcome;
        if (ended) {
            List<Criterion> l4 = List.of(new Criterion("NX-L4", steadyImprovement(f.series, start, end)),
                    new Criterion("NX-L4", goodCompletion(indicators, start, end)),
                    new Criterion("NX-L4", acceptance(f.results.get(prog))));
            r.addAll(l4);
            outcome = disqualified ? Outcome.of("DISQUALIFIED") : allMustHold(l4, Outcome.of("APPROVED"), Outcome.of("NOT_APPROVED"));
        } else {
            outcome = disqualified ? Outcome.of("DISQUALIFIED") : Outcome.of("UNDER_CONSTRUCTION");
        }
        out.add(new Decision(code, prog, Kind.STATUS, null, outcome, r));
    }

    /** NX-L1: MET (the alert's condition) when published before the day after the n-th working day. */
    private Status notice(Selection sel, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        if (sel.noticeStart() == null) {
            return Status.UNKNOWN;
        }
        LocalDate d = sel.noticeStart();
        int count = 0;
        while (true) {
            boolean working = workdays.contains(d) || (!holidays.contains(d)
                    && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
            if (working && ++count == p.noticeWorkingDays) {
                break;
            }
            d = d.plusDays(1);
        }
        return Status.of(sel.published().isBefore(d.plusDays(1)));
    }

    /** NX-D1: Y-1 > Y > Y+1 for construction years Y, Y+1. */
    private static Status twoYearDecline(TreeMap<Integer, MonitoringResult> s, int start, int end) {
        boolean undecided = false;
        for (int y = start; y < end; y++) {
            BigDecimal a = score(s, y - 1);
            BigDecimal m = score(s, y);
            BigDecimal c = score(s, y + 1);
            if (a != null && m != null && c != null && a.compareTo(m) > 0 && m.compareTo(c) > 0) {
                return Status.MET;
            }
            boolean broken = (a != null && m != null && m.compareTo(a) >= 0) || (m != null && c != null && c.compareTo(m) >= 0);
            undecided |= !broken;
        }
        return undecided ? Status.UNKNOWN : Status.NOT_MET;
    }

    /** NX-D2: the latest construction year's score below the baseline's by at least the share. */
    private Status markedDecline(TreeMap<Integer, MonitoringResult> s, int start, int end) {
        BigDecimal base = score(s, start - 1);
        BigDecimal now = null;
        for (int y = end; y >= start && now == null; y--) {
            now = score(s, y);
        }
        if (base == null || now == null) {
            return Status.UNKNOWN;
        }
        return Status.of(marked(base, now, p.markedDecline));
    }

    private static boolean marked(BigDecimal earlier, BigDecimal later, long[] share) {
        if (later.compareTo(earlier) >= 0) {
            return false;
        }
        // (earlier - later) / earlier >= num / den, exactly
        BigDecimal drop = earlier.subtract(later).multiply(BigDecimal.valueOf(share[1]));
        return drop.compareTo(earlier.multiply(BigDecimal.valueOf(share[0]))) >= 0;
    }

    /** Targets met and counted in one year, or -1 in {@code met} when a needed value or any target is missing. */
    private static long completion(List<Indicator> indicators, int year) {
        int met = 0;
        int counted = 0;
        boolean missing = false;
        for (Indicator i : indicators) {
            if (i.year() != year || i.number() < 1 || i.number() > 18 || i.target() == null) {
                continue;
            }
            if (i.value() == null) {
                missing = true;
                continue;
            }
            counted++;
            if (i.value().compareTo(i.target()) >= 0) {
                met++;
            }
        }
        if (missing || counted == 0) {
            return -1;
        }
        return ((long) met << 32) | counted;
    }

    /** NX-D3: any ended construction year with a share of targets met below the share. */
    private Status poorCompletion(List<Indicator> indicators, int start, int end, LocalDate asOf) {
        boolean missing = false;
        for (int y = start; y <= end && y < asOf.getYear(); y++) {
            long c = completion(indicators, y);
            if (c < 0) {
                missing = true;
            } else if (!atLeast(c >>> 32, c & 0xffffffffL, p.poorCompletion)) {
                return Status.MET;
            }
        }
        return missing ? Status.UNKNOWN : Status.NOT_MET;
    }

    /** NX-L4 稳步提升: no construction year below the year before, the last above the baseline. */
    private static Status steadyImprovement(TreeMap<Integer, MonitoringResult> s, int start, int end) {
        boolean missing = false;
        for (int y = start - 1; y <= end; y++) {
            missing |= score(s, y) == null;
        }
        for (int y = start; y <= end; y++) {
            BigDecimal before = score(s, y - 1);
            BigDecimal now = score(s, y);
            if (before != null && now != null && now.compareTo(before) < 0) {
                return Status.NOT_MET;
            }
        }
        BigDecimal base = score(s, start - 1);
        BigDecimal last = score(s, end);
        if (base != null && last != null && last.compareTo(base) <= 0) {
            return Status.NOT_MET;
        }
        return missing ? Status.UNKNOWN : Status.MET;
    }

    /** NX-L4 完成较好: targets met over both construction years at least the share. */
    private Status goodCompletion(List<Indicator> indicators, int start, int end) {
        long met = 0;
        long counted = 0;
        for (int y = start; y <= end; y++) {
            long c = completion(indicators, y);
            if (c < 0) {
                return Status.UNKNOWN;
            }
            met += c >>> 32;
            counted += c & 0xffffffffL;
        }
        return Status.of(atLeast(met, counted, p.goodCompletion));
    }

    private static Status acceptance(AcceptanceStep result) {
        return result == null ? Status.UNKNOWN : Status.of(result.result() == AcceptanceResult.PASS);
    }

    /** NX-R2: in the latest year, a marked decline or a rank in the bottom third (or class C/D). */
    private Status countyRevocation(TreeMap<Integer, MonitoringResult> s) {
        if (s == null) {
            return Status.UNKNOWN;
        }
        MonitoringResult r = s.lastEntry().getValue();
        BigDecimal before = score(s, r.year() - 1);
        Status decline = before == null ? Status.UNKNOWN : Status.of(marked(before, r.score(), p.markedDecline));
        Status rank = behind(r, p.countyGradeReading);
        if (decline == Status.MET || rank == Status.MET) {
            return Status.MET;
        }
        return decline == Status.UNKNOWN || rank == Status.UNKNOWN ? Status.UNKNOWN : Status.NOT_MET;
    }

    private static Status behind(MonitoringResult r, boolean gradeReading) {
        if (gradeReading) {
            return Status.of(r.grade() == Grade.C || r.grade() == Grade.D);
        }
        if (r.rank() == null || r.peerGroupSize() == null) {
            return Status.UNKNOWN;
        }
        return Status.of(3L * r.rank() > 2L * r.peerGroupSize());
    }

    /** NX-R1: in each of the last rankBehindYears years, at least the share of the units rank behind. */
    private Status cityRankBehind(RegionFacts city, Map<String, RegionFacts> by, LocalDate asOf) {
        List<Region> units = city.units;
        if (units.isEmpty()) {
            return Status.UNKNOWN;
        }
        int last = Integer.MIN_VALUE;
        for (Region u : units) {
            TreeMap<Integer, MonitoringResult> s = by.get(u.code()).series;
            if (s != null) {
                last = Math.max(last, s.lastKey());
            }
        }
        if (last == Integer.MIN_VALUE) {
            last = expectedLatestYear(asOf);
        }
        boolean anyNo = false;
        boolean anyUnknown = false;
        int n = units.size();
        for (int y = last - p.rankBehindYears + 1; y <= last; y++) {
            int behind = 0;
            int unknown = 0;
            for (Region u : units) {
                TreeMap<Integer, MonitoringResult> s = by.get(u.code()).series;
                MonitoringResult r = s == null ? null : s.get(y);
                Status b = r == null ? Status.UNKNOWN : behind(r, p.cityGradeReading);
                if (b == Status.MET) {
                    behind++;
                } else if (b == Status.UNKNOWN) {
                    unknown++;
                }
            }
            boolean yes = atLeast(behind, n, p.rankBehindShare);
            boolean no = !atLeast(behind + unknown, n, p.rankBehindShare);
            anyNo |= no;
            anyUnknown |= !yes && !no;
        }
        return anyNo ? Status.NOT_MET : anyUnknown ? Status.UNKNOWN : Status.MET;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static BigDecimal score(TreeMap<Integer, MonitoringResult> s, int year) {
        if (s == null) {
            return null;
        }
        MonitoringResult r = s.get(year);
        return r == null ? null : r.score();
    }

    /** count / total >= num / den, in integers. */
    private static boolean atLeast(long count, long total, long[] share) {
        return count * share[1] >= share[0] * total;
    }

    /** POLICY-SPEC §0 "all must hold": any NOT_MET decides, else any UNKNOWN, else all met. */
    private static Outcome allMustHold(List<Criterion> criteria, Outcome ifAllMet, Outcome ifNotMet) {
        boolean unknown = false;
        for (Criterion c : criteria) {
            if (c.status() == Status.NOT_MET) {
                return ifNotMet;
            }
            unknown |= c.status() == Status.UNKNOWN;
        }
        return unknown ? Outcome.UNDETERMINED : ifAllMet;
    }
}
