package io.github.countyrules.examples.reliability;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.*;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Function;

/**
 * Generated fact sets for all three modules together: regions of Ningxia (64) and Gansu (62) from the
 * shipped division table, monitoring series whose scores lie close together (equal, a small step, a
 * decline of exactly 10 %), designations, applications, attestations, selections with notices near
 * five working days, progress reports around their due date, indicators near their targets,
 * national acceptance steps in order, work plans, evaluations with tied scores, consents,
 * technology transactions on the 5 % and 8 % growth bounds, parks, stations, commissioner groups,
 * a holiday calendar, a few parameter overrides, and in about one set in ten an invalid fact.
 */
public final class FactSets {
    private static final io.github.countyrules.core.api.PolicyEngine CHECKER = io.github.countyrules.core.api.PolicyEngine.builder().build();
    /** The attestation keys the shipped modules declare. */
    private static final AttestationKey[] ATTESTATION_KEYS = CHECKER.vocabulary().attestationKeys().stream().map(k -> k.key()).toArray(AttestationKey[]::new);


    /** One generated set: an as-of date, parameter overrides and the facts, in generation order. */
    public record FactSet(LocalDate asOf, Map<String, Object> parameters, List<Object> facts, boolean invalid) {
        /** Builds (validates) the facts; throws InvalidInputException when they are invalid. */
        public Facts build() {
            return build(facts);
        }

        /** Builds other facts with this set's date and parameters. */
        public Facts build(List<Object> someFacts) {
            Facts.Builder b = Facts.builder().asOf(asOf);
            parameters.forEach(b::parameter);
            Facts f = b.addAll(someFacts).build();
            // what only the modules can check (a programme's province, 附件2 indicators...) is checked
            // by the engine, as an evaluation would
            CHECKER.check(f);
            return f;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("asOf " + asOf + (parameters.isEmpty() ? "" : ", parameters " + parameters)
                    + ", " + facts.size() + " facts" + (invalid ? " (one invalid)" : "") + ":");
            facts.forEach(f -> s.append("\n  ").append(f));
            return s.toString();
        }
    }

    record Unit(String code, String name, Level level, String parent) {
        String province() {
            return code.substring(0, 2);
        }
    }

    static final List<Unit> TABLE = readTable();
    static final List<Unit> NX_COUNTIES = TABLE.stream().filter(u -> u.province().equals("64") && u.level().isCountyLevel()).toList();
    static final List<Unit> NX_CITIES = TABLE.stream().filter(u -> u.province().equals("64") && u.level() == Level.CITY).toList();
    static final List<Unit> GS_COUNTIES = TABLE.stream().filter(u -> u.province().equals("62") && u.level().isCountyLevel()).toList();

