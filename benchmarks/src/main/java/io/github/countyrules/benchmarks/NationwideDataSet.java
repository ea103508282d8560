package io.github.countyrules.benchmarks;

import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.model.*;
import io.github.countyrules.ningxia.IndicatorCatalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Predicate;

/**
 * A deterministic nationwide data set for the benchmarks: 2,844 county-level units (the national
 * count), of which the 22 Ningxia and 86 Gansu units are the real ones of the shipped division
 * table and the other 2,736 are generated, with GB/T 2260-shaped codes, under generated
 * prefectures of the 29 other real provinces. Each unit has six years of monitoring results
 * (2019-2024) and the programme facts a real year would hold in roughly real proportions: the 52
 * first-batch and 92 second-batch national innovative counties with their acceptance, work plans
 * and evaluations, batch-2 applications, Ningxia designations in four cohorts with selections,
 * progress reports, 附件2 indicators, acceptance and new applications with attestations, Gansu's
 * yearly evaluations, consents and awards for counties, towns and parks, technology transactions,
 * tech parks, expert stations and commissioner groups, and a holiday calendar.
 *
 * <p>Everything is drawn from one {@link SplittableRandom} seeded by the caller and walked in code
 * order, so the same seed and scale give equal facts in every run and on every machine. Built
 * through the public {@link Facts#builder()}, so the facts are validated like any caller's.
 *
 * <p>{@code scale} multiplies the data set for the scaling figure: every province gets
 * {@code scale} times its units (Ningxia and Gansu: the real units plus generated ones under
 * generated prefectures) and every programme fact is drawn per unit or scaled with the count.
 */
public final class NationwideDataSet {
    /** The as-of date of every evaluation of the data set: all 2024 results are published by then. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);
    public static final long DEFAULT_SEED = 2844L;
    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2024;
    /** The national number of county-level units, which the data set reproduces at scale 1. */
    public static final int COUNTY_LEVEL_UNITS = 2_844;

    /**
     * The 29 other provinces with their real codes and names and about their real number of
     * county-level units (2023); Xinjiang takes the remainder so the nation adds up to 2,844.
     */
    private static final String[][] PROVINCES = {
            {"11", "北京市", "京", "16"}, {"12", "天津市", "津", "16"}, {"13", "河北省", "冀", "167"},
            {"14", "山西省", "晋", "117"}, {"15", "内蒙古自治区", "蒙", "103"}, {"21", "辽宁省", "辽", "100"},
            {"22", "吉林省", "吉", "60"}, {"23", "黑龙江省", "黑", "121"}, {"31", "上海市", "沪", "16"},
            {"32", "江苏省", "苏", "95"}, {"33", "浙江省", "浙", "90"}, {"34", "安徽省", "皖", "104"},
            {"35", "福建省", "闽", "84"}, {"36", "江西省", "赣", "100"}, {"37", "山东省", "鲁", "136"},
            {"41", "河南省", "豫", "157"}, {"42", "湖北省", "鄂", "103"}, {"43", "湖南省", "湘", "122"},
            {"44", "广东省", "粤", "122"}, {"45", "广西壮族自治区", "桂", "111"}, {"46", "海南省", "琼", "25"},
            {"50", "重庆市", "渝", "38"}, {"51", "四川省", "川", "183"}, {"52", "贵州省", "黔", "88"},
            {"53", "云南省", "滇", "129"}, {"54", "西藏自治区", "藏", "74"}, {"61", "陕西省", "陕", "107"},
            {"63", "青海省", "青", "44"}, {"65", "新疆维吾尔自治区", "新", "108"},
    };
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    /** 国家乡村振兴重点帮扶县: 160 in 10 western provinces (2021 list), by province. */
    private static final Map<String, Integer> KEY_ASSISTED = Map.of("15", 10, "45", 20, "50", 4, "51", 25, "52", 20,
            "53", 27, "61", 11, "62", 23, "63", 15, "64", 5);
    /** 贫困县 of the 2014-2020 list (832 nationwide), about their number per province. */
    private static final Map<String, Integer> POVERTY = Map.ofEntries(Map.entry("13", 45), Map.entry("14", 36),
            Map.entry("15", 31), Map.entry("22", 8), Map.entry("23", 20), Map.entry("34", 20), Map.entry("36", 24),
            Map.entry("41", 38), Map.entry("42", 28), Map.entry("43", 40), Map.entry("45", 33), Map.entry("46", 5),
            Map.entry("50", 14), Map.entry("51", 66), Map.entry("52", 66), Map.entry("53", 88), Map.entry("54", 74),
            Map.entry("61", 56), Map.entry("62", 75), Map.entry("63", 42), Map.entry("64", 8), Map.entry("65", 32));
    /** Ningxia's 山区 (mountain) counties, its monitoring peer group besides 川区 (plain) units. */
    private static final Set<String> NINGXIA_MOUNTAIN = Set.of("640402", "640422", "640423", "640424", "640425",
            "640522", "640324", "640323", "640303");
    /** Real national designations of the two provinces (shared/data/designations-known.csv). */
    private static final List<String> FIRST_BATCH_REAL = List.of("640323", "620724");
    private static final List<String> SECOND_BATCH_REAL = List.of("640122", "621122", "620981", "620123");

    private final Facts facts;
    private final int scale;
    private final long seed;
    private final List<Region> countyLevel;
    private final List<Region> cities;

    private NationwideDataSet(Facts facts, int scale, long seed, List<Region> countyLevel, List<Region> cities) {
        this.facts = facts;
        this.scale = scale;
        this.seed = seed;
        this.countyLevel = countyLevel;
        this.cities = cities;
    }

