package io.github.countyrules.core.api;

import io.github.countyrules.core.internal.Evaluator;
import io.github.countyrules.core.internal.ModuleLoader;
import io.github.countyrules.core.internal.RuleModule;
import io.github.countyrules.core.internal.RuleSet;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule engine: built once, immutable, safe to share between threads. Each
 * {@link #evaluate(Facts)} runs every loaded module's rules over the facts in a session of its own
 * and returns a {@link Report}; the same facts in any order give an identical report, and no
 * decision depends on the wall clock.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder()          // all modules on the class path
 *         .modules("ningxia")                           // or only these
 *         .parameter("ningxia.goodCompletionShare", "0.75")
 *         .build();
 * Report report = engine.evaluate(Facts.fromYaml(Path.of("facts.yaml")));
 * }</pre>
 */
public final class PolicyEngine {
    private static final String VERSION = readVersion();

    private final java.util.concurrent.atomic.AtomicReference<RuleSet> current;
    private final Map<String, Object> overrides;
    private final List<RuleModule> shipped;
    private final List<java.nio.file.Path> folders;
    private final ClassLoader classLoader;
    private final java.time.Duration deadline;

    /** The deadline of an evaluation unless {@link Builder#deadline} sets another. */
    public static final java.time.Duration DEFAULT_DEADLINE = java.time.Duration.ofSeconds(10);

