package io.github.countyrules.core.internal;

import io.github.countyrules.core.api.InputError;
import io.github.countyrules.core.api.ParameterInfo;
import io.github.countyrules.core.api.RuleInfo;
import io.github.countyrules.core.rules.Context;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable set of loaded modules with their parameter tables; resolves the parameters in
 * force for an evaluation and identifies itself by a digest.
 */
public final class RuleSet {
    private final List<RuleModule> modules;
    /** Names of the modules found on the class path, loaded or not: a parameter of one not loaded is ignored with a warning. */
    private final Set<String> knownModules;
    private final io.github.countyrules.core.api.Vocabulary vocabulary;
    private final Map<String, ParameterDef> params = new TreeMap<>();
    private final String sourceDigest;
    /**
     * The rule catalogue, made on the first {@link #rules()}: finding each rule's file and
     * parameters in the DRL text is start-up work no decision needs.
     */
    private volatile List<RuleInfo> rules;

    public RuleSet(List<RuleModule> modules, Map<String, ParameterDef> coreParams) {
        this(modules, coreParams, List.of());
    }

    /**
     * @param found the descriptors of the modules on the class path, loaded or not
     * @throws IllegalStateException when the modules' declarations conflict
     */
    public RuleSet(List<RuleModule> modules, Map<String, ParameterDef> coreParams, List<ModuleDescriptor> found) {
        this.modules = modules.stream().sorted(Comparator.comparing(RuleModule::name)).toList();
        Set<String> known = new TreeSet<>();
        found.forEach(d -> known.add(d.name()));
        this.modules.forEach(m -> known.add(m.name()));
        this.knownModules = Set.copyOf(known);
        this.vocabulary = VocabularyBuilder.build(this.modules, found);
        params.putAll(coreParams);
        this.modules.forEach(m -> params.putAll(m.parameters()));
        this.sourceDigest = digestSources();
        List<RuleInfo> unmarked = new ArrayList<>();
        for (RuleModule m : this.modules) {
            for (KiePackage pkg : m.kieBase().getKiePackages()) {
                for (Rule r : pkg.getRules()) {
                    RuleInfo info = info(m, r, null, List.of());
                    if (info.id() == null || info.id().isBlank() || info.clause() == null || info.clause().isBlank()) {
                        unmarked.add(info);
                    }
                }
            }
        }
        if (!unmarked.isEmpty()) {
            List<String> bad = unmarked.stream().sorted(CATALOGUE_ORDER).map(r -> r.module() + ": \"" + r.name() + "\"").toList();
            throw new IllegalStateException("every rule carries @id(...) and @clause(...) metadata; these do not: " + bad);
        }
    }

    public List<RuleModule> modules() {
        return modules;
    }

    /** The words the loaded modules declare. */
    public io.github.countyrules.core.api.Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<String> moduleNames() {
        return modules.stream().map(RuleModule::name).toList();
    }

    public List<RuleInfo> rules() {
        List<RuleInfo> r = rules;
        if (r == null) {
            // threads that race here make equal lists; either may stay
            r = catalogue();
            rules = r;
        }
        return r;
    }

    public Map<String, ParameterDef> parameterDefs() {
        return Collections.unmodifiableMap(params);
    }