    /** The data set of {@link #DEFAULT_SEED} at scale 1. */
    public static NationwideDataSet standard() {
        return generate(DEFAULT_SEED, 1);
    }

    public static NationwideDataSet generate(long seed, int scale) {
        if (scale < 1 || scale > 16) {
            throw new IllegalArgumentException("scale 1..16: " + scale);
        }
        return new Generator(seed, scale).run();
    }

    public Facts facts() {
        return facts;
    }

    public int scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    /** Every county-level unit (DISTRICT, COUNTY, COUNTY_CITY), by code. */
    public List<Region> countyLevelUnits() {
        return countyLevel;
    }

    /** Every prefecture-level city, by code. */
    public List<Region> cities() {
        return cities;
    }

    /** County-level units and prefectures of one province: the regions its rules decide on. */
    public List<Region> decidedRegions(String province) {
        List<Region> out = new ArrayList<>();
        cities.stream().filter(r -> r.province().equals(province)).forEach(out::add);
        countyLevel.stream().filter(r -> r.province().equals(province)).forEach(out::add);
        out.sort(Comparator.comparing(Region::code));
        return out;
    }

    /**
     * The facts of one province only (what a provincial user would pass): its listed regions and
     * every fact about its regions, with the same as-of date and calendar.
     */
    public Facts province(String province) {
        return subset(code -> code.startsWith(province));
    }

    /** The facts about the regions accepted by {@code codes} (their listed parents included). */
    public Facts subset(Predicate<String> codes) {
        Map<String, Region> listed = new TreeMap<>();
        facts.regions().forEach(r -> listed.put(r.code(), r));
        Set<String> keep = new TreeSet<>();
        for (Region r : facts.regions()) {
            if (codes.test(r.code())) {
                // a listed region needs its listed ancestors to validate
                for (Region x = r; x != null; x = x.parent() == null ? null : listed.get(x.parent())) {
                    keep.add(x.code());
                }
            }
        }
        Facts.Builder b = Facts.builder().asOf(facts.asOf());
        facts.parameters().forEach(b::parameter);
        facts.regions().stream().filter(r -> keep.contains(r.code())).forEach(b::add);
        facts.monitoring().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.designations().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.applications().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.attestations().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.selections().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.progressReports().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.indicators().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.acceptance().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.workPlans().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.evaluations().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.consents().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.techTransactions().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.techParks().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.expertStations().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.commissionerGroups().stream().filter(x -> codes.test(x.region())).forEach(b::add);
        facts.calendar().forEach(b::add);
        return b.build();
    }

    /** Number of facts of each kind, for the report. */
    public SortedMap<String, Integer> counts() {
        SortedMap<String, Integer> m = new TreeMap<>();
        m.put("regions (listed)", facts.regions().size());
        m.put("regions (known)", facts.regionTable().size());
        m.put("county-level units", countyLevel.size());
        m.put("monitoring", facts.monitoring().size());
        m.put("designations", facts.designations().size());
        m.put("applications", facts.applications().size());
        m.put("attestations", facts.attestations().size());
        m.put("selections", facts.selections().size());
        m.put("progressReports", facts.progressReports().size());
        m.put("indicators", facts.indicators().size());
        m.put("acceptance", facts.acceptance().size());
        m.put("workPlans", facts.workPlans().size());
        m.put("evaluations", facts.evaluations().size());
        m.put("consents", facts.consents().size());
        m.put("techTransactions", facts.techTransactions().size());
        m.put("techParks", facts.techParks().size());
        m.put("expertStations", facts.expertStations().size());
        m.put("commissionerGroups", facts.commissionerGroups().size());
        m.put("calendar", facts.calendar().size());
        return m;
    }

    /** Total number of facts (listed regions included). */
    public int size() {
        return counts().entrySet().stream().filter(e -> !e.getKey().startsWith("regions (known)")
                && !e.getKey().equals("county-level units")).mapToInt(Map.Entry::getValue).sum();
    }

    /** One generation run; fields hold what later steps draw on. */
    private static final class Generator {
        private final SplittableRandom rnd;
        private final int scale;
        private final long seed;
        private final Facts.Builder b = Facts.builder().asOf(AS_OF);
        /** Every region known to the evaluation (shipped and listed), by code. */
        private final TreeMap<String, Region> regions = new TreeMap<>();
        /** Regions to list in the facts (generated ones, and shipped ones given tags or a peer group). */
        private final TreeMap<String, Region> listed = new TreeMap<>();
        /** Latest national standing per unit, to keep the programmes consistent. */
        private final Map<String, DesignationStatus> national = new HashMap<>();
        private final Map<String, SortedMap<Integer, BigDecimal>> scores = new HashMap<>();

        Generator(long seed, int scale) {
            this.rnd = new SplittableRandom(seed);
            this.scale = scale;
            this.seed = seed;
        }

        NationwideDataSet run() {
            shippedRegions();
            for (String[] p : PROVINCES) {
                generatedProvince(p[0], p[1], p[2], Integer.parseInt(p[3]) * scale, 1);
            }
            // Ningxia and Gansu: the real units, plus generated ones when scaled up
            if (scale > 1) {
                // prefectures 31-80: clear of the real ones and of the towns' 628xxx and 629xxx
                generatedProvince("62", null, "甘", 86 * (scale - 1), 31);
                generatedProvince("64", null, "宁", 22 * (scale - 1), 31);
            }
            tags();
            peerGroups();
            List<Region> units = regions.values().stream().filter(r -> r.level().isCountyLevel()).toList();
            List<Region> cities = regions.values().stream().filter(r -> r.level() == Level.CITY).toList();
            if (scale == 1 && units.size() != COUNTY_LEVEL_UNITS) {
                throw new IllegalStateException("expected " + COUNTY_LEVEL_UNITS + " county-level units, made " + units.size());
            }
            monitoring(units);
            national(units);
            ningxia(units, cities);
            gansu(units);
            transactions(units);
            support(units);
            calendar();
            listed.values().forEach(b::add);
            return new NationwideDataSet(b.build(), scale, seed, units, cities);
        }