    private static List<Unit> readTable() {
        List<Unit> out = new ArrayList<>();
        try (InputStream in = Facts.class.getResourceAsStream("/io/github/countyrules/core/divisions.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                // the shipped table is national; these fact sets are about Ningxia and Gansu
                if (f[0].startsWith("64") || f[0].startsWith("62")) {
                    out.add(new Unit(f[0], f[1], Level.valueOf(f[2]), f[3].isEmpty() ? null : f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < 100) {
            throw new IllegalStateException("the shipped division table has only " + out.size() + " rows");
        }
        return List.copyOf(out);
    }

    private FactSets() {
    }

    /** Fact sets, mostly valid, about one in ten with one invalid fact. */
    public static Arbitrary<FactSet> factSets() {
        return Arbitraries.randomValue(r -> new Gen(r).factSet());
    }

    /** Fact sets from a fixed seed, for tests that need the same sets every run (one in ten invalid). */
    public static List<FactSet> fixed(long seed, int count) {
        Random r = new Random(seed);
        List<FactSet> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Gen(r).factSet());
        }
        return out;
    }

    /**
     * A large set: every shipped unit of Ningxia and Gansu with its facts, as of a late date, so
     * that an evaluation has more facts than the engine's threshold for running provinces in
     * parallel (5,000). Always valid.
     */
    public static FactSet large(long seed) {
        Gen g = new Gen(new Random(seed));
        g.asOf = LocalDate.of(2027, 6, 30);
        for (Unit u : TABLE) {
            if (u.level() == Level.PROVINCE) {
                continue;
            }
            if (u.province().equals("64")) {
                g.ningxia(u);
                Program p = u.level() == Level.CITY ? Program.of("NINGXIA_INNOVATIVE_CITY") : Program.of("NINGXIA_INNOVATIVE_COUNTY");
                for (int y = 2015; y <= 2026; y++) {
                    for (int i = 0; i < 40; i++) {
                        g.indicator(u, p, y);
                    }
                }
            } else if (u.level().isCountyLevel()) {
                g.gansu(u);
                g.transactions(u, 2017);
            }
            if (u.level().isCountyLevel()) {
                g.national(u);
                g.monitoring(u);
            }
        }
        g.gansuRound();
        g.calendar();
        return new FactSet(g.asOf, Map.of(), List.copyOf(g.facts), false);
    }

    /** A fact dated after the set's as-of date that keeps the set valid, or null when none fits. */
    public static Object future(FactSet s, Random r) {
        Gen g = new Gen(r);
        g.asOf = s.asOf();
        return g.future(s.facts());
    }

    /** Builds one set from a random source. */
    static final class Gen {
        final Random r;
        final List<Object> facts = new ArrayList<>();
        final Map<String, Object> parameters = new TreeMap<>();
        final Set<List<Object>> keys = new HashSet<>();
        LocalDate asOf;

        Gen(Random r) {
            this.r = r;
        }

        <T> T pick(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        @SafeVarargs
        final <T> T pick(T... items) {
            return items[r.nextInt(items.length)];
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        LocalDate date(int fromYear, int toYear) {
            LocalDate d = LocalDate.of(fromYear + r.nextInt(toYear - fromYear + 1), 1 + r.nextInt(12), 1);
            return d.plusDays(r.nextInt(d.lengthOfMonth()));
        }

        /** A date in the year, often on a boundary the rules care about. */
        LocalDate dateIn(int year) {
            return switch (r.nextInt(6)) {
                case 0 -> LocalDate.of(year, 3, pick(30, 31)).plusDays(r.nextInt(2));
                case 1 -> LocalDate.of(year, 6, 30).plusDays(r.nextInt(2));
                case 2 -> LocalDate.of(year, 12, 31);
                case 3 -> LocalDate.of(year, 1, 1);
                default -> date(year, year);
            };
        }

        /** Adds a fact unless its key was used (duplicates are input errors, generated on purpose elsewhere). */
        void add(Object fact, Object... key) {
            if (key.length == 0 || keys.add(List.of(key))) {
                facts.add(fact);
            }
        }

        BigDecimal dec(double v) {
            return BigDecimal.valueOf(v).stripTrailingZeros();
        }

        FactSet factSet() {
            asOf = r.nextInt(4) == 0 ? dateIn(2018 + r.nextInt(9)) : date(2018, 2027);
            List<Unit> nx = new ArrayList<>();
            List<Unit> gs = new ArrayList<>();
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                nx.add(pick(NX_COUNTIES));
            }
            int g = r.nextInt(5);
            for (int i = 0; i < g; i++) {
                gs.add(pick(GS_COUNTIES));
            }
            if (chance(0.3)) {
                // a city with its units, for NX-M* and NX-R1
                Unit city = pick(NX_CITIES);
                NX_COUNTIES.stream().filter(u -> city.code().equals(u.parent())).forEach(nx::add);
                nx.add(city);
            }
            for (Unit u : distinct(nx)) {
                ningxia(u);
            }
            for (Unit u : distinct(gs)) {
                gansu(u);
            }
            if (!gs.isEmpty() && chance(0.5)) {
                for (Unit u : distinct(gs)) {
                    transactions(u, 2017);
                }
            }
            if (chance(0.3)) {
                gansuRound();
            }
            for (Unit u : distinct(concat(nx, gs))) {
                if (u.level().isCountyLevel() && chance(0.25)) {
                    national(u);
                }
                if (chance(0.15)) {
                    add(new Region(u.code(), null, null, null, null,
                            Set.of(pick(Tag.values())), null), "region", u.code());
                }
            }
            if (chance(0.2)) {
                towns(gs.isEmpty() ? pick(GS_COUNTIES) : gs.get(0));
            }
            calendar();
            parameters();
            boolean invalid = chance(0.1);
            if (invalid) {
                invalid(nx.get(0), gs.isEmpty() ? pick(GS_COUNTIES) : gs.get(0));
            }
            return new FactSet(asOf, Map.copyOf(parameters), List.copyOf(facts), invalid);
        }

        static <T> List<T> distinct(List<T> l) {
            return new ArrayList<>(new LinkedHashSet<>(l));
        }

        static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        void monitoring(Unit u) {
            int first = 2015 + r.nextInt(9);
            int years = 1 + r.nextInt(6);
            double score = 40 + r.nextInt(40) + pick(0.0, 0.5, 0.25);
            Grade grade = pick(Grade.A, Grade.B, Grade.B, Grade.C, Grade.D);
            for (int y = first; y < first + years && y <= 2026; y++) {
                if (y > first) {
                    int step = r.nextInt(8);
                    score = switch (step) {
                        case 0 -> score;                              // no change: not an increase
                        case 1 -> score * 0.9;                        // a decline of exactly 10 %
                        case 2 -> score - 0.5;
                        case 3 -> score - 5;
                        default -> score + pick(0.5, 1.0, 2.5, 5.0);
                    };
                    score = Math.max(0, Math.round(score * 100) / 100.0);
                    if (chance(0.3)) {
                        grade = pick(Grade.values());
                    }
                }
                if (chance(0.1)) {
                    continue; // a missing year
                }
                Integer size = chance(0.5) ? pick(3, 9, 12, 15) : null;
                Integer rank = size == null ? null : 1 + r.nextInt(size);
                LocalDate published = chance(0.5) ? null : dateIn(y + 1);
                add(new MonitoringResult(u.code(), y, grade, dec(score), rank, size, published, null), "m", u.code(), y);
            }
        }

        void ningxia(Unit u) {
            if (chance(0.85)) {
                monitoring(u);
            }
            Program p = u.level() == Level.CITY ? Program.of("NINGXIA_INNOVATIVE_CITY") : Program.of("NINGXIA_INNOVATIVE_COUNTY");
            int appYear = 2019 + r.nextInt(8);
            if (chance(0.6)) {
                add(new Application(u.code(), p, appYear, dateIn(appYear), null, null, null), "app", u.code(), p, appYear);
            }
            for (AttestationKey k : ATTESTATION_KEYS) {
                if (chance(0.55)) {
                    LocalDate d = dateIn(appYear);
                    add(new Attestation(u.code(), p, k, chance(0.85), d, null), "att", u.code(), p, k, d);
                }
            }
            if (chance(0.6)) {
                int sel = 2018 + r.nextInt(7);
                LocalDate selected = dateIn(sel);
                LocalDate notice = selected.plusDays(r.nextInt(4));
                LocalDate published = notice.plusDays(4 + r.nextInt(7));
                add(new Selection(u.code(), p, selected, chance(0.9) ? notice : null, chance(0.9) ? published : null, null),
                        "sel", u.code(), p, selected);
                DesignationStatus st = pick(DesignationStatus.of("SELECTED"), DesignationStatus.of("UNDER_CONSTRUCTION"),
                        DesignationStatus.of("UNDER_CONSTRUCTION"), DesignationStatus.of("APPROVED"), DesignationStatus.of("DISQUALIFIED"),
                        DesignationStatus.of("TITLE_REVOKED"), DesignationStatus.of("APPLIED"));
                LocalDate since = chance(0.5) ? published : selected.plusDays(r.nextInt(60));
                add(new Designation(u.code(), p, st, since, null, null), "des", u.code(), p, since);
                if (chance(0.3)) {
                    LocalDate later = since.plusYears(1 + r.nextInt(3));
                    add(new Designation(u.code(), p, pick(DesignationStatus.of("APPROVED"), DesignationStatus.of("UNDER_CONSTRUCTION")),
                            later, null, null), "des", u.code(), p, later);
                }
                int start = published.getYear() + 1;
                for (int y = start; y < start + 2; y++) {
                    if (chance(0.7)) {
                        LocalDate due = LocalDate.of(y + 1, 3, 31);
                        add(new ProgressReport(u.code(), p, y, due.plusDays(r.nextInt(5) - 2), null), "pr", u.code(), p, y);
                    }
                    int count = r.nextInt(6);
                    for (int i = 0; i < count; i++) {
                        indicator(u, p, y);
                    }
                    indicator(u, p, start - 1);
                }
                if (chance(0.5)) {
                    LocalDate d = LocalDate.of(start + 2, 1, 1).plusDays(r.nextInt(200));
                    add(new AcceptanceStep(u.code(), p, 1, AcceptanceStepKind.RESULT_PUBLISHED, d,
                            pick(AcceptanceResult.PASS, AcceptanceResult.FAIL), null), "acc", u.code(), p, 1,
                            AcceptanceStepKind.RESULT_PUBLISHED);
                }
            }
            if (chance(0.1)) {
                add(new TechPark(u.code(), "园区" + r.nextInt(3), date(2015, 2026), null));
            }
        }

        void indicator(Unit u, Program p, int year) {
            int number = chance(0.9) ? 1 + r.nextInt(18) : 19 + r.nextInt(7);
            if (number > 18) {
                add(new Indicator(u.code(), p, number, year, null, null, "定性" + r.nextInt(3), null, null),
                        "ind", u.code(), p, number, year);
                return;
            }
            boolean share = number == 1 || number == 6 || number == 16;
            double target = share ? r.nextInt(100) : r.nextInt(50);
            double value = Math.max(0, target + pick(-1, 0, 0, 1, 3));
            if (share) {
                value = Math.min(100, value);
            }
            if (number == 2) {
                value = target + pick(-20, -1, 0, 1); // a growth rate, any sign
            }
            add(new Indicator(u.code(), p, number, year, chance(0.9) ? dec(value) : null,
                    chance(0.8) ? dec(target) : null, null, null, null), "ind", u.code(), p, number, year);
        }

        void national(Unit u) {
            Program p = Program.of("NATIONAL_INNOVATIVE_COUNTY");
            if (chance(0.4)) {
                int year = 2018 + r.nextInt(6);
                add(new Application(u.code(), p, year, dateIn(year), 1 + r.nextInt(2), pick(Theme.values()), null),
                        "app", u.code(), p, year);
            }
            if (chance(0.7)) {
                LocalDate since = date(2018, 2023);
                add(new Designation(u.code(), p, pick(DesignationStatus.of("UNDER_CONSTRUCTION"), DesignationStatus.of("UNDER_CONSTRUCTION"),
                        DesignationStatus.of("PASSED"), DesignationStatus.of("RECTIFICATION"), DesignationStatus.of("SELECTED"),
                        DesignationStatus.of("APPLIED"), DesignationStatus.of("CANCELLED")), since, chance(0.5) ? pick(Theme.values()) : null,
                        null), "des", u.code(), p, since);
                // acceptance after the three construction years, the steps in order
                LocalDate d = LocalDate.of(since.getYear() + 3, 1, 1).plusDays(r.nextInt(150));
                int steps = r.nextInt(5);
                AcceptanceResult result = pick(AcceptanceResult.PASS, AcceptanceResult.LOW_LEVEL);
                for (int s = 0; s < steps; s++) {
                    AcceptanceStepKind k = AcceptanceStepKind.values()[s];
                    add(new AcceptanceStep(u.code(), p, 1, k, d, k == AcceptanceStepKind.RESULT_PUBLISHED ? result : null, null),
                            "acc", u.code(), p, 1, k);
                    d = d.plusDays(r.nextInt(40));
                }
                if (steps == 4 && result == AcceptanceResult.LOW_LEVEL && chance(0.6)) {
                    LocalDate d2 = d.plusYears(1).plusDays(r.nextInt(30));
                    int steps2 = 1 + r.nextInt(4);
                    for (int s = 0; s < steps2; s++) {
                        AcceptanceStepKind k = AcceptanceStepKind.values()[s];
                        add(new AcceptanceStep(u.code(), p, 2, k, d2, k == AcceptanceStepKind.RESULT_PUBLISHED
                                ? pick(AcceptanceResult.PASS, AcceptanceResult.LOW_LEVEL) : null, null), "acc", u.code(), p, 2, k);
                        d2 = d2.plusDays(r.nextInt(40));
                    }
                }
                if (steps == 4 && chance(0.6)) {
                    int from = d.getYear();
                    add(new WorkPlan(u.code(), p, from, from + 2, d.plusDays(r.nextInt(200)), null));
                    if (chance(0.4)) {
                        LocalDate e = LocalDate.of(from + 3, 1, 1).plusDays(r.nextInt(300));
                        add(new Evaluation(u.code(), p, from + 3, dec(60 + r.nextInt(40)), true, e, null), "ev", u.code(), p, from + 3);
                    }
                }
            }
            if (chance(0.4)) {
                add(new CommissionerGroup(u.code(), date(2019, 2026), null));
            }
        }

        void gansu(Unit u) {
            Program p = pick(Program.of("GANSU_INNOVATIVE_COUNTY"), Program.of("GANSU_INNOVATIVE_COUNTY"), Program.of("GANSU_TECH_PARK"));
            int year = 2017 + r.nextInt(5);
            if (chance(0.8)) {
                BigDecimal score = dec(pick(80.0, 84.0, 84.0, 88.5, 92.5, 70.0 + r.nextInt(30)));
                add(new Evaluation(u.code(), p, year, score, chance(0.85), dateIn(year), null), "ev", u.code(), p, year);
                if (p != Program.of("GANSU_TECH_PARK") && chance(0.5)) {
                    add(new Consent(u.code(), p, year, dateIn(year).plusDays(r.nextInt(30)), null), "con", u.code(), p, year);
                }
            }
            if (p != Program.of("GANSU_TECH_PARK") && chance(0.2)) {
                LocalDate since = date(2018, 2021);
                add(new Designation(u.code(), p, pick(DesignationStatus.of("AWARDED"), DesignationStatus.of("SELECTED")), since, null, null),
                        "des", u.code(), p, since);
            }
            if (chance(0.3)) {
                add(new TechPark(u.code(), "科技园", date(2016, 2022), null));
            }
            if (chance(0.3)) {
                add(new ExpertStation(u.code(), date(2016, 2022), null));
            }
        }

        /**
         * One year's round of a Gansu programme with more candidates than the quota (5), scores
         * from a short list so that ties fall on the quota boundary, some consents.
         */
        void gansuRound() {
            Program p = pick(Program.of("GANSU_INNOVATIVE_COUNTY"), Program.of("GANSU_INNOVATIVE_COUNTY"), Program.of("GANSU_TECH_PARK"));
            int year = 2018 + r.nextInt(3);
            int k = 4 + r.nextInt(6);
            if (p == Program.of("GANSU_TECH_PARK") && chance(0.5)) {
                parameters.put("gansu.parkQuotaTolerance", 1 + r.nextInt(2));
            }
            for (int i = 0; i < k; i++) {
                Unit u = pick(GS_COUNTIES);
                BigDecimal score = dec(pick(95.0, 90.0, 88.0, 86.5, 84.0, 84.0, 84.0, 80.5));
                LocalDate d = LocalDate.of(year, 11, 15);
                add(new Evaluation(u.code(), p, year, score, chance(0.9), d, null), "ev", u.code(), p, year);
                if (p != Program.of("GANSU_TECH_PARK") && chance(0.5)) {
                    add(new Consent(u.code(), p, year, d.plusDays(20 + r.nextInt(20)), null), "con", u.code(), p, year);
                }
            }
        }

        /** Values on and beside the 5 % and 8 % growth bounds from the base year, and a zero base now and then. */
        void transactions(Unit u, int base) {
            double b = chance(0.1) ? 0 : 1000 * (1 + r.nextInt(20));
            add(new TechTransaction(u.code(), base, dec(b), null), "tt", u.code(), base);
            for (int y = base + 1; y <= 2021; y++) {
                if (chance(0.3)) {
                    continue;
                }
                int n = y - base;
                double v = switch (r.nextInt(5)) {
                    case 0 -> b * Math.pow(1.05, n);
                    case 1 -> b * Math.pow(1.08, n);
                    case 2 -> b * Math.pow(1.05, n) - 1;
                    case 3 -> b * Math.pow(1.08, n) + 1;
                    default -> b * (1 + r.nextDouble() * 0.2);
                };
                add(new TechTransaction(u.code(), y, new BigDecimal(String.format(Locale.ROOT, "%.4f", Math.max(0, v))).stripTrailingZeros(), null),
                        "tt", u.code(), y);
            }
        }

        void towns(Unit county) {
            int k = 1 + r.nextInt(3);
            for (int i = 1; i <= k; i++) {
                String code = county.code() + String.format(Locale.ROOT, "%03d", i);
                add(new Region(code, "镇" + i, Level.TOWN, county.code(), null, Set.of(), null), "region", code);
                int year = 2018 + r.nextInt(3);
                add(new Evaluation(code, Program.of("GANSU_INNOVATIVE_TOWN"), year, dec(pick(80.0, 84.0, 90.0)), true, dateIn(year), null),
                        "ev", code, Program.of("GANSU_INNOVATIVE_TOWN"), year);
            }
        }

        void calendar() {
            int k = r.nextInt(4);
            for (int i = 0; i < k; i++) {
                LocalDate d = date(2018, 2026);
                add(new CalendarDay(d, pick(DayKind.values())), "cal", d);
            }
        }

        void parameters() {
            if (chance(0.1)) {
                parameters.put("ningxia.county.rankBehind", pick("GRADE_C_OR_D", "BOTTOM_THIRD"));
            }
            if (chance(0.05)) {
                parameters.put("gansu.parkQuotaTolerance", 1);
            }
            if (chance(0.05)) {
                parameters.put("ningxia.declineGroundsJoint", true);
            }
            if (chance(0.05)) {
                parameters.put("ningxia.county.improvementYears", pick(2, 4));
            }
        }

        /** One fact the validator must refuse. */
        void invalid(Unit nx, Unit gs) {
            switch (r.nextInt(8)) {
                case 0 -> facts.add(new TechPark("649999", "无此地", date(2018, 2024), null));
                case 1 -> facts.add(new Application(gs.code(), Program.of("NINGXIA_INNOVATIVE_COUNTY"), 2024, date(2024, 2024), null, null, null));
                case 2 -> {
                    facts.add(new MonitoringResult(nx.code(), 2010, Grade.B, dec(50), null, null, null, null));
                    facts.add(new MonitoringResult(nx.code(), 2010, Grade.C, dec(40), null, null, null, null));
                }
                case 3 -> facts.add(new MonitoringResult(nx.code(), 2011, Grade.B, dec(50), 13, 12, null, null));
                case 4 -> facts.add(new TechTransaction(gs.code(), 2010, dec(-5), null));
                case 5 -> facts.add(new Indicator(nx.code(), Program.of("NINGXIA_INNOVATIVE_COUNTY"), 1, 2010, dec(101), null, null, null, null));
                case 6 -> facts.add(new Designation(gs.code(), Program.of("GANSU_TECH_PARK"), DesignationStatus.of("AWARDED"), date(2018, 2020), null, null));
                default -> {
                    LocalDate d = date(2018, 2022);
                    facts.add(new AcceptanceStep(nx.code(), Program.of("NATIONAL_INNOVATIVE_COUNTY"), 1, AcceptanceStepKind.VIDEO_DEFENCE, d, null, null));
                    facts.add(new AcceptanceStep(nx.code(), Program.of("NATIONAL_INNOVATIVE_COUNTY"), 1, AcceptanceStepKind.SUMMARY_SUBMITTED, d.plusDays(3), null, null));
                }
            }
        }

        /**
         * A fact dated after the as-of date that keeps the set valid: it names a region already in
         * the set and a key no other fact has, or null when none fits.
         */
        Object future(List<Object> existing) {
            List<String> regions = new ArrayList<>();
            for (Object f : existing) {
                String code = regionOf(f);
                if (code != null && code.length() == 6 && (code.startsWith("64") || code.startsWith("62"))) {
                    regions.add(code);
                }
            }
            if (regions.isEmpty()) {
                return null;
            }
            String code = pick(regions);
            boolean nx = code.startsWith("64");
            boolean county = TABLE.stream().anyMatch(u -> u.code().equals(code) && u.level().isCountyLevel());
            LocalDate after = asOf.plusDays(1 + r.nextInt(400));
            int afterYear = asOf.getYear() + 1 + r.nextInt(3);
            Program local = nx ? (county ? Program.of("NINGXIA_INNOVATIVE_COUNTY") : Program.of("NINGXIA_INNOVATIVE_CITY"))
                    : Program.of("GANSU_INNOVATIVE_COUNTY");
            Set<List<Object>> used = new HashSet<>();
            for (Object f : existing) {
                used.add(keyOf(f));
            }
            List<Object> candidates = new ArrayList<>(List.of(
                    new Designation(code, local, nx ? DesignationStatus.of("APPROVED") : DesignationStatus.of("AWARDED"), after, null, null),
                    new Application(code, local, afterYear, after, null, null, null),
                    new Attestation(code, local, pick(ATTESTATION_KEYS), true, after, null),
                    new MonitoringResult(code, asOf.getYear(), Grade.A, dec(99), null, null,
                            after.getYear() > asOf.getYear() ? after : LocalDate.of(asOf.getYear() + 1, 1, 2), null),
                    new TechPark(code, "未来园区", after, null),
                    new ExpertStation(code, after, null),
                    new CommissionerGroup(code, after, null),
                    new TechTransaction(code, asOf.getYear() + r.nextInt(2), dec(123456), null),
                    new Evaluation(code, local, afterYear, dec(99), true, after, null),
                    new Consent(code, local, afterYear, after, null)));
            if (nx) {
                candidates.add(new Selection(code, local, after, after.plusDays(1), after.plusDays(9), null));
                candidates.add(new ProgressReport(code, local, afterYear, after, null));
                candidates.add(new Indicator(code, local, 7, asOf.getYear() + r.nextInt(2), dec(50), dec(1), null, null, null));
            }
            if (county) {
                candidates.add(new WorkPlan(code, Program.of("NATIONAL_INNOVATIVE_COUNTY"), afterYear, afterYear + 2, after, null));
                candidates.add(new Application(code, Program.of("NATIONAL_INNOVATIVE_COUNTY"), afterYear, after, 2, Theme.ECOLOGY, null));
                if (existing.stream().noneMatch(f -> f instanceof AcceptanceStep a && a.region().equals(code)
                        && a.program() == Program.of("NATIONAL_INNOVATIVE_COUNTY"))) {
                    candidates.add(new AcceptanceStep(code, Program.of("NATIONAL_INNOVATIVE_COUNTY"), 1,
                            AcceptanceStepKind.SUMMARY_SUBMITTED, after, null, null));
                }
            }
            Collections.shuffle(candidates, r);
            for (Object c : candidates) {
                if (!used.contains(keyOf(c))) {
                    return c;
                }
            }
            return null;
        }
    }

    static String regionOf(Object f) {
        return f instanceof Region x ? x.code() : f instanceof MonitoringResult x ? x.region()
                : f instanceof Designation x ? x.region() : f instanceof Application x ? x.region()
                : f instanceof Attestation x ? x.region() : f instanceof Selection x ? x.region()
                : f instanceof ProgressReport x ? x.region() : f instanceof Indicator x ? x.region()
                : f instanceof AcceptanceStep x ? x.region() : f instanceof WorkPlan x ? x.region()
                : f instanceof Evaluation x ? x.region() : f instanceof Consent x ? x.region()
                : f instanceof TechTransaction x ? x.region() : f instanceof TechPark x ? x.region()
                : f instanceof ExpertStation x ? x.region() : f instanceof CommissionerGroup x ? x.region() : null;
    }

    /** The key under which the validator calls two facts duplicates (the fact itself where it has none). */
    static List<Object> keyOf(Object f) {
        Function<Object[], List<Object>> k = List::of;
        if (f instanceof MonitoringResult x) return k.apply(new Object[]{"m", x.region(), x.year()});
        if (f instanceof Designation x) return k.apply(new Object[]{"des", x.region(), x.program(), x.since()});
        if (f instanceof Application x) return k.apply(new Object[]{"app", x.region(), x.program(), x.year()});
        if (f instanceof Attestation x) return k.apply(new Object[]{"att", x.region(), x.program(), x.key(), x.date()});
        if (f instanceof Selection x) return k.apply(new Object[]{"sel", x.region(), x.program(), x.selected()});
        if (f instanceof ProgressReport x) return k.apply(new Object[]{"pr", x.region(), x.program(), x.year()});
        if (f instanceof Indicator x) return k.apply(new Object[]{"ind", x.region(), x.program(), x.number(), x.year()});
        if (f instanceof AcceptanceStep x) return k.apply(new Object[]{"acc", x.region(), x.program(), x.round(), x.step()});
        if (f instanceof Evaluation x) return k.apply(new Object[]{"ev", x.region(), x.program(), x.year()});
        if (f instanceof Consent x) return k.apply(new Object[]{"con", x.region(), x.program(), x.year()});
        if (f instanceof TechTransaction x) return k.apply(new Object[]{"tt", x.region(), x.year()});
        return List.of(f);
    }
}
