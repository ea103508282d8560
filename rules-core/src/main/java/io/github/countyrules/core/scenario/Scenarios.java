package io.github.countyrules.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.internal.Errors;
import io.github.countyrules.core.internal.FactsReader;
import io.github.countyrules.core.internal.Yaml;
import io.github.countyrules.core.model.Kind;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads scenario files (a scenario, or a list of them) and folders of them ({@code *.yaml},
 * {@code *.yml}, {@code *.json}, recursively, in path order). Problems in a scenario file itself
 * are reported together, each path prefixed with the file.
 */
public final class Scenarios {
    private static final List<String> FIELDS = List.of("name", "facts", "factsFile", "expect", "expectErrors");
    private static final List<String> EXPECT_FIELDS = List.of("region", "program", "kind", "year", "outcome",
            "reasons", "absent");

    private Scenarios() {
    }

    /**
     * Every scenario under the paths.
     *
     * @throws InvalidInputException when a scenario file is malformed (not when its facts are
     *                               refused: that is the scenario's own business)
     */
    public static List<Scenario> load(Path... paths) {
        List<Scenario> out = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path p : paths) {
            for (Path f : files(p)) {
                out.addAll(readFile(f, errors));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    /**
     * The programme and outcome words of the scenarios' expectations that no loaded module
     * declares, each an error at {@code file:line:expect[i].outcome} with a did-you-mean. Scenario
     * files are read without an engine, so the words are checked here, against the engine that runs
     * them.
     */
    public static List<InputError> unknownWords(List<Scenario> scenarios, io.github.countyrules.core.api.Vocabulary v) {
        Map<Path, Long> perFile = new java.util.HashMap<>();
        scenarios.forEach(s -> perFile.merge(s.file(), 1L, Long::sum));
        List<String> outcomes = v.outcomes().stream().map(o -> o.outcome().name()).toList();
        List<String> programs = new ArrayList<>();
        v.programs().forEach(p -> programs.add(p.program().name()));
        v.otherPrograms().forEach(p -> programs.add(p.program().name()));
        io.github.countyrules.core.internal.Errors err = new io.github.countyrules.core.internal.Errors();
        for (Scenario s : scenarios) {
            String at = s.file() + ":";
            String prefix = perFile.getOrDefault(s.file(), 1L) > 1 ? "[" + s.index() + "]." : "";
            for (int i = 0; i < s.expect().size(); i++) {
                Expectation e = s.expect().get(i);
                String path = at + (e.line() > 0 ? e.line() + ":" : "") + prefix + "expect[" + i + "]";
                if (e.outcome() != null && v.outcome(e.outcome()).isEmpty()) {
                    err.unknownWord(path + ".outcome", e.outcome().name(), outcomes);
                }
                if (e.program() != null && !programs.contains(e.program().name())) {
                    err.unknownWord(path + ".program", e.program().name(), programs);
                }
            }
        }
        return err.list();
    }

    /** The scenario files under a path, sorted. */
    public static List<Path> files(Path p) {
        if (!Files.exists(p)) {
            throw new InvalidInputException(List.of(new InputError(p.toString(), null, "文件或目录不存在",
                    "no such file or folder")));
        }
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml") || f.toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Scenario> readFile(Path file, List<InputError> sink) {
        Errors err = new Errors();
        Yaml.Located located = Yaml.readLocated(file, err);
        JsonNode root = located == null ? null : located.root();
        List<Scenario> out = new ArrayList<>();
        if (root != null) {
            if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    Scenario s = read(root.get(i), "[" + i + "]", file, i, located, err);
                    if (s != null) {
                        out.add(s);
                    }
                }
            } else {
                Scenario s = read(root, "", file, 0, located, err);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        // "file:line:path", the line of the value the error is about (its key's line for a field)
        for (InputError e : err.list()) {
            int line = located == null || e.path().startsWith("(file)") ? 0 : located.lineOf(e.path());
            sink.add(new InputError(file + ":" + (line > 0 ? line + ":" : "") + e.path(), e.value(), e.zh(), e.en()));
        }
        return out;
    }

    private static Scenario read(JsonNode n, String prefix, Path file, int index, Yaml.Located located, Errors err) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        if (!n.isObject()) {
            err.wrongType(prefix.isEmpty() ? "(scenario)" : prefix, n.getNodeType(), "场景映射", "a scenario mapping");
            return null;
        }
        int before = err.size();
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!FIELDS.contains(f)) {
                err.unknownField(at + f, f, FIELDS);
            }
        }
        String name = n.hasNonNull("name") ? n.get("name").asText() : null;
        if (name == null) {
            err.missing(at + "name");
        }
        JsonNode facts = n.get("facts");
        JsonNode factsFile = n.get("factsFile");
        if ((facts == null) == (factsFile == null)) {
            err.add(at + "facts", null, "须给出 facts 或 factsFile 之一", "give exactly one of facts or factsFile");
        }
        List<Expectation> expect = new ArrayList<>();
        JsonNode ex = n.get("expect");
        if (ex != null) {
            if (!ex.isArray()) {
                err.wrongType(at + "expect", ex.getNodeType(), "列表", "a list");
            } else {
                for (int i = 0; i < ex.size(); i++) {
                    Expectation e = expectation(ex.get(i), at + "expect[" + i + "]", located.lineOf(at + "expect[" + i + "]"), err);
                    if (e != null) {
                        expect.add(e);
                    }
                }
            }
        }
        List<String> expectErrors = new ArrayList<>();
        JsonNode ee = n.get("expectErrors");
        if (ee != null) {
            if (!ee.isArray()) {
                err.wrongType(at + "expectErrors", ee.getNodeType(), "路径列表", "a list of paths");
            } else {
                ee.forEach(x -> expectErrors.add(x.asText()));
            }
        }
        if (expect.isEmpty() && expectErrors.isEmpty() && err.size() == before) {
            err.add(at + "expect", null, "场景须有 expect 或 expectErrors", "a scenario needs expect or expectErrors");
        }
        if (err.size() != before) {
            return null;
        }
        Facts f = null;
        List<InputError> factErrors = List.of();
        Path factsAt = file;
        Map<String, Integer> factLines = new HashMap<>();
        try {
            if (facts != null) {
                String base = at + "facts";
                located.lines().forEach((path, line) -> {
                    if (path.equals(base)) {
                        factLines.put("", line);
                    } else if (path.startsWith(base + ".")) {
                        factLines.put(path.substring(base.length() + 1), line);
                    }
                });
                f = FactsReader.read(facts, "");
            } else {
                Path target = file.toAbsolutePath().getParent().resolve(factsFile.asText()).normalize();
                if (!Files.isRegularFile(target)) {
                    err.add(at + "factsFile", factsFile.asText(), "找不到事实文件 " + target, "no facts file at " + target);
                    return null;
                }
                factsAt = file.getParent() == null ? Path.of(factsFile.asText()) : file.getParent().resolve(factsFile.asText()).normalize();
                Errors readErrors = new Errors();
                Yaml.Located tree = Yaml.readLocated(target, readErrors);
                if (tree == null) {
                    throw new InvalidInputException(readErrors.list());
                }
                factLines.putAll(tree.lines());
                f = FactsReader.read(tree.root(), "");
            }
        } catch (InvalidInputException e) {
            factErrors = e.errors();
        }
        return new Scenario(name, file, index, f, factErrors, expect, expectErrors, located.lineOf(prefix), factsAt,
                factLines);
    }

    private static Expectation expectation(JsonNode n, String p, int line, Errors err) {
        if (!n.isObject()) {
            err.wrongType(p, n.getNodeType(), "映射", "a mapping");
            return null;
        }
        int before = err.size();
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!EXPECT_FIELDS.contains(f)) {
                err.unknownField(p + "." + f, f, EXPECT_FIELDS);
            }
        }
        String region = n.hasNonNull("region") ? n.get("region").asText() : null;
        if (region == null) {
            err.missing(p + ".region");
        }
        boolean programGiven = n.has("program");
        Program program = programGiven && !n.get("program").isNull() ? ident(n.get("program"), Program::of, p + ".program", err) : null;
        Kind kind = n.hasNonNull("kind") ? word(n.get("kind"), Kind.class, p + ".kind", err) : null;
        if (kind == null && !n.hasNonNull("kind")) {
            err.missing(p + ".kind");
        }
        Outcome outcome = n.hasNonNull("outcome") ? ident(n.get("outcome"), Outcome::of, p + ".outcome", err) : null;
        boolean absent = n.hasNonNull("absent") && n.get("absent").asBoolean();
        if (outcome == null && !absent && !n.hasNonNull("outcome")) {
            err.missing(p + ".outcome");
        }
        Integer year = n.hasNonNull("year") ? n.get("year").asInt() : null;
        List<String> reasons = new ArrayList<>();
        if (n.hasNonNull("reasons")) {
            JsonNode rs = n.get("reasons");
            for (int i = 0; i < rs.size(); i++) {
                String r = rs.get(i).asText();
                // "NX-D2" or "NX-D2:MET" (MET | NOT_MET | UNKNOWN)
                if (r.contains(":") && !List.of("MET", "NOT_MET", "UNKNOWN").contains(r.substring(r.indexOf(':') + 1).strip())) {
                    err.unknownWord(p + ".reasons[" + i + "]", r, List.of("RULE-ID", "RULE-ID:MET", "RULE-ID:NOT_MET", "RULE-ID:UNKNOWN"));
                }
                reasons.add(r);
            }
        }
        if (err.size() != before) {
            return null;
        }
        return new Expectation(region, programGiven, program, kind, year, outcome, reasons, absent, line);
    }

    private static <T> T ident(JsonNode v, java.util.function.Function<String, T> of, String p, Errors err) {
        if (!v.isTextual() || !Program.isWord(v.textValue())) {
            err.wrongType(p, v.asText(), "大写下划线单词", "an UPPER_SNAKE word");
            return null;
        }
        return of.apply(v.textValue());
    }

    private static <E extends Enum<E>> E word(JsonNode v, Class<E> type, String p, Errors err) {
        try {
            return Enum.valueOf(type, v.asText());
        } catch (IllegalArgumentException e) {
            err.unknownWord(p, v.asText(), Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            return null;
        }
    }
}
