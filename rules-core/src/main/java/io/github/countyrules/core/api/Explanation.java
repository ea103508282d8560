package io.github.countyrules.core.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.countyrules.core.model.Outcome;
import io.github.countyrules.core.model.Status;
import io.github.countyrules.core.rules.Reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One region's decisions with every criterion behind each, met or not: what {@code policy-rules
 * explain} prints and a service returns when someone asks "why (not)?". Each criterion carries its
 * rule's role ({@link RuleRole}), its status in that role's words, and whether it is
 * <em>decisive</em>: a criterion not met, a trigger or alert that fired, or, where nothing else
 * decides, a criterion that could not be judged. Made by {@link PolicyEngine#explain}. Immutable.
 *
 * @param program the programme asked about ({@code Program.name()}), or null for all
 */
public record Explanation(String region, String regionName, LocalDate asOf, String program, List<Item> decisions) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Explanation {
        decisions = List.copyOf(decisions);
    }

    /** A criterion of a decision: the reason, its rule's role, the status in words, and whether it decided the outcome. */
    public record Criterion(Reason reason, RuleRole role, boolean decisive) {
        public String statusZh() {
            return role.zh(reason.status());
        }

        public String statusEn() {
            return role.en(reason.status());
        }
    }

    /** A decision and its criteria (in the report's order: by rule id), with the decisive ones first named in {@code decisive()}. */
    public record Item(Decision decision, List<Criterion> criteria) {
        public Item {
            criteria = List.copyOf(criteria);
        }

        /** The criteria that decided the outcome. */
        public List<Criterion> decisive() {
            return criteria.stream().filter(Criterion::decisive).toList();
        }
    }

    /**
     * The explanation of {@code region} in a report: its decisions (of {@code program} only when
     * given, matched by {@code Program.name()}), each criterion with its role from {@code rules}.
     */
    public static Explanation of(Report report, String region, String program, List<RuleInfo> rules) {
        Objects.requireNonNull(region, "region");
        Function<Reason, RuleRole> roles = RuleRole.lookup(rules);
        List<Item> items = new ArrayList<>();
        String name = null;
        for (Decision d : report.decisionsFor(region)) {
            name = d.regionName();
            if (program != null && (d.program() == null || !d.program().name().equals(program))) {
                continue;
            }
            items.add(new Item(d, criteria(d, roles)));
        }
        return new Explanation(region, name, report.asOf(), program, items);
    }

    private static List<Criterion> criteria(Decision d, Function<Reason, RuleRole> roles) {
        List<Criterion> out = new ArrayList<>();
        boolean anyDecisive = false;
        List<RuleRole> rs = new ArrayList<>();
        for (Reason r : d.reasons()) {
            RuleRole role = roles.apply(r);
            rs.add(role);
            anyDecisive |= decisive(role, r.status());
        }
        boolean unknownDecides = d.outcome() == Outcome.UNDETERMINED || !anyDecisive;
        for (int i = 0; i < d.reasons().size(); i++) {
            Reason r = d.reasons().get(i);
            RuleRole role = rs.get(i);
            out.add(new Criterion(r, role, decisive(role, r.status()) || (unknownDecides && r.status() == Status.UNKNOWN)));
        }
        return out;
    }

    /** A criterion not met, or a trigger or alert that fired. */
    private static boolean decisive(RuleRole role, Status s) {
        return role == RuleRole.CRITERION ? s == Status.NOT_MET : s == Status.MET;
    }

    /** The explanation as a JSON tree: the report's decision fields, each reason with "role", "statusText" and "decisive". */
    public ObjectNode toJsonTree() {
        ObjectNode root = JSON.createObjectNode();
        root.put("region", region);
        root.put("regionName", regionName);
        root.put("asOf", asOf == null ? null : asOf.toString());
        if (program != null) {
            root.put("program", program);
        }
        ArrayNode ds = root.putArray("decisions");
        for (Item it : decisions) {
            Decision d = it.decision();
            ObjectNode o = ds.addObject();
            o.put("program", d.program() == null ? null : d.program().name());
            o.put("kind", d.kind().name());
            if (d.year() != null) {
                o.put("year", d.year());
            }
            o.put("outcome", d.outcome().name());
            ArrayNode dec = o.putArray("decisive");
            it.decisive().forEach(c -> dec.add(c.reason().rule()));
            ArrayNode cs = o.putArray("criteria");
            for (Criterion c : it.criteria()) {
                Reason r = c.reason();
                ObjectNode ro = cs.addObject();
                ro.put("rule", r.rule());
                ro.put("clause", r.clause());
                ro.put("role", c.role().word());
                ro.put("status", r.status().name());
                ro.putObject("statusText").put("zh", c.statusZh()).put("en", c.statusEn());
                ro.put("decisive", c.decisive());
                ObjectNode f = ro.putObject("facts");
                r.facts().forEach(f::put);
                ObjectNode p = ro.putObject("parameters");
                r.parameters().forEach(p::put);
                if (!r.missing().isEmpty()) {
                    ArrayNode m = ro.putArray("missing");
                    r.missing().forEach(m::add);
                }
                ro.putObject("message").put("zh", r.zh()).put("en", r.en());
            }
        }
        return root;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(toJsonTree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