        // ---- regions ------------------------------------------------------------------------

        private void shippedRegions() {
            // the shipped table is what an empty facts set already knows; the set keeps the real
            // units of Ningxia and Gansu and generates the other provinces' (listed in the facts,
            // they replace the shipped regions of the same code)
            Facts.builder().asOf(AS_OF).build().regionTable().forEach((code, r) -> {
                if (code.startsWith("62") || code.startsWith("64")) {
                    regions.put(code, r);
                }
            });
        }

        /**
         * {@code n} county-level units of a province under generated prefectures numbered from
         * {@code firstPrefecture}: codes PPCCXX with districts at XX 02-20, counties 21-80 and
         * county-level cities 81-98, as GB/T 2260 numbers them.
         */
        private void generatedProvince(String pp, String name, String abbr, int n, int firstPrefecture) {
            if (name != null) {
                region(new Region(pp + "0000", name, Level.PROVINCE, null, null, Set.of(), null));
            }
            boolean municipality = MUNICIPALITIES.contains(pp);
            // about eleven units a prefecture, as nationally; more when scaled up, so codes fit
            int prefectures = municipality ? Math.max(pp.equals("50") ? 2 : 1, (n + 69) / 70)
                    : Math.min(firstPrefecture == 1 ? 58 : 50, Math.max((n + 59) / 60, Math.round(n / 11f)));
            int[] sizes = new int[prefectures];
            for (int i = 0; i < n; i++) {
                sizes[i % prefectures]++;
            }
            if (pp.equals("50") && prefectures == 2) {
                // Chongqing: 26 districts under 500100, 12 counties under 500200
                sizes[0] = Math.round(n * 0.68f);
                sizes[1] = n - sizes[0];
            } else if (!municipality) {
                // uneven prefectures, as real ones are; the total is kept
                for (int i = 0; i + 1 < prefectures; i += 2) {
                    int shift = rnd.nextInt(Math.max(1, sizes[i] / 3));
                    sizes[i] += shift;
                    sizes[i + 1] -= shift;
                }
            }
            for (int c = 0; c < prefectures; c++) {
                String cc = two(firstPrefecture + c);
                String city = pp + cc + "00";
                // Chongqing's county prefectures (500200) hold its counties; the other municipalities have districts only
                boolean countyPrefecture = pp.equals("50") && c % 3 == 1;
                String cityName = municipality ? name + (countyPrefecture ? "县" : "市辖区") + (c < 2 ? "" : cc) : abbr + cc + "市";
                region(new Region(city, cityName, Level.CITY, pp + "0000", null, Set.of(), null));
                int district = municipality ? 1 : 2;
                int districtLast = municipality ? 80 : 20;
                int county = countyPrefecture ? 1 : 21;
                int countyLast = countyPrefecture ? 98 : 80;
                int countyCity = 81;
                for (int i = 0; i < sizes[c]; i++) {
                    double u = rnd.nextDouble();
                    Level level;
                    if (municipality) {
                        level = countyPrefecture ? Level.COUNTY : Level.DISTRICT;
                    } else {
                        level = u < 0.34 ? Level.DISTRICT : u < 0.48 ? Level.COUNTY_CITY : Level.COUNTY;
                    }
                    if (level == Level.DISTRICT && district > districtLast) {
                        level = Level.COUNTY;
                    }
                    if (level == Level.COUNTY_CITY && countyCity > 98) {
                        level = Level.COUNTY;
                    }
                    String xx;
                    String suffix;
                    switch (level) {
                        case DISTRICT -> {
                            xx = two(district++);
                            suffix = "区";
                        }
                        case COUNTY_CITY -> {
                            xx = two(countyCity++);
                            suffix = "市";
                        }
                        default -> {
                            if (county > countyLast) {
                                throw new IllegalStateException("prefecture " + city + " is full");
                            }
                            xx = two(county++);
                            suffix = "县";
                        }
                    }
                    String code = pp + cc + xx;
                    region(new Region(code, abbr + cc + xx + suffix, level, city, null, Set.of(), null));
                }
            }
        }

        private void region(Region r) {
            regions.put(r.code(), r);
            listed.put(r.code(), r);
        }

        /** Replaces a known region by one with more fields, listing it. */
        private void update(Region r) {
            regions.put(r.code(), r);
            listed.put(r.code(), r);
        }

        private void tags() {
            Map<String, List<Region>> countiesByProvince = new TreeMap<>();
            for (Region r : regions.values()) {
                if (r.level() == Level.COUNTY || r.level() == Level.COUNTY_CITY) {
                    countiesByProvince.computeIfAbsent(r.province(), k -> new ArrayList<>()).add(r);
                }
            }
            for (Map.Entry<String, List<Region>> e : countiesByProvince.entrySet()) {
                List<Region> counties = e.getValue();
                tag(counties, POVERTY.getOrDefault(e.getKey(), 0) * scale, Tag.POVERTY_COUNTY);
                // key assisted counties were drawn from the poor counties
                List<Region> poor = counties.stream().map(r -> regions.get(r.code()))
                        .filter(r -> r.hasTag(Tag.POVERTY_COUNTY)).toList();
                tag(poor.isEmpty() ? counties : poor, KEY_ASSISTED.getOrDefault(e.getKey(), 0) * scale, Tag.KEY_ASSISTED_COUNTY);
            }
        }