    public List<ParameterInfo> parameters(LocalDate at) {
        return params.values().stream()
                .map(d -> new ParameterInfo(d.name(), d.module(), d.type().name(), d.clause(), d.zh(), d.en(),
                        d.inForce(at).display(), d.values().stream()
                        .sorted(java.util.Comparator.comparing(ParameterDef.Dated::from, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                        .map(v -> new ParameterInfo.DatedValue(v.from(), v.display())).toList()))
                .toList();
    }

    private String digestSources() {
        MessageDigest md = sha256();
        for (RuleModule m : modules) {
            md.update(("module " + m.name() + "\n").getBytes(StandardCharsets.UTF_8));
            m.sources().forEach((path, bytes) -> {
                md.update(("file " + path + "\n").getBytes(StandardCharsets.UTF_8));
                md.update(bytes);
            });
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The last parameters digested and their digest: most evaluations of an engine share them. */
    private volatile Map.Entry<SortedMap<String, String>, String> lastDigest;

    /** SHA-256 over the rule sources, parameter tables and the parameter values in force. */
    public String digest(SortedMap<String, String> inForce) {
        Map.Entry<SortedMap<String, String>, String> last = lastDigest;
        if (last != null && last.getKey().equals(inForce)) {
            return last.getValue();
        }
        String d = computeDigest(inForce);
        lastDigest = Map.entry(new TreeMap<>(inForce), d);
        return d;
    }

    private String computeDigest(SortedMap<String, String> inForce) {
        MessageDigest md = sha256();
        md.update(sourceDigest.getBytes(StandardCharsets.UTF_8));
        inForce.forEach((k, v) -> md.update((k + "=" + v + "\n").getBytes(StandardCharsets.UTF_8)));
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parameters resolved for one evaluation. */
    public record Resolved(Map<String, Object> values, SortedMap<String, String> display, List<String> warnings) {
    }

    /**
     * The parameters in force at {@code asOf}: table values, then {@code engineOverrides}, then
     * {@code factOverrides}. Problems are added to {@code errors} with paths {@code parameters.NAME}.
     */
    public Resolved resolve(LocalDate asOf, Map<String, Object> engineOverrides, Map<String, Object> factOverrides,
                            List<InputError> errors) {
        Map<String, Object> values = new HashMap<>();
        SortedMap<String, String> display = new TreeMap<>();
        for (ParameterDef d : params.values()) {
            ParameterDef.Dated v = d.inForce(asOf);
            values.put(d.name(), v.value());
            display.put(d.name(), v.display());
        }
        List<String> warnings = new ArrayList<>();
        Errors err = new Errors(errors);
        for (Map<String, Object> over : List.of(engineOverrides, factOverrides)) {
            for (Map.Entry<String, Object> e : new TreeMap<>(over).entrySet()) {
                String name = e.getKey();
                String path = "parameters." + name;
                ParameterDef d = params.get(name);
                if (d == null) {
                    String module = name.contains(".") ? name.substring(0, name.indexOf('.')) : "";
                    if (knownModules.contains(module) && !moduleNames().contains(module)) {
                        warnings.add("parameter " + name + " belongs to module " + module + ", which is not loaded; ignored"
                                + " / 参数 " + name + " 属于未加载的模块 " + module + "，已忽略");
                        continue;
                    }
                    err.add(path, name, "未知参数" + suggestion(name, true), "unknown parameter" + suggestion(name, false));
                    continue;
                }
                if (e.getValue() == null) {
                    err.add(path, null, "参数取值为空", "the parameter has no value");
                    continue;
                }
                ParameterDef.Dated v = d.parse(e.getValue(), path, err);
                if (v == null) {
                    continue;
                }
                Object value = v.value();
                if (d.type().isTable()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> merged = ParameterDef.merge((Map<String, Object>) values.get(name), (Map<String, Object>) value);
                    value = merged;
                }
                values.put(name, value);
                display.put(name, d.type().isTable() ? ParameterDef.show(value) : v.display());
            }
        }
        return new Resolved(values, display, warnings);
    }

    private String suggestion(String name, boolean zh) {
        String tail = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        List<String> near = params.keySet().stream().filter(k -> k.endsWith("." + tail) || k.endsWith(tail)).toList();
        if (near.isEmpty()) {
            return zh ? "；可用参数见 policy-rules rules --parameters" : "; see the list of parameters (policy-rules rules --parameters)";
        }
        return (zh ? "；是否指 " : "; did you mean ") + String.join(zh ? " 或 " : " or ", near) + (zh ? "？" : "?");
    }

    private final Map<String, org.kie.api.runtime.KieSessionsPool> pools = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A session of {@code m}'s knowledge base from this rule set's pool: set-up done once (node
     * memories, agenda) and reset when the session is disposed, which returns it to the pool.
     */
    public org.kie.api.runtime.KieSession newSession(RuleModule m) {
        return pools.computeIfAbsent(m.name(), k -> m.kieBase().newKieSessionsPool(1)).newKieSession();
    }

    /** A context for the rules of one evaluation. */
    public static Context context(LocalDate asOf, io.github.countyrules.core.rules.HolidayCalendar cal, Resolved r) {
        return new Context(asOf, cal, r.values(), r.display());
    }

    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern PARAM = Pattern.compile("\"([a-z][a-z0-9]*\\.[A-Za-z0-9.]+)\"");

    private List<RuleInfo> catalogue() {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleModule m : modules) {
            Map<String, String> text = new HashMap<>();
            m.sources().forEach((p, b) -> {
                if (p.endsWith(".drl")) {
                    text.put(p, new String(b, StandardCharsets.UTF_8));
                }
            });
            for (KiePackage pkg : m.kieBase().getKiePackages()) {
                for (Rule r : pkg.getRules()) {
                    String file = null;
                    String source = "";
                    List<String> used = new ArrayList<>();
                    for (Map.Entry<String, String> t : text.entrySet()) {
                        String body = ruleBody(t.getValue(), r.getName());
                        if (body != null) {
                            file = t.getKey();
                            source = body.endsWith("\nend") ? body : body + "\nend";
                            Matcher mm = PARAM.matcher(body);
                            while (mm.find()) {
                                if (params.containsKey(mm.group(1)) && !used.contains(mm.group(1))) {
                                    used.add(mm.group(1));
                                }
                            }
                        }
                    }
                    out.add(info(m, r, file, used.stream().sorted().toList(), source));
                }
            }
        }
        out.sort(CATALOGUE_ORDER);
        return List.copyOf(out);
    }

    private static final Comparator<RuleInfo> CATALOGUE_ORDER = Comparator.comparing((RuleInfo r) -> r.module())
            .thenComparing(r -> r.id() == null ? "" : r.id(), io.github.countyrules.core.rules.RuleIds::compare)
            .thenComparing(RuleInfo::name);

    /** A rule's entry: id and clause from its metadata. */
    private static RuleInfo info(RuleModule m, Rule r, String file, List<String> parameters) {
        return info(m, r, file, parameters, "");
    }

    /** A rule's entry: id, clause and every other metadata entry, and its DRL text. */
    private static RuleInfo info(RuleModule m, Rule r, String file, List<String> parameters, String source) {
        Object id = r.getMetaData().get("id");
        Object clause = r.getMetaData().get("clause");
        java.util.SortedMap<String, String> meta = new TreeMap<>();
        r.getMetaData().forEach((k, v) -> {
            // the classic compiler also files @role under the annotation's class name; only the rule's own words count
            if (!k.contains(".")) {
                meta.put(k, v == null ? "" : unquote(v));
            }
        });
        // the classic compiler (rules folders) drops metadata whose name DRL reserves, such as @role:
        // read what the rule's text says before "when", so both compilers give the same catalogue
        int when = source.indexOf("\nwhen");
        if (when > 0) {
            Matcher meta2 = METADATA.matcher(source.substring(0, when));
            while (meta2.find()) {
                meta.putIfAbsent(meta2.group(1), meta2.group(2).replace("\\\"", "\""));
            }
        }
        return new RuleInfo(id == null ? null : unquote(id), m.name(), clause == null ? null : unquote(clause),
                r.getName(), file, parameters, meta, source);
    }

    private static String ruleBody(String drl, String name) {
        int at = drl.indexOf("rule \"" + name + "\"");
        if (at < 0) {
            return null;
        }
        int end = drl.indexOf("\nend", at);
        return drl.substring(at, end < 0 ? drl.length() : end);
    }

    static String unquote(Object o) {
        String s = String.valueOf(o);
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
