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

    private final RuleSet ruleSet;
    private final Map<String, Object> overrides;

    private PolicyEngine(RuleSet ruleSet, Map<String, Object> overrides) {
        this.ruleSet = ruleSet;
        this.overrides = Map.copyOf(overrides);
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
        return Evaluator.evaluate(ruleSet, VERSION, overrides, facts);
    }

    /**
     * Evaluates the facts and tells {@code firedRules} the module and name of every rule that fires
     * ("ningxia/NX-D1 …"), as rule coverage needs. {@code firedRules} is called on this thread.
     */
    public Report evaluate(Facts facts, java.util.function.Consumer<String> firedRules) {
        Objects.requireNonNull(facts, "facts");
        return Evaluator.evaluate(ruleSet, VERSION, overrides, facts, Objects.requireNonNull(firedRules));
    }

    /** Names of the loaded modules, sorted. */
    public List<String> modules() {
        return ruleSet.moduleNames();
    }

    /** Every loaded rule with its id, module, clause, name, file and parameters. */
    public List<RuleInfo> rules() {
        return ruleSet.rules();
    }

    /** Every parameter of the loaded modules with the value in force at {@code date}. */
    public List<ParameterInfo> parameters(LocalDate date) {
        return ruleSet.parameters(date);
    }

    /** The rule set's identity without facts: modules, version and a digest of the default parameters. */
    public RuleSetInfo ruleSetInfo() {
        return new RuleSetInfo(ruleSet.moduleNames(), VERSION,
                ruleSet.digest(new TreeMap<>()));
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

        private Builder() {
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

        /** The class loader to find rule modules with. */
        public Builder classLoader(ClassLoader cl) {
            this.classLoader = Objects.requireNonNull(cl);
            return this;
        }

        /**
         * Builds the engine.
         *
         * @throws IllegalArgumentException when a named module is not found, or an override is
         *                                  unknown or malformed
         */
        public PolicyEngine build() {
            ClassLoader cl = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null ? Thread.currentThread().getContextClassLoader()
                    : PolicyEngine.class.getClassLoader();
            List<RuleModule> loaded = ModuleLoader.fromClasspath(cl, modules);
            RuleSet rs = new RuleSet(loaded, ModuleLoader.coreParameters());
            List<InputError> errors = new ArrayList<>();
            rs.resolve(LocalDate.of(2000, 1, 1), overrides, Map.of(), errors);
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(new InvalidInputException(errors).getMessage());
            }
            return new PolicyEngine(rs, overrides);
        }
    }
}