        private void tag(List<Region> from, int count, Tag tag) {
            for (Region r : pick(from, Math.min(count, from.size()))) {
                Region cur = regions.get(r.code());
                Set<Tag> tags = new TreeSet<>(cur.tags());
                tags.add(tag);
                update(new Region(cur.code(), cur.name(), cur.level(), cur.parent(), cur.peerGroup(), tags, cur.source()));
            }
        }

        /** Monitoring compares a unit with its peers: urban districts, and two county groups. */
        private void peerGroups() {
            for (Region r : List.copyOf(regions.values())) {
                if (!r.level().isCountyLevel()) {
                    continue;
                }
                String group;
                if (r.province().equals("64")) {
                    // the real units by their terrain; generated ones (scaled sets) drawn
                    boolean mountain = r.code().compareTo("640600") < 0 ? NINGXIA_MOUNTAIN.contains(r.code()) : rnd.nextDouble() < 0.4;
                    group = mountain ? "山区" : "川区";
                } else if (r.level() == Level.DISTRICT) {
                    group = "市辖区";
                } else {
                    group = rnd.nextDouble() < 0.45 ? "县域一类" : "县域二类";
                }
                update(new Region(r.code(), r.name(), r.level(), r.parent(), group, r.tags(), r.source()));
            }
        }

        // ---- monitoring ---------------------------------------------------------------------

        private void monitoring(List<Region> units) {
            for (Region r : units) {
                series(r.code(), r.level(), 0.02);
            }
            // ranks within each peer group of a province, by score (highest first)
            Map<List<String>, List<String>> groups = new TreeMap<>(Comparator.comparing(Object::toString));
            for (Region r : units) {
                groups.computeIfAbsent(List.of(r.province(), String.valueOf(regions.get(r.code()).peerGroup())),
                        k -> new ArrayList<>()).add(r.code());
            }
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                int year = y;
                Map<String, Integer> rank = new HashMap<>();
                Map<String, Integer> size = new HashMap<>();
                for (List<String> g : groups.values()) {
                    List<String> ranked = g.stream().filter(c -> scores.get(c).containsKey(year))
                            .sorted(Comparator.comparing((String c) -> scores.get(c).get(year)).reversed()
                                    .thenComparing(Comparator.naturalOrder()))
                            .toList();
                    for (int i = 0; i < ranked.size(); i++) {
                        rank.put(ranked.get(i), i + 1);
                        size.put(ranked.get(i), ranked.size());
                    }
                }
                for (Region r : units) {
                    BigDecimal s = scores.get(r.code()).get(year);
                    if (s == null) {
                        continue;
                    }
                    // a few results come without a rank (the unit's group was not ranked that year)
                    boolean ranked = rnd.nextDouble() >= 0.06;
                    b.add(new MonitoringResult(r.code(), year, grade(s), s, ranked ? rank.get(r.code()) : null,
                            ranked ? size.get(r.code()) : null, published(year), null));
                }
            }
        }

