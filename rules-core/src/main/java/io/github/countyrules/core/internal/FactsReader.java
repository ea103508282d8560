package io.github.countyrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.countyrules.core.api.Facts;
import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.InvalidInputException;
import io.github.countyrules.core.model.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


/** Reads a facts file (FACTS-FORMAT.md) into {@link Facts}, reporting every problem at once. */
public final class FactsReader {
    static final List<String> TOP = List.of("asOf", "scope", "parameters", "regions", "monitoring", "designations",
            "applications", "attestations", "selections", "progressReports", "indicators", "acceptance", "workPlans",
            "evaluations", "consents", "techTransactions", "techParks", "expertStations", "commissionerGroups",
            "calendar");

    private final Errors err = new Errors();
    private final Facts.Builder b = Facts.builder();
    private final Map<String, int[]> indexes = new HashMap<>();

    private FactsReader() {
    }

    public static Facts read(Path file) {
        FactsReader r = new FactsReader();
        JsonNode root = Yaml.read(file, r.err);
        return r.finish(root, "");
    }

    public static Facts read(String text) {
        FactsReader r = new FactsReader();
        JsonNode root = Yaml.parse(text, r.err);
        return r.finish(root, "");
    }

    /**
     * Reads facts from a tree already parsed (e.g. a scenario's {@code facts:}); paths are
     * prefixed with {@code prefix} ("facts.").
     */
    public static Facts read(JsonNode root, String prefix) {
        return new FactsReader().finish(root, prefix);
    }

    private Facts finish(JsonNode root, String prefix) {
        if (root != null) {
            readRoot(root);
        }
        if (err.isEmpty()) {
            try {
                return b.build();
            } catch (InvalidInputException e) {
                throw prefixed(e.errors(), prefix);
            }
        }
        if (root != null) {
            FactsValidator.Input v = b.view();
            FactsValidator.Input mapped = new FactsValidator.Input(v.asOf(), v.regions(), v.monitoring(), v.designations(),
                    v.applications(), v.attestations(), v.selections(), v.progressReports(), v.indicators(),
                    v.acceptance(), v.workPlans(), v.evaluations(), v.consents(), v.techTransactions(), v.techParks(),
                    v.expertStations(), v.commissionerGroups(), v.calendar(), indexes);
            List<InputError> more = new ArrayList<>();
            FactsValidator.validate(mapped, RegionTable.shipped(), more);
            // asOf missing is already reported by the reader when it was malformed
            for (InputError e : more) {
                if (!(e.path().equals("asOf") && err.list().stream().anyMatch(x -> x.path().equals("asOf")))) {
                    err.list().add(e);
                }
            }
        }
        throw prefixed(err.list(), prefix);
    }

    private static InvalidInputException prefixed(List<InputError> errors, String prefix) {
        if (prefix.isEmpty()) {
            return new InvalidInputException(errors);
        }
        return new InvalidInputException(errors.stream()
                .map(e -> new InputError(e.path().startsWith("(file)") ? e.path() : prefix + e.path(), e.value(), e.zh(), e.en()))
                .toList());
    }

