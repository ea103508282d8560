package io.github.countyrules.core.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The catalogue of bad input: each kind is refused with an error at the exact path, naming the
 * value and what was expected; nothing is evaluated on partial input. docs/input-errors.md lists them.
 */
class BadInputTest {

    private static final String HEAD = "asOf: 2025-06-30\n";

    static Stream<Arguments> catalogue() {
        return Stream.of(
                bad("unknown top-level field", HEAD + "monitorings: []\n", "monitorings", "unknown field"),
                bad("unknown field in a fact", HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: 1, colour: red}\n",
                        "monitoring[0].colour", "unknown field"),
                bad("unknown enum word", HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: E, score: 1}\n",
                        "monitoring[0].grade", "expected one of: A | B | C | D"),
                bad("wrong type: text for a number", HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: high}\n",
                        "monitoring[0].score", "expected a number"),
                bad("wrong type: number for a date", HEAD + "techParks:\n  - {region: \"620102\", established: 20190501}\n",
                        "techParks[0].established", "a date YYYY-MM-DD"),
                bad("impossible date", HEAD + "techParks:\n  - {region: \"620102\", established: 2023-02-30}\n",
                        "techParks[0].established", "no such date"),
                bad("date out of range", HEAD + "techParks:\n  - {region: \"620102\", established: 1800-01-01}\n",
                        "techParks[0].established", "outside the years"),
                bad("missing asOf", "monitoring: []\n", "asOf", "required"),
                bad("region code not a quoted string", HEAD + "techParks:\n  - {region: 620102, established: 2019-05-01}\n",
                        "techParks[0].region", "6-digit region code"),
                bad("unknown region", HEAD + "techParks:\n  - {region: \"999999\", established: 2019-05-01}\n",
                        "techParks[0].region", "neither listed nor shipped"),
                bad("unknown parent", HEAD + "regions:\n  - {code: \"130123\", name: 正定县, level: COUNTY, parent: \"139900\"}\n",
                        "regions[0].parent", "neither listed nor shipped"),
                bad("non-province without parent", HEAD + "regions:\n  - {code: \"130100\", name: 石家庄市, level: CITY}\n",
                        "regions[0].parent", "needs a parent"),
                bad("unknown tag", HEAD + "regions:\n  - {code: \"640122\", tags: [RICH_COUNTY]}\n",
                        "regions[0].tags[0]", "KEY_ASSISTED_COUNTY"),
                bad("duplicate monitoring result", HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: 1}\n"
                        + "  - {region: \"640122\", year: 2023, grade: C, score: 2}\n", "monitoring[1]", "duplicate monitoring result"),
                bad("unknown indicator number", HEAD + "indicators:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, number: 26, year: 2024, value: 1}\n",
                        "indicators[0].number", "from 1 to 25"),
                bad("negative transactions", HEAD + "techTransactions:\n  - {region: \"620102\", year: 2019, value: -5}\n",
                        "techTransactions[0].value", "negative"),
                bad("rank beyond peer group", HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: 1, rank: 13, peerGroupSize: 12}\n",
                        "monitoring[0].rank", "peerGroupSize"),
                bad("two designations with the same since", HEAD + "designations:\n"
                        + "  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, status: SELECTED, since: 2024-01-01}\n"
                        + "  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, status: UNDER_CONSTRUCTION, since: 2024-01-01}\n",
                        "designations[1]", "same since"),
                bad("list where a mapping belongs", HEAD + "monitoring:\n  - [\"640122\", 2023, B, 1]\n",
                        "monitoring[0]", "a mapping"),
                bad("mapping where a list belongs", HEAD + "monitoring: {region: \"640122\"}\n", "monitoring", "a list"),
                bad("JSON array as the whole file", "[1, 2, 3]", "(file)", "a mapping with asOf"),
                bad("empty file", "", "(file)", "empty"),
                bad("YAML syntax error", "asOf: [2025-06-30\n", "(file)", "syntax error"),
                bad("duplicate key", "asOf: 2025-06-30\nasOf: 2025-07-01\n", "(file)", "syntax error"),
                bad("YAML type tag", HEAD + "regions: !!java.util.ArrayList []\n", "(file)", "type tags"),
                bad("YAML local tag", HEAD + "techParks:\n  - {region: !code \"620102\", established: 2019-05-01}\n", "(file)", "type tags"),
                bad("YAML alias", HEAD + "techParks:\n  - {region: &r \"620102\", established: 2019-05-01}\n  - {region: *r, established: 2019-05-01}\n", "(file)", "aliases"),
                bad("notice before selection", HEAD + "selections:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, selected: 2024-05-06, noticeStart: 2024-05-01}\n",
                        "selections[0].noticeStart", "before selection"),
                bad("monitoring published in its own year", HEAD + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: 1, published: 2023-12-01}\n",
                        "monitoring[0].published", "published in 2024 or later"),
                bad("calendar date twice", HEAD + "calendar:\n  - {date: 2024-10-01, kind: HOLIDAY}\n  - {date: 2024-10-01, kind: WORKDAY}\n",
                        "calendar[1]", "twice"),
                bad("nesting deeper than countyrules.maxDepth", HEAD + "parameters:\n  x: " + "[".repeat(60) + "]".repeat(60) + "\n",
                        "(file)", "nested too deeply: the limit is 50 levels"),
                bad("duplicate region code", HEAD + "regions:\n  - {code: \"640122\", tags: [POVERTY_COUNTY]}\n"
                        + "  - {code: \"640122\", tags: [KEY_ASSISTED_COUNTY]}\n", "regions[1].code", "duplicate region code"),
                bad("tags only for a region not shipped", HEAD + "regions:\n  - {code: \"130171\", tags: [POVERTY_COUNTY]}\n",
                        "regions[0]", "must be in the shipped national division table"),
                bad("a PROVINCE with a parent", HEAD + "regions:\n  - {code: \"130000\", name: 河北省, level: PROVINCE, parent: \"640000\"}\n",
                        "regions[0].parent", "a PROVINCE has no parent"),
                bad("year out of range", HEAD + "monitoring:\n  - {region: \"640122\", year: 1900, grade: B, score: 1}\n",
                        "monitoring[0].year", "from 1949 to 2100"),
                bad("duplicate application", HEAD + "applications:\n"
                        + "  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-01}\n"
                        + "  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, year: 2024, submitted: 2024-03-05}\n",
                        "applications[1]", "duplicate application"),
                bad("publication before the notice", HEAD + "selections:\n  - {region: \"640122\", program: NINGXIA_INNOVATIVE_COUNTY, "
                        + "selected: 2024-05-06, noticeStart: 2024-05-08, published: 2024-05-07}\n",
                        "selections[0].published", "cannot precede the notice start"),
                bad("work plan ending before it starts", HEAD + "workPlans:\n  - {region: \"640323\", program: NATIONAL_INNOVATIVE_COUNTY, "
                        + "fromYear: 2022, toYear: 2021, submitted: 2022-12-01}\n", "workPlans[0].toYear", "toYear is before fromYear")
        );
    }

    private static Arguments bad(String kind, String yaml, String path, String message) {
        return Arguments.of(kind, yaml, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedWithPathAndMessage(String kind, String yaml, String path, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(yaml));
        List<InputError> at = e.errors().stream().filter(x -> x.path().equals(path) || x.path().startsWith(path + ":")).toList();
        assertFalse(at.isEmpty(), () -> kind + ": no error at " + path + "; got " + e.errors());
        assertTrue(at.stream().anyMatch(x -> x.en().contains(message)), () -> kind + ": message lacks '" + message + "': " + at);
        assertTrue(at.stream().noneMatch(x -> x.zh().isBlank()), "every error has a Chinese message");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String yaml = HEAD + "monitoring:\n"
                + "  - {region: \"640122\", year: 2023, grade: E, score: 1}\n"
                + "  - {region: \"999999\", year: 2023, grade: B, score: 1}\n"
                + "techParks:\n  - {region: \"620102\", established: 2023-02-30}\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(yaml));
        List<String> paths = e.errors().stream().map(InputError::path).toList();
        assertTrue(paths.containsAll(List.of("monitoring[0].grade", "monitoring[1].region", "techParks[0].established")), paths.toString());
    }

    @Test
    void nonUtf8BytesAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("gbk.yaml");
        Files.write(f, "asOf: 2025-06-30\nregions:\n  - {code: \"640122\", name: 贺兰县, level: COUNTY, parent: \"640100\"}\n"
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(f));
        assertTrue(e.errors().get(0).en().contains("not UTF-8"), e.errors().toString());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder y = new StringBuilder("asOf: 2025-06-30\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            y.append("x").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(y.toString()));
        assertEquals("(file):3", e.errors().get(0).path(), e.errors().toString());
        assertTrue(e.errors().get(0).en().contains("aliases"), e.errors().toString());
    }

    @Test
    void deepNestingIsRefused() {
        String y = "asOf: 2025-06-30\nparameters:\n  x: " + "[".repeat(500) + "]".repeat(500) + "\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(y));
        assertTrue(e.errors().get(0).path().startsWith("(file)"), e.errors().toString());
    }

    @Test
    void anEmptyFieldNameIsLocated() {
        InvalidInputException top = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(HEAD + "\"\": 1\n"));
        InvalidInputException inFact = assertThrows(InvalidInputException.class, () -> Facts.fromYaml(HEAD
                + "monitoring:\n  - {region: \"640122\", year: 2023, grade: B, score: 1, \"\": x}\n"));
        for (InvalidInputException e : List.of(top, inFact)) {
            assertEquals(1, e.errors().size(), e.errors().toString());
            String path = e.errors().get(0).path();
            assertFalse(path.isEmpty() || path.endsWith("."), "path '" + path + "' names no place");
            assertTrue(e.errors().get(0).en().contains("unknown field"), e.errors().toString());
        }
    }

    @Test
    void utf8FileWithChineseIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, "asOf: 2025-06-30\nregions:\n  - {code: \"640122\", tags: [POVERTY_COUNTY]}\n", StandardCharsets.UTF_8);
        Facts facts = Facts.fromYaml(f);
        assertEquals("贺兰县", facts.region("640122").name());
        assertTrue(facts.region("640122").hasTag(io.github.countyrules.core.model.Tag.POVERTY_COUNTY));
    }
}
