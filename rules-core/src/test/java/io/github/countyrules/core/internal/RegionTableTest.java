package io.github.countyrules.core.internal;

import io.github.countyrules.core.model.Level;
import io.github.countyrules.core.model.Region;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The shipped national division table against the official figures of the end of 2023 (民政部:
 * 31 provinces; 333 prefecture-level units, i.e. 293 地级市, 7 地区, 30 自治州, 3 盟; 2,844
 * county-level units) and against the Ningxia and Gansu table shipped before it.
 */
class RegionTableTest {
    private static final Map<String, Region> TABLE = RegionTable.shipped();
    private static final Map<String, String> KINDS = kinds(read("/io/github/countyrules/core/divisions.csv"));

    /**
     * County-level units on 民政部's end-2023 list that the 2023 statistical codes do not hold: 三沙市's
     * two districts, for which the source lists the islands (西沙群岛 460321, 南沙群岛 460322, 中沙群岛
     * 460323) as statistical rows instead. docs/data.md lists them.
     */
    private static final Map<String, String> OFFICIAL_NOT_SHIPPED = Map.of("460301", "西沙区", "460302", "南沙区");

    @Test
    void counts_per_kind_match_the_official_end_of_2023_figures_but_for_the_listed_differences() {
        Map<String, Long> byKind = TABLE.values().stream()
                .collect(Collectors.groupingBy(r -> r.level() + " " + KINDS.get(r.code()), TreeMap::new, Collectors.counting()));
        Map<String, Long> official = new TreeMap<>(Map.ofEntries(
                Map.entry("PROVINCE 省级", 31L),
                Map.entry("CITY 地级市", 293L), Map.entry("CITY 地区", 7L), Map.entry("CITY 自治州", 30L), Map.entry("CITY 盟", 3L),
                Map.entry("DISTRICT 市辖区", 977L - OFFICIAL_NOT_SHIPPED.size()),
                Map.entry("COUNTY_CITY 县级市", 397L),
                Map.entry("COUNTY 县", 1299L), Map.entry("COUNTY 自治县", 117L), Map.entry("COUNTY 旗", 49L),
                Map.entry("COUNTY 自治旗", 3L), Map.entry("COUNTY 特区", 1L), Map.entry("COUNTY 林区", 1L)));
        assertEquals(official, byKind);
        for (String code : OFFICIAL_NOT_SHIPPED.keySet()) {
            assertNull(TABLE.get(code), code);
        }
    }