    private void readRoot(JsonNode root) {
        if (!root.isObject()) {
            err.wrongType("(file)", root.getNodeType().toString().toLowerCase(), "以 asOf 等字段组成的映射", "a mapping with asOf and fact lists");
            return;
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!TOP.contains(n)) {
                err.unknownField(Errors.key(n), n, TOP);
            }
        }
        JsonNode asOf = root.get("asOf");
        if (asOf == null || asOf.isNull()) {
            err.missing("asOf");
        } else {
            b.asOf(Obj.dateOf(asOf, "asOf", err));
        }
        JsonNode scope = root.get("scope");
        if (scope != null && !scope.isNull()) {
            if (!scope.isArray()) {
                err.wrongType("scope", scope.getNodeType().toString().toLowerCase(), "省级代码的列表，如 [\"64\"]",
                        "a list of two-digit province codes, e.g. [\"64\"]");
            } else {
                List<String> provinces = new ArrayList<>();
                for (int i = 0; i < scope.size(); i++) {
                    JsonNode p = scope.get(i);
                    if (!p.isTextual() || !p.asText().matches("\\d{2}")) {
                        err.add("scope[" + i + "]", p.asText(), "应为两位省级代码的文本，如 \"64\"",
                                "expected a two-digit province code as text, e.g. \"64\"");
                    } else {
                        provinces.add(p.asText());
                    }
                }
                b.scope(provinces);
            }
        }
        JsonNode params = root.get("parameters");
        if (params != null && !params.isNull()) {
            if (!params.isObject()) {
                err.wrongType("parameters", params.getNodeType().toString().toLowerCase(), "参数名到取值的映射", "a mapping of parameter names to values");
            } else {
                params.fields().forEachRemaining(e -> b.parameter(e.getKey(), plain(e.getValue())));
            }
        }
        list(root, "regions", this::region);
        list(root, "monitoring", this::monitoring);
        list(root, "designations", this::designation);
        list(root, "applications", this::application);
        list(root, "attestations", this::attestation);
        list(root, "selections", this::selection);
        list(root, "progressReports", this::progressReport);
        list(root, "indicators", this::indicator);
        list(root, "acceptance", this::acceptance);
        list(root, "workPlans", this::workPlan);
        list(root, "evaluations", this::evaluation);
        list(root, "consents", this::consent);
        list(root, "techTransactions", this::techTransaction);
        list(root, "techParks", this::techPark);
        list(root, "expertStations", this::expertStation);
        list(root, "commissionerGroups", this::commissionerGroup);
        list(root, "calendar", this::calendarDay);
    }

    /** Plain Java value of a parameter: text, BigDecimal, Integer, Boolean, nested maps and lists. */
    static Object plain(JsonNode v) {
        return ParameterValues.plain(v);
    }

    private interface ItemReader {
        Object read(JsonNode node, String path);
    }

    private void list(JsonNode root, String name, ItemReader reader) {
        JsonNode l = root.get(name);
        if (l == null || l.isNull()) {
            return;
        }
        if (!l.isArray()) {
            err.wrongType(name, l.getNodeType().toString().toLowerCase(), "列表", "a list");
            return;
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            JsonNode item = l.get(i);
            String p = name + "[" + i + "]";
            if (!item.isObject()) {
                err.wrongType(p, item.getNodeType().toString().toLowerCase(), "映射(字段: 值)", "a mapping (field: value)");
                continue;
            }
            Object fact = reader.read(item, p);
            if (fact != null) {
                b.add(fact);
                kept.add(i);
            }
        }
        indexes.put(name, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<String> fields(String... f) {
        List<String> l = new ArrayList<>(List.of(f));
        l.add("source");
        return l;
    }

    private Object region(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("code", "name", "level", "parent", "peerGroup", "tags"));
        String code = o.code("code", true);
        String name = o.text("name", false);
        Level level = o.word("level", Level.class, false);
        String parent = o.code("parent", false);
        String peer = o.text("peerGroup", false);
        Set<Tag> tags = new TreeSet<>();
        JsonNode t = o.node("tags");
        if (t != null) {
            if (!t.isArray()) {
                err.wrongType(p + ".tags", t.toString(), "标签列表", "a list of tags");
            } else {
                for (int i = 0; i < t.size(); i++) {
                    Tag tag = Obj.wordOf(t.get(i), Tag.class, p + ".tags[" + i + "]", err);
                    if (tag != null) {
                        tags.add(tag);
                    }
                }
            }
        }
        String source = o.text("source", false);
        return o.ok() ? new Region(code, name, level, parent, peer, tags, source) : null;
    }

    private Object monitoring(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "year", "grade", "score", "rank", "peerGroupSize", "published"));
        var r = new MonitoringResult(o.code("region", true), orZero(o.year("year", true)), o.word("grade", Grade.class, true),
                o.decimal("score", true), o.integer("rank", false, 1, 100_000), o.integer("peerGroupSize", false, 1, 100_000),
                o.date("published", false), o.text("source", false));
        return o.ok() ? r : null;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private Object designation(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "status", "since", "theme"));
        var d = new Designation(o.code("region", true), o.ident("program", Program::of, true),
                o.ident("status", DesignationStatus::of, true), o.date("since", true), o.word("theme", Theme.class, false),
                o.text("source", false));
        return o.ok() ? d : null;
    }

    private Object application(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "year", "submitted", "batch", "theme"));
        var a = new Application(o.code("region", true), o.ident("program", Program::of, true), orZero(o.year("year", true)),
                o.date("submitted", true), o.integer("batch", false, 1, 100), o.word("theme", Theme.class, false),
                o.text("source", false));
        return o.ok() ? a : null;
    }

    private Object attestation(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "key", "value", "date"));
        Boolean v = o.bool("value", true);
        var a = new Attestation(o.code("region", true), o.ident("program", Program::of, true),
                o.ident("key", AttestationKey::of, true), v != null && v, o.date("date", true), o.text("source", false));
        return o.ok() ? a : null;
    }

    private Object selection(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "selected", "noticeStart", "published"));
        var s = new Selection(o.code("region", true), o.ident("program", Program::of, true), o.date("selected", true),
                o.date("noticeStart", false), o.date("published", false), o.text("source", false));
        return o.ok() ? s : null;
    }

    private Object progressReport(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "year", "submitted"));
        var r = new ProgressReport(o.code("region", true), o.ident("program", Program::of, true), orZero(o.year("year", true)),
                o.date("submitted", true), o.text("source", false));
        return o.ok() ? r : null;
    }

    private Object indicator(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "number", "year", "value", "target", "text", "unit"));
        var x = new Indicator(o.code("region", true), o.ident("program", Program::of, true),
                orZero(o.integer("number", true, 1, 25)), orZero(o.year("year", true)), o.decimal("value", false),
                o.decimal("target", false), o.text("text", false), o.text("unit", false), o.text("source", false));
        return o.ok() ? x : null;
    }

    private Object acceptance(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "round", "step", "date", "result"));
        var a = new AcceptanceStep(o.code("region", true), o.ident("program", Program::of, true),
                orZero(o.integer("round", true, 1, 9)), o.word("step", AcceptanceStepKind.class, true), o.date("date", true),
                o.word("result", AcceptanceResult.class, false), o.text("source", false));
        return o.ok() ? a : null;
    }

    private Object workPlan(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "fromYear", "toYear", "submitted"));
        var w = new WorkPlan(o.code("region", true), o.ident("program", Program::of, true), orZero(o.year("fromYear", true)),
                orZero(o.year("toYear", true)), o.date("submitted", true), o.text("source", false));
        return o.ok() ? w : null;
    }

    private Object evaluation(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "year", "score", "passed", "date"));
        Boolean passed = o.bool("passed", true);
        var e = new Evaluation(o.code("region", true), o.ident("program", Program::of, true), orZero(o.year("year", true)),
                o.decimal("score", false), passed != null && passed, o.date("date", true), o.text("source", false));
        return o.ok() ? e : null;
    }

    private Object consent(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "program", "year", "date"));
        var c = new Consent(o.code("region", true), o.ident("program", Program::of, true), orZero(o.year("year", true)),
                o.date("date", true), o.text("source", false));
        return o.ok() ? c : null;
    }

    private Object techTransaction(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "year", "value"));
        var t = new TechTransaction(o.code("region", true), orZero(o.year("year", true)), o.decimal("value", true),
                o.text("source", false));
        return o.ok() ? t : null;
    }

    private Object techPark(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "name", "established"));
        var t = new TechPark(o.code("region", true), o.text("name", false), o.date("established", true), o.text("source", false));
        return o.ok() ? t : null;
    }

    private Object expertStation(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "established"));
        var t = new ExpertStation(o.code("region", true), o.date("established", true), o.text("source", false));
        return o.ok() ? t : null;
    }

    private Object commissionerGroup(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, fields("region", "since"));
        var t = new CommissionerGroup(o.code("region", true), o.date("since", true), o.text("source", false));
        return o.ok() ? t : null;
    }

    private Object calendarDay(JsonNode n, String p) {
        Obj o = new Obj(n, p, err, List.of("date", "kind", "name"));
        var c = new CalendarDay(o.date("date", true), o.word("kind", DayKind.class, true));
        o.text("name", false);
        return o.ok() ? c : null;
    }

}