        /** Six yearly composite scores with a unit's own level and trend; some years missing. */
        private void series(String code, Level level, double gap) {
            double base = switch (level) {
                case DISTRICT, CITY -> 62;
                case COUNTY_CITY -> 58;
                default -> 51;
            } + rnd.nextGaussian() * 9;
            double trend = 0.8 + rnd.nextGaussian() * 1.6;
            SortedMap<Integer, BigDecimal> s = new TreeMap<>();
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                double v = base + trend * (y - FIRST_YEAR) + rnd.nextGaussian() * 2.4;
                v = Math.max(20, Math.min(96, v));
                if (rnd.nextDouble() >= gap) {
                    s.put(y, exact(BigDecimal.valueOf(Math.round(v * 100), 2)));
                }
            }
            scores.put(code, s);
        }

        private static Grade grade(BigDecimal s) {
            double v = s.doubleValue();
            return v >= 70 ? Grade.A : v >= 58 ? Grade.B : v >= 46 ? Grade.C : Grade.D;
        }

        /** Results for Y are published in late spring or summer of Y+1; a tenth without a date. */
        private LocalDate published(int year) {
            if (rnd.nextDouble() < 0.1) {
                return null;
            }
            return LocalDate.of(year + 1, 5, 20).plusDays(rnd.nextInt(80));
        }

        // ---- national innovative counties ---------------------------------------------------

        private void national(List<Region> units) {
            List<Region> counties = units.stream().filter(r -> r.level() != Level.DISTRICT).toList();
            // first batch, 2018: 52 counties (36 industry, 11 ecology, 5 livelihood)
            List<Region> first = withReal(counties, FIRST_BATCH_REAL, 52 * scale, Set.of());
            Set<String> taken = new HashSet<>();
            first.forEach(r -> taken.add(r.code()));
            List<Region> second = withReal(counties, SECOND_BATCH_REAL, 92 * scale, taken);
            second.forEach(r -> taken.add(r.code()));
            int i = 0;
            for (Region r : first) {
                Theme theme = i % 52 < 36 ? Theme.INDUSTRY : i % 52 < 47 ? Theme.ECOLOGY : Theme.LIVELIHOOD;
                i++;
                firstBatch(r.code(), theme);
            }
            for (Region r : second) {
                Theme theme = pickTheme();
                b.add(new Designation(r.code(), Program.of("NATIONAL_INNOVATIVE_COUNTY"), DesignationStatus.of("UNDER_CONSTRUCTION"),
                        LocalDate.of(2023, 5, 10), theme, null));
                national.put(r.code(), DesignationStatus.of("UNDER_CONSTRUCTION"));
                b.add(new Application(r.code(), Program.of("NATIONAL_INNOVATIVE_COUNTY"), 2022, LocalDate.of(2022, 12, 1).plusDays(rnd.nextInt(20)),
                        2, theme, null));
            }
            // the other batch-2 candidates: about one county from every other prefecture, a few
            // prefectures and provinces past their limit, a few city districts (ineligible)
            Map<String, List<Region>> byPrefecture = new TreeMap<>();
            for (Region r : units) {
                byPrefecture.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
            Set<String> recommended = new HashSet<>();
            second.forEach(r -> recommended.add(r.parent()));
            for (Map.Entry<String, List<Region>> e : byPrefecture.entrySet()) {
                boolean already = recommended.contains(e.getKey());
                double p = already ? 0.03 : 0.28;
                if (rnd.nextDouble() >= p) {
                    continue;
                }
                List<Region> pool = e.getValue().stream().filter(r -> !taken.contains(r.code())).toList();
                if (pool.isEmpty()) {
                    continue;
                }
                Region r = pool.get(rnd.nextInt(pool.size()));
                taken.add(r.code());
                b.add(new Application(r.code(), Program.of("NATIONAL_INNOVATIVE_COUNTY"), 2022, LocalDate.of(2022, 12, 1).plusDays(rnd.nextInt(20)),
                        2, pickTheme(), null));
                if (rnd.nextDouble() < 0.4) {
                    // an unsuccessful candidate stays on record as APPLIED
                    b.add(new Designation(r.code(), Program.of("NATIONAL_INNOVATIVE_COUNTY"), DesignationStatus.of("APPLIED"),
                            LocalDate.of(2022, 12, 25), null, null));
                }
            }
        }

        private void firstBatch(String code, Theme theme) {
            LocalDate since = LocalDate.of(2018, 10, 1).plusDays(rnd.nextInt(60));
            Program p = Program.of("NATIONAL_INNOVATIVE_COUNTY");
            b.add(new Designation(code, p, DesignationStatus.of("UNDER_CONSTRUCTION"), since, theme, null));
            LocalDate result = LocalDate.of(2022, 8, 30);
            b.add(new AcceptanceStep(code, p, 1, AcceptanceStepKind.SUMMARY_SUBMITTED, LocalDate.of(2022, 3, 1).plusDays(rnd.nextInt(40)), null, null));
            b.add(new AcceptanceStep(code, p, 1, AcceptanceStepKind.VIDEO_DEFENCE, LocalDate.of(2022, 5, 10).plusDays(rnd.nextInt(20)), null, null));
            b.add(new AcceptanceStep(code, p, 1, AcceptanceStepKind.ONSITE_REVIEW, LocalDate.of(2022, 6, 10).plusDays(rnd.nextInt(40)), null, null));
            // about one in ten was found of a low level and rectified (CN-A3)
            boolean low = rnd.nextDouble() < 0.1 && !FIRST_BATCH_REAL.contains(code);
            b.add(new AcceptanceStep(code, p, 1, AcceptanceStepKind.RESULT_PUBLISHED, result, low ? AcceptanceResult.LOW_LEVEL
                    : AcceptanceResult.PASS, null));
            if (low) {
                b.add(new Designation(code, p, DesignationStatus.of("RECTIFICATION"), result, theme, null));
                if (rnd.nextDouble() < 0.8) {
                    LocalDate start = LocalDate.of(2023, 9, 1).plusDays(rnd.nextInt(30));
                    b.add(new AcceptanceStep(code, p, 2, AcceptanceStepKind.SUMMARY_SUBMITTED, start, null, null));
                    b.add(new AcceptanceStep(code, p, 2, AcceptanceStepKind.VIDEO_DEFENCE, start.plusDays(30), null, null));
                    b.add(new AcceptanceStep(code, p, 2, AcceptanceStepKind.ONSITE_REVIEW, start.plusDays(50), null, null));
                    LocalDate result2 = start.plusDays(90);
                    boolean pass = rnd.nextDouble() < 0.8;
                    b.add(new AcceptanceStep(code, p, 2, AcceptanceStepKind.RESULT_PUBLISHED, result2,
                            pass ? AcceptanceResult.PASS : AcceptanceResult.LOW_LEVEL, null));
                    b.add(new Designation(code, p, pass ? DesignationStatus.of("PASSED") : DesignationStatus.of("CANCELLED"), result2, theme, null));
                    national.put(code, pass ? DesignationStatus.of("PASSED") : DesignationStatus.of("CANCELLED"));
                    if (pass) {
                        workPlan(code, 2024);
                    }
                } else {
                    national.put(code, DesignationStatus.of("RECTIFICATION"));
                }
                return;
            }
            b.add(new Designation(code, p, DesignationStatus.of("PASSED"), result, theme, null));
            national.put(code, DesignationStatus.of("PASSED"));
            workPlan(code, 2022);
        }

        /** CN-W1, CN-W2: most passed counties file a three-year plan; some are evaluated after it. */
        private void workPlan(String code, int from) {
            if (rnd.nextDouble() >= 0.9) {
                return;
            }
            b.add(new WorkPlan(code, Program.of("NATIONAL_INNOVATIVE_COUNTY"), from, from + 2,
                    LocalDate.of(from, 10, 1).plusDays(rnd.nextInt(80)), null));
            LocalDate due = LocalDate.of(from + 3, 3, 1).plusDays(rnd.nextInt(150));
            if (due.isBefore(AS_OF) && rnd.nextDouble() < 0.5) {
                b.add(new Evaluation(code, Program.of("NATIONAL_INNOVATIVE_COUNTY"), from + 3, score(70, 95), true, due, null));
            }
        }

        private Theme pickTheme() {
            double u = rnd.nextDouble();
            return u < 0.69 ? Theme.INDUSTRY : u < 0.9 ? Theme.ECOLOGY : Theme.LIVELIHOOD;
        }

        // ---- Ningxia ------------------------------------------------------------------------

        private void ningxia(List<Region> units, List<Region> cities) {
            List<Region> nxUnits = units.stream().filter(r -> r.province().equals("64")).toList();
            for (Region r : nxUnits) {
                DesignationStatus nat = national.get(r.code());
                boolean nationalStanding = nat == DesignationStatus.of("UNDER_CONSTRUCTION") || nat == DesignationStatus.of("PASSED")
                        || nat == DesignationStatus.of("RECTIFICATION");
                // the guideline selects counties of class B or better: most designated ones are
                BigDecimal latest = scores.get(r.code()).isEmpty() ? null : scores.get(r.code()).get(scores.get(r.code()).lastKey());
                double designated = latest != null && grade(latest).atLeast(Grade.B) ? 0.55 : 0.12;
                double u = rnd.nextDouble();
                if (!nationalStanding && u < designated) {
                    cohort(r.code(), Program.of("NINGXIA_INNOVATIVE_COUNTY"));
                } else if (u < designated + 0.35 || r.code().equals("640122")) {
                    // this year's applicants, a national county among them (NX-X1)
                    apply(r.code(), Program.of("NINGXIA_INNOVATIVE_COUNTY"),
                            List.of(AttestationKey.of("PARTY_GOVT_PRIORITY"), AttestationKey.of("TYPICAL_EXPERIENCE"), AttestationKey.of("PLAN_FEASIBLE")));
                }
            }
            for (Region c : cities) {
                if (!c.province().equals("64")) {
                    continue;
                }
                double u = rnd.nextDouble();
                if (u < 0.35) {
                    // a designated city is judged on its own monitoring result
                    series(c.code(), Level.CITY, 0.0);
                    scores.get(c.code()).forEach((y, s) -> b.add(new MonitoringResult(c.code(), y, grade(s), s, null, null,
                            published(y), null)));
                    cohort(c.code(), Program.of("NINGXIA_INNOVATIVE_CITY"));
                } else if (u < 0.75) {
                    apply(c.code(), Program.of("NINGXIA_INNOVATIVE_CITY"), List.of(AttestationKey.of("PARTY_GOVT_PRIORITY"),
                            AttestationKey.of("POLICIES_ISSUED"), AttestationKey.of("TYPICAL_EXPERIENCE"), AttestationKey.of("PLAN_FEASIBLE")));
                }
            }
        }

        /**
         * A designated region in one of five cohorts: lists published in 2021 and approved in 2024
         * (a few since revoked), in 2022 (period 2023-2024 ended), in 2023 (2024-2025), in 2024
         * (2025-2026); a few disqualified on record.
         */
        private void cohort(String code, Program p) {
            double u = rnd.nextDouble();
            int published;
            if (u < 0.18) {
                published = 2021;
            } else if (u < 0.42) {
                published = 2022;
            } else if (u < 0.75) {
                published = 2023;
            } else {
                published = 2024;
            }
            LocalDate selected = LocalDate.of(published, 11, 1).plusDays(rnd.nextInt(20));
            LocalDate noticeStart = selected.plusDays(2 + rnd.nextInt(3));
            // about one notice in twelve is cut short (NX-L1)
            LocalDate pub = noticeStart.plusDays(rnd.nextDouble() < 0.08 ? 2 : 8 + rnd.nextInt(10));
            b.add(new Designation(code, p, DesignationStatus.of("SELECTED"), selected, null, null));
            b.add(new Selection(code, p, selected, rnd.nextDouble() < 0.05 ? null : noticeStart, pub, null));
            b.add(new Designation(code, p, DesignationStatus.of("UNDER_CONSTRUCTION"), pub, null, null));
            int start = published + 1;
            int end = start + 1;
            // the share of targets a region tends to meet: most do well, a few poorly
            double quality = rnd.nextDouble() < 0.07 ? 0.4 : rnd.nextDouble() < 0.5 ? 0.93 : 0.8;
            indicators(code, p, start, end, quality);
            for (int y = start; y <= end; y++) {
                LocalDate due = LocalDate.of(y + 1, 3, 31);
                double v = rnd.nextDouble();
                LocalDate submitted = v < 0.8 ? due.minusDays(rnd.nextInt(40)) : v < 0.9 ? due.plusDays(1 + rnd.nextInt(60)) : null;
                // a report exists only once submitted: none from after the as-of date
                if (submitted != null && !submitted.isAfter(AS_OF)) {
                    b.add(new ProgressReport(code, p, y, submitted, null));
                }
            }
            if (end < AS_OF.getYear()) {
                // the experts' conclusion of the ended periods, where it is on record yet
                if (published == 2021 || rnd.nextDouble() < 0.75) {
                    LocalDate result = LocalDate.of(end + 1, 4, 1).plusDays(rnd.nextInt(90));
                    boolean pass = rnd.nextDouble() < 0.85;
                    b.add(new AcceptanceStep(code, p, 1, AcceptanceStepKind.RESULT_PUBLISHED, result,
                            pass ? AcceptanceResult.PASS : AcceptanceResult.FAIL, null));
                    if (published == 2021 && pass) {
                        DesignationStatus s = rnd.nextDouble() < 0.1 ? DesignationStatus.of("TITLE_REVOKED") : DesignationStatus.of("APPROVED");
                        b.add(new Designation(code, p, DesignationStatus.of("APPROVED"), result.plusDays(20), null, null));
                        if (s == DesignationStatus.of("TITLE_REVOKED")) {
                            b.add(new Designation(code, p, s, LocalDate.of(2025, 7, 15), null, null));
                        }
                    }
                }
            } else if (rnd.nextDouble() < 0.04) {
                b.add(new Designation(code, p, DesignationStatus.of("DISQUALIFIED"), LocalDate.of(2025, 6, 1), null, null));
            }
        }

        /** 附件2: two base years with values, two construction years with targets (and values once out). */
        private void indicators(String code, Program p, int start, int end, double quality) {
            for (IndicatorCatalogue.Item item : IndicatorCatalogue.items()) {
                if (!item.quantitative()) {
                    b.add(new Indicator(code, p, item.number(), start, null, null, "建设方案第" + item.number() + "项任务进展", null, null));
                    continue;
                }
                double v = base(item.measure());
                for (int y = start - 2; y <= end; y++) {
                    boolean construction = y >= start;
                    double target = construction ? grow(item.measure(), v) : 0;
                    double value = construction ? (rnd.nextDouble() < quality ? target * (1 + rnd.nextDouble() * 0.1)
                            : target * (0.8 + rnd.nextDouble() * 0.19)) : v;
                    boolean out = y < AS_OF.getYear() && rnd.nextDouble() >= 0.01;
                    b.add(new Indicator(code, p, item.number(), y, out ? amount(item.measure(), value) : null,
                            construction ? amount(item.measure(), target) : null, null, null, null));
                    v = value;
                }
            }
        }

        private double base(IndicatorCatalogue.Measure m) {
            return switch (m) {
                case SHARE -> 0.5 + rnd.nextDouble() * 20;
                case GROWTH -> 2 + rnd.nextDouble() * 10;
                case AMOUNT -> 300 + rnd.nextDouble() * 8000;
                case COUNT -> 2 + rnd.nextInt(120);
                default -> 0.5 + rnd.nextDouble() * 8;
            };
        }

        private double grow(IndicatorCatalogue.Measure m, double v) {
            double t = v * (1.04 + rnd.nextDouble() * 0.12);
            return m == IndicatorCatalogue.Measure.SHARE ? Math.min(99, t) : m == IndicatorCatalogue.Measure.COUNT ? Math.ceil(t) : t;
        }

        private static BigDecimal amount(IndicatorCatalogue.Measure m, double v) {
            if (m == IndicatorCatalogue.Measure.COUNT) {
                return BigDecimal.valueOf(Math.round(v));
            }
            if (m == IndicatorCatalogue.Measure.SHARE) {
                v = Math.min(100, v);
            }
            return exact(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP));
        }

        /** An application for 2025 with the reviewing authority's findings, most on record. */
        private void apply(String code, Program p, List<AttestationKey> keys) {
            b.add(new Application(code, p, 2025, LocalDate.of(2025, 3, 1).plusDays(rnd.nextInt(50)), null, null, null));
            for (AttestationKey k : keys) {
                if (rnd.nextDouble() < 0.9) {
                    b.add(new Attestation(code, p, k, rnd.nextDouble() < 0.88, LocalDate.of(2025, 5, 1).plusDays(rnd.nextInt(60)), null));
                }
            }
        }

        // ---- Gansu --------------------------------------------------------------------------

        private void gansu(List<Region> units) {
            List<Region> gs = units.stream().filter(r -> r.province().equals("62")).toList();
            List<Region> gsCounties = gs.stream().filter(r -> r.level() != Level.DISTRICT).toList();
            Set<String> countyTitles = new HashSet<>();
            Set<String> townTitles = new HashSet<>();
            // towns: candidates of 创新型乡镇, about 14 a year. Towns have no GB/T 2260 code; facts
            // files give them six-digit codes, here 629001... (the scenarios' convention), then 628...
            List<Region> towns = new ArrayList<>();
            for (Region c : pick(gsCounties, Math.min(gsCounties.size(), 40 * scale))) {
                int n = rnd.nextDouble() < 0.4 ? 2 : 1;
                for (int i = 1; i <= n; i++) {
                    int k = towns.size() + 1;
                    String code = (k < 1000 ? "629" : "628") + String.format("%03d", k % 1000);
                    Region t = new Region(code, c.name() + "第" + i + "镇", Level.TOWN, c.code(), null, Set.of(), null);
                    region(t);
                    towns.add(t);
                }
            }
            for (int y = 2018; y <= 2021; y++) {
                // 2021 has no quota in the table: those candidates are NOT_APPLICABLE (GS-Q1)
                int k = y == 2021 ? 3 : 1;
                gansuRound(gs, Program.of("GANSU_INNOVATIVE_COUNTY"), y, (10 / k) * scale, 5 * scale, countyTitles);
                gansuRound(towns, Program.of("GANSU_INNOVATIVE_TOWN"), y, (14 / k) * scale, 10 * scale, townTitles);
                gansuRound(gsCounties, Program.of("GANSU_TECH_PARK"), y, (7 / k) * scale, 5 * scale, new HashSet<>());
            }
            // GS-T2: most counties had built a tech park by 2020, some later, some not at all
            for (Region r : gsCounties) {
                double u = rnd.nextDouble();
                if (u < 0.72) {
                    b.add(new TechPark(r.code(), r.name() + "科技园", LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(2190)), null));
                } else if (u < 0.85) {
                    b.add(new TechPark(r.code(), r.name() + "科技园", LocalDate.of(2021, 1, 1).plusDays(rnd.nextInt(1000)), null));
                }
            }
        }

        /**
         * One year's 考评 of a Gansu programme: candidates with scores (one decimal, so ties happen),
         * most passing; the province consents to most of those within the quota, who are awarded.
         */
        private void gansuRound(List<Region> pool, Program p, int year, int candidates, int quota, Set<String> titled) {
            List<Region> chosen = pick(pool, Math.min(candidates, pool.size()));
            List<Map.Entry<String, BigDecimal>> passed = new ArrayList<>();
            for (Region r : chosen) {
                boolean pass = rnd.nextDouble() < 0.85;
                BigDecimal s = exact(BigDecimal.valueOf(600 + rnd.nextInt(350), 1));
                b.add(new Evaluation(r.code(), p, year, s, pass, LocalDate.of(year, 11, 5).plusDays(rnd.nextInt(20)), null));
                if (pass && !titled.contains(r.code())) {
                    passed.add(Map.entry(r.code(), s));
                }
            }
            if (year > 2020) {
                return;
            }
            passed.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            for (int i = 0; i < Math.min(quota, passed.size()); i++) {
                String code = passed.get(i).getKey();
                if (rnd.nextDouble() < 0.9) {
                    LocalDate consent = LocalDate.of(year, 12, 10).plusDays(rnd.nextInt(15));
                    b.add(new Consent(code, p, year, consent, null));
                    if (p != Program.of("GANSU_TECH_PARK")) {
                        b.add(new Designation(code, p, DesignationStatus.of("AWARDED"), consent.plusDays(5), null, null));
                        titled.add(code);
                    }
                }
            }
        }

        // ---- yearly values and support --------------------------------------------------------

        /** 技术合同成交额 of every unit for the monitoring years; Gansu's from its 2017 base year. */
        private void transactions(List<Region> units) {
            for (Region r : units) {
                int from = r.province().equals("62") ? 2017 : FIRST_YEAR;
                double v = Math.exp(6 + rnd.nextGaussian() * 1.3);
                double growth = 0.065 + rnd.nextGaussian() * 0.05;
                for (int y = from; y <= LAST_YEAR; y++) {
                    if (rnd.nextDouble() >= 0.03) {
                        b.add(new TechTransaction(r.code(), y, exact(BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP)), null));
                    }
                    v *= 1 + growth + rnd.nextGaussian() * 0.03;
                }
            }
        }

        /** 农技专家服务站 for most poor counties of the two provinces; 科技特派团 for most key assisted ones. */
        private void support(List<Region> units) {
            for (Region u : units) {
                Region r = regions.get(u.code());
                boolean west = r.province().equals("62") || r.province().equals("64");
                if (west && r.hasTag(Tag.POVERTY_COUNTY) && rnd.nextDouble() < 0.86) {
                    b.add(new ExpertStation(r.code(), LocalDate.of(2018, 3, 1).plusDays(rnd.nextInt(700)), null));
                }
                double p = r.hasTag(Tag.KEY_ASSISTED_COUNTY) ? 0.93 : 0.04;
                if (rnd.nextDouble() < p) {
                    b.add(new CommissionerGroup(r.code(), LocalDate.of(2021, 6, 1).plusDays(rnd.nextInt(700)), null));
                }
            }
        }

        /**
         * Public holidays and adjusted working days (调休) of 2023-2025, modelled on the State
         * Council's yearly arrangements; the data set's calendar, not an authoritative one.
         */
        private void calendar() {
            String[] holidays = {
                    "2023-01-02", "2023-01-23..2023-01-27", "2023-04-05", "2023-05-01..2023-05-03", "2023-06-22..2023-06-23",
                    "2023-09-29", "2023-10-02..2023-10-06",
                    "2024-01-01", "2024-02-12..2024-02-16", "2024-04-04..2024-04-05", "2024-05-01..2024-05-03",
                    "2024-06-10", "2024-09-16..2024-09-17", "2024-10-01..2024-10-04", "2024-10-07",
                    "2025-01-01", "2025-01-28..2025-01-31", "2025-02-03..2025-02-04", "2025-04-04", "2025-05-01..2025-05-02",
                    "2025-05-05", "2025-06-02", "2025-10-01..2025-10-03", "2025-10-06..2025-10-08",
            };
            String[] workdays = {"2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07",
                    "2023-10-08", "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                    "2024-09-29", "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"};
            for (String h : holidays) {
                String[] range = h.split("\\.\\.");
                LocalDate from = LocalDate.parse(range[0]);
                LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    b.add(new CalendarDay(d, DayKind.HOLIDAY));
                }
            }
            for (String w : workdays) {
                b.add(new CalendarDay(LocalDate.parse(w), DayKind.WORKDAY));
            }
        }

        // ---- helpers ------------------------------------------------------------------------

        /** {@code n} distinct items of {@code from}, in a seeded order (partial Fisher-Yates). */
        private <T> List<T> pick(List<T> from, int n) {
            List<T> copy = new ArrayList<>(from);
            for (int i = 0; i < n; i++) {
                int j = i + rnd.nextInt(copy.size() - i);
                Collections.swap(copy, i, j);
            }
            return new ArrayList<>(copy.subList(0, n));
        }

        /** The real members that exist, then others drawn from {@code pool} up to {@code n}. */
        private List<Region> withReal(List<Region> pool, List<String> real, int n, Set<String> excluded) {
            List<Region> out = new ArrayList<>();
            for (String c : real) {
                Region r = regions.get(c);
                if (r != null) {
                    out.add(r);
                }
            }
            Set<String> skip = new HashSet<>(excluded);
            out.forEach(r -> skip.add(r.code()));
            List<Region> rest = pool.stream().filter(r -> !skip.contains(r.code())).toList();
            out.addAll(pick(rest, n - out.size()));
            return out;
        }

        private BigDecimal score(int from, int to) {
            return exact(BigDecimal.valueOf(from * 10 + rnd.nextInt((to - from) * 10), 1));
        }

        /**
         * A decimal as a facts file reads it back (trailing zeros dropped: 61.50 is 61.5, 60.00 is
         * 60), so the generated facts and the same facts read from their file are equal records.
         */
        private static BigDecimal exact(BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }

        private static String two(int n) {
            return n < 10 ? "0" + n : String.valueOf(n);
        }
    }
}