    @Test
    void counts_per_level() {
        Map<Level, Long> byLevel = TABLE.values().stream()
                .collect(Collectors.groupingBy(Region::level, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(Level.PROVINCE, 31L, Level.CITY, 333L, Level.DISTRICT, 975L, Level.COUNTY_CITY, 397L,
                Level.COUNTY, 1299L + 117 + 49 + 3 + 1 + 1), byLevel);
        long countyLevel = TABLE.values().stream().filter(r -> r.level().isCountyLevel()).count();
        assertEquals(2844 - OFFICIAL_NOT_SHIPPED.size(), countyLevel);
    }

    @Test
    void ningxia_and_gansu_units_are_those_shipped_before_the_national_table() throws IOException {
        List<String[]> before = read("/io/github/countyrules/core/data/divisions-ningxia-gansu-before-national.csv");
        Map<String, String[]> old = new LinkedHashMap<>();
        before.forEach(f -> old.put(f[0], f));
        assertEquals(2 + 19 + 108, old.size());
        for (String[] f : before) {
            Region r = TABLE.get(f[0]);
            assertNotNull(r, f[0] + " " + f[1]);
            assertEquals(f[1], r.name(), f[0]);
            assertEquals(Level.valueOf(f[2]), r.level(), f[0]);
            assertEquals(f[3].isEmpty() ? null : f[3], r.parent(), f[0]);
            assertEquals(f[4], KINDS.get(f[0]), f[0]);
            assertEquals(r, new Region(f[0], f[1], Level.valueOf(f[2]), f[3].isEmpty() ? null : f[3], null, null,
                    "shipped division table"));
        }
        List<String> now = TABLE.keySet().stream().filter(c -> c.startsWith("64") || c.startsWith("62")).sorted().toList();
        assertEquals(old.keySet().stream().sorted().toList(), now);
    }

    @Test
    void every_parent_is_shipped_and_one_level_up_or_the_province() {
        for (Region r : TABLE.values()) {
            if (r.level() == Level.PROVINCE) {
                assertNull(r.parent(), r.code());
                assertTrue(r.code().endsWith("0000"), r.code());
                continue;
            }
            Region p = TABLE.get(r.parent());
            assertNotNull(p, r.code() + " parent " + r.parent());
            assertEquals(r.province(), p.province(), r.code());
            if (r.level() == Level.CITY) {
                assertEquals(Level.PROVINCE, p.level(), r.code());
            } else {
                assertTrue(p.level() == Level.CITY || p.level() == Level.PROVINCE, r.code());
            }
        }
    }

    @Test
    void the_reading_rules_of_the_source_are_applied() {
        // development zones (71-80) are not administrative units
        assertTrue(TABLE.keySet().stream().noneMatch(c -> {
            int last = Integer.parseInt(c.substring(4));
            return last >= 71 && last <= 80;
        }));
        assertNull(TABLE.get("620171"), "兰州新区");
        assertNull(TABLE.get("320576"), "苏州工业园区");
        // statistical-only rows
        for (String code : List.of("232761", "232762", "232763", "232764", "460321", "460322", "460323", "632857", "620201")) {
            assertNull(TABLE.get(code), code);
        }
        // prefecture-level cities without counties, listed among the source's areas
        for (String code : List.of("441900", "442000", "460400", "620200")) {
            assertEquals(Level.CITY, TABLE.get(code).level(), code);
            assertEquals("地级市", KINDS.get(code), code);
        }
        // the name decides, not the code
        assertUnit("152201", "乌兰浩特市", Level.COUNTY_CITY, "152200", "县级市");
        assertUnit("230751", "金林区", Level.DISTRICT, "230700", "市辖区");
        assertUnit("610103", "碑林区", Level.DISTRICT, "610100", "市辖区");
        assertUnit("429021", "神农架林区", Level.COUNTY, "420000", "林区");
        assertUnit("520203", "六枝特区", Level.COUNTY, "520200", "特区");
        assertUnit("152921", "阿拉善左旗", Level.COUNTY, "152900", "旗");
        assertUnit("150724", "鄂温克族自治旗", Level.COUNTY, "150700", "自治旗");
        assertUnit("232700", "大兴安岭地区", Level.CITY, "230000", "地区");
        assertUnit("152500", "锡林郭勒盟", Level.CITY, "150000", "盟");
        // units of a municipality's 市辖区/县 rows and of 省直辖县级行政区划 have the province as parent
        assertUnit("110101", "东城区", Level.DISTRICT, "110000", "市辖区");
        assertUnit("500229", "城口县", Level.COUNTY, "500000", "县");
        assertUnit("419001", "济源市", Level.COUNTY_CITY, "410000", "县级市");
        assertUnit("469025", "白沙黎族自治县", Level.COUNTY, "460000", "自治县");
        assertUnit("659001", "石河子市", Level.COUNTY_CITY, "650000", "县级市");
        for (String container : List.of("110100", "120100", "310100", "500100", "500200", "419000", "429000", "469000", "659000")) {
            assertNull(TABLE.get(container), container);
        }
    }

    @Test
    void the_table_is_read_once_and_cannot_be_changed() {
        assertSame(TABLE, RegionTable.shipped());
        assertThrows(UnsupportedOperationException.class, () -> TABLE.remove("640000"));
    }

    private static void assertUnit(String code, String name, Level level, String parent, String kind) {
        Region r = TABLE.get(code);
        assertNotNull(r, code);
        assertEquals(name, r.name(), code);
        assertEquals(level, r.level(), code);
        assertEquals(parent, r.parent(), code);
        assertEquals(kind, KINDS.get(code), code);
    }

    private static Map<String, String> kinds(List<String[]> rows) {
        Map<String, String> m = new LinkedHashMap<>();
        rows.forEach(f -> m.put(f[0], f[4]));
        return m;
    }

    private static List<String[]> read(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(RegionTableTest.class.getResourceAsStream(resource), resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                assertEquals(5, f.length, line);
                out.add(f);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