    private PolicyEngine(RuleSet ruleSet, Map<String, Object> overrides, List<RuleModule> shipped,
                         List<java.nio.file.Path> folders, ClassLoader classLoader, java.time.Duration deadline) {
        this.deadline = deadline;
        this.current = new java.util.concurrent.atomic.AtomicReference<>(ruleSet);
        this.overrides = Map.copyOf(overrides);
        this.shipped = List.copyOf(shipped);
        this.folders = List.copyOf(folders);
        this.classLoader = classLoader;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates the facts.
     *
     * @throws InvalidInputException when a parameter override is unknown or malformed, or facts
     *                               contradict a parameter (CN-A4's re-acceptance year)
     */
    public Report evaluate(Facts facts) {
        Objects.requireNonNull(facts, "facts");
        // one read: an evaluation in flight during a reload finishes on the rule set it started with
        RuleSet rs = current.get();
        return withinDeadline(rs, () -> Evaluator.evaluate(rs, VERSION, overrides, facts)).withInputDigestOf(facts);
    }

    /**
     * Runs an evaluation within the deadline; rules compiled from a folder run on a worker thread,
     * so that the call returns at the deadline even when their code does not.
     */
    private Report withinDeadline(RuleSet rs, java.util.function.Supplier<Report> evaluation) {
        return io.github.countyrules.core.internal.Deadline.run(evaluation, deadline, !folders.isEmpty(), rs.moduleNames());
    }

    /** The deadline of every evaluation of this engine. */
    public java.time.Duration deadline() {
        return deadline;
    }

    /**
     * Evaluates the facts and tells {@code firedRules} the module and name of every rule that fires
     * ("ningxia/NX-D1 …"), as rule coverage needs. {@code firedRules} is called on this thread.
     */
    public Report evaluate(Facts facts, java.util.function.Consumer<String> firedRules) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(firedRules);
        RuleSet rs = current.get();
        if (folders.isEmpty()) {
            return withinDeadline(rs, () -> Evaluator.evaluate(rs, VERSION, overrides, facts, firedRules)).withInputDigestOf(facts);
        }
        // firedRules is told on this thread, as promised: collected on the worker, replayed here
        List<String> fired = java.util.Collections.synchronizedList(new ArrayList<>());
        Report r = withinDeadline(rs, () -> Evaluator.evaluate(rs, VERSION, overrides, facts, fired::add));
        fired.forEach(firedRules);
        return r.withInputDigestOf(facts);
    }

    /**
     * Evaluates the facts and explains one region: its decisions with every criterion, met or not,
     * each in the words of its rule's role and marked when it decided the outcome.
     *
     * @param program a programme's {@code Program.name()} to keep only its decisions, or null for all
     * @throws InvalidInputException as {@link #evaluate(Facts)}
     */
    public Explanation explain(Facts facts, String region, String program) {
        Objects.requireNonNull(region, "region");
        return Explanation.of(evaluate(facts), region, program, rules());
    }

    /** {@link #explain(Facts, String, String)} of every programme. */
    public Explanation explain(Facts facts, String region) {
        return explain(facts, region, null);
    }

    /** Names of the loaded modules, sorted. */
    public List<String> modules() {
        return current.get().moduleNames();
    }

    /** The loaded modules with their titles and origin, sorted by name. */
    public List<ModuleInfo> moduleInfos() {
        return current.get().modules().stream()
                .map(m -> new ModuleInfo(m.name(), m.titleZh(), m.titleEn(), m.origin(), m.provinces())).toList();
    }

    /**
     * Checks {@code facts} as {@link #evaluate(Facts)} would before any rule runs (parameters; the
     * programmes, statuses, fields and keys the loaded modules declare; the modules' extensions)
     * without evaluating.
     *
     * @throws InvalidInputException listing every problem, with its path
     */
    public void check(Facts facts) {
        io.github.countyrules.core.internal.Evaluator.check(current.get(), overrides, facts);
    }

    /**
     * The words the loaded modules declare: programmes (province, titles, fields, statuses),
     * outcomes (decision kinds, labels), attestation keys, spec rule ids; and the programmes of
     * modules found on the class path but not loaded.
     */
    public Vocabulary vocabulary() {
        return current.get().vocabulary();
    }

    /** Every loaded rule with its id, module, clause, name, file and parameters. */
    public List<RuleInfo> rules() {
        return current.get().rules();
    }

    /** Every parameter of the loaded modules with the value in force at {@code date}. */
    public List<ParameterInfo> parameters(LocalDate date) {
        return current.get().parameters(date);
    }

    /** The rule set's identity without facts: modules, version and a digest of the default parameters. */
    public RuleSetInfo ruleSetInfo() {
        return new RuleSetInfo(current.get().moduleNames(), VERSION,
                current.get().digest(new TreeMap<>()));
    }

    /**
     * Reads the rule folders given to {@link Builder#rulesFrom} again and, only when every one
     * compiles and passes the checks, switches to the new rule set atomically. On problems the
     * engine keeps serving the previous rules. Evaluations in flight finish on the set they started
     * with. Thread-safe; an engine without rule folders reloads nothing and reports no problems.
     */
    public synchronized ReloadResult reload() {
        try {
            RuleSet next = assemble(shipped, folders, classLoader);
            checkOverrides(next, overrides);
            current.set(next);
            return new ReloadResult(true, List.of());
        } catch (RuleLoadException e) {
            return new ReloadResult(false, e.problems());
        } catch (InvalidInputException e) {
            return new ReloadResult(false, e.errors().stream()
                    .map(x -> new RuleProblem("(parameters) " + x.path(), 0, 0, x.zh(), x.en())).toList());
        } catch (IllegalArgumentException e) {
            return new ReloadResult(false, List.of(new RuleProblem("(parameters)", 0, 0, e.getMessage(), e.getMessage())));
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // never thrown at the caller: whatever failed, the previous rules keep serving
            return new ReloadResult(false, List.of(unexpected(folders.isEmpty() ? "(rules)" : folders.get(0).toString(), e)));
        }
    }

    /** A failure no check foresaw, as a problem: its kind and message, never a stack trace. */
    private static RuleProblem unexpected(String where, Throwable e) {
        String msg = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        if (msg.length() > 300) {
            msg = msg.substring(0, 300) + "…";
        }
        return new RuleProblem(where, 0, 0, "无法载入规则目录（" + e.getClass().getSimpleName() + msg + "）",
                "the rules folder could not be loaded (" + e.getClass().getSimpleName() + msg + ")");
    }

    /**
     * Checks a folder of rule files the way {@link Builder#rulesFrom} would load it: compile
     * errors, rules without {@code @id} or {@code @clause}, duplicate names, unknown parameters and
     * code that reaches outside the fact model, each as {@code file:line:column}. Empty when clean.
     */
    public static List<RuleProblem> validate(java.nio.file.Path folder) {
        try {
            return io.github.countyrules.core.internal.RuleFolder.check(folder, ModuleLoader.coreParameters(),
                    PolicyEngine.class.getClassLoader());
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            return List.of(unexpected(folder.toString(), e));
        }
    }

    private static RuleSet assemble(List<RuleModule> shipped, List<java.nio.file.Path> folders, ClassLoader cl) {
        List<RuleModule> external = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (java.nio.file.Path f : folders) {
            try {
                external.add(io.github.countyrules.core.internal.RuleFolder.load(f, ModuleLoader.coreParameters(), cl));
            } catch (RuleLoadException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        List<RuleModule> all = new ArrayList<>(external);
        for (RuleModule m : shipped) {
            if (external.stream().noneMatch(x -> x.name().equals(m.name()))) {
                all.add(m);
            }
        }
        return new RuleSet(all, ModuleLoader.coreParameters(), ModuleLoader.descriptors(cl));
    }

    private static void checkOverrides(RuleSet rs, Map<String, Object> overrides) {
        List<InputError> errors = new ArrayList<>();
        rs.resolve(LocalDate.of(2000, 1, 1), overrides, Map.of(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The library version. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = PolicyEngine.class.getResourceAsStream("/io/github/countyrules/core/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            return "unknown";
        }
    }

    /**
     * Collects settings for a {@link PolicyEngine}; {@link #build()} snapshots them. Defaults: every
     * rule module found on the thread's context class loader (or this library's), no parameter
     * overrides. Not thread-safe.
     */
    public static final class Builder {
        private final Set<String> modules = new LinkedHashSet<>();
        private final Map<String, Object> overrides = new TreeMap<>();
        private ClassLoader classLoader;
        private final List<java.nio.file.Path> folders = new ArrayList<>();
        private java.time.Duration deadline = DEFAULT_DEADLINE;

        private Builder() {
        }

        /**
         * The longest an evaluation may take (default 10 s): past it the evaluation is stopped and
         * {@link PolicyEngine#evaluate} throws {@link DeadlineExceededException}, naming the deadline
         * and the module; the engine stays usable. Rules from a folder run on a worker thread so the
         * call returns at the deadline even when their code does not.
         */
        public Builder deadline(java.time.Duration deadline) {
            Objects.requireNonNull(deadline, "deadline");
            if (deadline.isNegative() || deadline.isZero()) {
                throw new IllegalArgumentException("the deadline must be positive: " + deadline);
            }
            this.deadline = deadline;
            return this;
        }

        /** Loads only these modules ("national", "ningxia", "gansu"); default: all on the class path. */
        public Builder modules(String... names) {
            modules.addAll(List.of(names));
            return this;
        }

        /** Loads only these modules. */
        public Builder modules(Iterable<String> names) {
            names.forEach(modules::add);
            return this;
        }

        /** Overrides a parameter for every evaluation; a facts file's own override still wins. */
        public Builder parameter(String name, Object value) {
            overrides.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /**
         * Loads a module's DRL files and parameter table from a folder instead of the shipped jar
         * (replacing the shipped module of the same name), compiled at load; see
         * {@link PolicyEngine#validate}. {@link PolicyEngine#reload()} reads the folder again.
         */
        public Builder rulesFrom(java.nio.file.Path folder) {
            folders.add(Objects.requireNonNull(folder));
            return this;
        }

        private Set<String> folderNames() {
            Set<String> names = new java.util.HashSet<>();
            for (java.nio.file.Path f : folders) {
                java.nio.file.Path d = f.resolve("module.yaml");
                String n = f.toAbsolutePath().normalize().getFileName().toString();
                if (java.nio.file.Files.isRegularFile(d)) {
                    try {
                        n = io.github.countyrules.core.internal.ModuleDescriptor.parse(io.github.countyrules.core.internal.Limits.readBounded(d,
                                io.github.countyrules.core.internal.Limits.MAX_RULE_FILE_BYTES), d.toString()).name();
                    } catch (IOException | InvalidInputException e) {
                        // reported when the folder is loaded
                    }
                }
                names.add(n);
            }
            return names;
        }

        /** The class loader to find rule modules with. */
        public Builder classLoader(ClassLoader cl) {
            this.classLoader = Objects.requireNonNull(cl);
            return this;
        }

        /**
         * Builds the engine.
         *
         * @throws InvalidInputException    when a parameter override is unknown or malformed: each
         *                                  error names {@code parameters.<name>}, the value and what
         *                                  was expected, in Chinese and English
         * @throws IllegalArgumentException when a named module is not found
         * @throws RuleLoadException        when a rules folder does not compile or fails the checks
         */
        public PolicyEngine build() {
            ClassLoader cl = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
                    : PolicyEngine.class.getClassLoader();
            // a module replaced by a folder need not be on the class path
            Set<String> wanted = new LinkedHashSet<>(modules);
            List<RuleModule> loaded = folders.isEmpty() || !modules.isEmpty()
                    ? ModuleLoader.fromClasspath(cl, wanted.isEmpty() ? Set.of() : wanted, folderNames())
                    : ModuleLoader.fromClasspath(cl, Set.of(), folderNames());
            RuleSet rs = assemble(loaded, folders, cl);
            checkOverrides(rs, overrides);
            return new PolicyEngine(rs, overrides, loaded, folders, cl, deadline);
        }
    }
}
